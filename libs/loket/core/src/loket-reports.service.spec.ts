import { actor, BRAM, DIRK, ILSE, loketWorld, refusal, REGION, requestIn, SCHOOL_A } from './testing/loket-fakes';

// The staff's figures: the inbox as CSV (audited, formulas guarded, erased contacts hidden) and
// the report per type and per school for a period.

describe('LoketReportsService', () => {
  it('exports the inbox as CSV with Dutch labels for staff only, and records the export', async () => {
    const world = loketWorld('2027-01-04T08:00:00Z');
    const request = await requestIn(world, { companyName: '=HYPERLINK("x")' }, { schoolIds: [SCHOOL_A], ownerId: ILSE });
    world.advance(30 * 60000);
    await world.inbox.staffReply(actor(ILSE), request.id, 'Welkom');
    expect((await refusal(world.reports.exportCsv(actor(DIRK), REGION))).code).toBe('FORBIDDEN');
    const [header, row] = (await world.reports.exportCsv(actor(ILSE), REGION)).trim().split(/\r?\n/);
    expect(header).toContain('referentie;ingediend;bedrijf');
    expect(row).toContain(`${request.reference};2027-01-04 09:00;"'=HYPERLINK(""x"")";12345678;Anouk Brouwer;`);
    expect(row).toContain(';Gastles;In behandeling;Ilse (loket);School A;30;ja;open;');
    expect(world.repo.audit.pop()).toMatchObject({ requestId: request.id, action: 'VIEWED', what: 'export' });
    await world.privacy.eraseCompany(actor(BRAM), request.companyId);
    expect(await world.reports.exportCsv(actor(ILSE), REGION)).toContain('[verwijderd]');
  });

  it('checks the period', async () => {
    const world = loketWorld();
    const from = new Date('2027-01-01T00:00:00Z');
    expect((await refusal(world.reports.report(actor(ILSE), REGION, new Date('nope'), from))).fields).toEqual(['from']);
    expect((await refusal(world.reports.report(actor(ILSE), REGION, from, from))).fields).toEqual(['to']);
    expect((await refusal(world.reports.report(actor(ILSE), REGION, from, new Date('2030-06-01T00:00:00Z')))).fields).toEqual(['to']);
    expect((await refusal(world.reports.report(actor(DIRK), REGION, from, new Date('2027-02-01T00:00:00Z')))).code).toBe('FORBIDDEN');
  });

  it('counts requests of the period per type and per school', async () => {
    const world = loketWorld('2027-01-04T08:00:00Z');
    await requestIn(world, {}, { schoolIds: [SCHOOL_A] });
    await requestIn(world, { kvk: '22222222', type: 'EXCURSIE' });
    const report = await world.reports.report(actor(ILSE), REGION, new Date('2027-01-01T00:00:00Z'), new Date('2027-02-01T00:00:00Z'));
    expect(report.total).toBe(2);
    expect(report.byType.map((r) => [r.label, r.count]).sort()).toEqual([
      ['Excursie', 1],
      ['Gastles', 1],
    ]);
    expect(report.bySchool.map((r) => [r.label, r.count]).sort()).toEqual([
      ['Geen school', 1],
      ['School A', 1],
    ]);
  });
});
