import { hashToken } from './loket-tokens';
import { actor, BRAM, DIRK, ILSE, loketWorld, OUTSIDER, refusal, requestIn, SCHOOL_A } from './testing/loket-fakes';

// Privacy: a company's data as JSON for the region's beheerders, erasing it on request, and
// anonymising closed requests after the retention period.

describe('LoketPrivacyService', () => {
  it('exports a company’s requests and conversation without internal notes, for beheerders only, audited', async () => {
    const world = loketWorld();
    const request = await requestIn(world, { message: 'Graag in maart' });
    await world.inbox.staffReply(actor(ILSE), request.id, 'Intern', { internal: true });
    expect((await refusal(world.privacy.exportCompany(actor(ILSE), request.companyId))).code).toBe('FORBIDDEN');
    expect((await refusal(world.privacy.exportCompany(actor(OUTSIDER), request.companyId))).code).toBe('FORBIDDEN');
    const out = JSON.parse(await world.privacy.exportCompany(actor(BRAM), request.companyId));
    expect(out.company).toMatchObject({ name: 'Bakkerij De Korrel', kvk: '12345678' });
    expect(out.requests).toEqual([expect.objectContaining({ reference: request.reference, contact: { name: 'Anouk Brouwer', email: 'anouk@korrel.example', phone: null } })]);
    expect(out.requests[0].messages.map((m: { body: string }) => m.body)).toEqual(['Graag in maart']);
    expect(world.repo.audit.pop()).toMatchObject({ requestId: request.id, personId: BRAM, action: 'VIEWED', what: 'export' });
  });

  it('erases contact persons, the company’s words and their names elsewhere; the status link stops working', async () => {
    const world = loketWorld();
    const request = await requestIn(world, { message: 'Bel Anouk Brouwer op 0612345678', contactPhone: '0612345678' }, { schoolIds: [SCHOOL_A] });
    await world.inbox.staffReply(actor(ILSE), request.id, 'Anouk Brouwer belt terug');
    await world.ledger.logContact(actor(DIRK), { companyId: request.companyId, schoolId: SCHOOL_A, note: 'Gebeld met Anouk' });
    const tokenHash = request.tokenHash;
    expect(await world.privacy.eraseCompany(actor(BRAM), request.companyId)).toBe(1);
    expect(await world.repo.findRequestById(request.id)).toMatchObject({
      contactName: '[verwijderd]',
      contactEmail: 'verwijderd@verwijderd.invalid',
      contactPhone: null,
      message: null,
      anonymisedAt: world.clock.now(),
    });
    expect((await world.repo.findRequestById(request.id))?.tokenHash).not.toBe(tokenHash);
    expect(world.repo.messages.map((m) => [m.authorName, m.body])).toEqual([
      ['[verwijderd]', '[verwijderd]'],
      ['Ilse (loket)', '[verwijderd] belt terug'],
    ]);
    expect(world.repo.contacts.every((c) => c.note === null)).toBe(true);
    expect(world.events.pop()).toMatchObject({ payload: { kind: 'erased' } });
  });

  it('anonymises requests closed longer ago than the retention period and clears old sign-in links', async () => {
    const world = loketWorld('2027-01-04T08:00:00Z');
    const old = await requestIn(world, {}, { status: 'AFGEROND', closedAt: new Date('2024-12-01T00:00:00Z') });
    const recent = await requestIn(world, { kvk: '22222222' }, { status: 'AFGEROND', closedAt: new Date('2025-02-01T00:00:00Z') });
    await world.repo.insertSignInLink({ regionId: old.regionId, email: 'a@b.example', tokenHash: hashToken('x'), expiresAt: new Date('2027-01-02T00:00:00Z') });
    await world.repo.insertSignInLink({ regionId: old.regionId, email: 'a@b.example', tokenHash: hashToken('y'), expiresAt: new Date('2027-01-03T12:00:00Z') });
    expect(await world.privacy.sweepRetention()).toBe(1);
    expect((await world.repo.findRequestById(old.id))?.anonymisedAt).toEqual(world.clock.now());
    expect((await world.repo.findRequestById(recent.id))?.anonymisedAt).toBeNull();
    expect(world.repo.links.map((l) => l.tokenHash)).toEqual([hashToken('y')]);
    expect(await world.privacy.sweepRetention()).toBe(0);
  });
});
