import type { CheckInInput } from './actieagenda.types';
import { actorIn } from './testing/actieagenda.fakes';
import { actieagendaWorld, verbinder } from './testing/actieagenda.world';

const owner = actorIn(2, 'DOCENT');
const colleague = actorIn(3, 'DOCENT');
const fields = (error: unknown) => (error as { details: { fields: Array<{ field: string }> } }).details.fields.map((f) => f.field);

async function world() {
  const w = actieagendaWorld();
  const { line1 } = await w.seedAgenda();
  w.addPerson(owner);
  const actie = await w.acties.createActie(verbinder, { actielijnId: line1.id, title: 'Docentstages', ownerIds: [owner.personId] });
  const checkIn = (over: Partial<CheckInInput> = {}): CheckInInput => ({ actieId: actie.id, status: 'RISICO', progress: 30, text: 'Twee scholen doen mee.', ...over });
  return { w, actie, checkIn };
}

describe('CheckInsService', () => {
  it('takes check-ins from owners and editors; the latest sets the status, progress and next due date', async () => {
    const { w, actie, checkIn } = await world();
    await expect(w.checkIns.addCheckIn(colleague, checkIn())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await w.checkIns.addCheckIn(owner, checkIn({ evidenceLinks: [' https://example.org/verslag ', ''] }));
    expect(w.repo.acties[0]).toMatchObject({ status: 'RISICO', progress: 30, nextCheckInDue: '2026-12-02' });
    // A check-in dated earlier than the latest one is history only.
    await w.checkIns.addCheckIn(verbinder, checkIn({ date: '2026-11-20', status: 'OP_KOERS', progress: 10 }));
    expect(w.repo.acties[0]).toMatchObject({ status: 'RISICO', progress: 30 });
    expect((await w.checkIns.checkIns(actie.id)).map((c) => [c.date, c.evidenceLinks])).toEqual([
      ['2026-12-01', ['https://example.org/verslag']],
      ['2026-11-20', []],
    ]);
  });

  it('refuses a check-in in the future, with bad links or a bad status, and on a closed actie', async () => {
    const { w, actie, checkIn } = await world();
    const error = await w.checkIns
      .addCheckIn(owner, checkIn({ date: '2026-12-02', status: 'PRIMA' as 'RISICO', progress: 101, text: '', evidenceLinks: ['javascript:alert(1)'] }))
      .catch((e: unknown) => e);
    expect(fields(error)).toEqual(['status', 'progress', 'text', 'date', 'evidenceLinks.0']);
    await expect(w.checkIns.addCheckIn(owner, checkIn({ evidenceLinks: Array(11).fill('https://example.org') }))).rejects.toMatchObject({ details: { fields: [{ field: 'evidenceLinks' }] } });
    await w.acties.closeActie(verbinder, actie.id, 'GEMIST');
    await expect(w.checkIns.addCheckIn(owner, checkIn())).rejects.toMatchObject({ code: 'ACTIE_CLOSED' });
    await expect(w.checkIns.recordDecision(verbinder, actie.id, 'Toch doorgaan')).rejects.toMatchObject({ code: 'ACTIE_CLOSED' });
  });

  it('keeps one review open at a time; stopping closes the actie as gestopt', async () => {
    const { w, actie } = await world();
    await expect(w.checkIns.requestReview(colleague, actie.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const review = await w.checkIns.requestReview(owner, actie.id, 'Nog haalbaar?');
    await expect(w.checkIns.requestReview(owner, actie.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(w.checkIns.decideReview(owner, review.id, 'STOPPEN', 'Geen tijd')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(w.checkIns.decideReview(verbinder, review.id, 'BIJSTELLEN')).rejects.toMatchObject({ details: { fields: [{ field: 'note' }] } });
    await w.checkIns.decideReview(verbinder, review.id, 'STOPPEN', 'Geen roosterruimte.');
    expect(w.repo.acties[0]).toMatchObject({ closure: 'GESTOPT', closedAt: w.clock.now() });
    await expect(w.checkIns.decideReview(verbinder, review.id, 'STOPPEN', 'Nogmaals')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(w.checkIns.decideReview(verbinder, 'onbekend', 'STOPPEN')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets only editors write bijstellingen and decisions', async () => {
    const { w, actie } = await world();
    await expect(w.checkIns.addBijstelling(owner, { actieId: actie.id, what: 'Duur', why: 'Roosters' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(fields(await w.checkIns.addBijstelling(verbinder, { actieId: actie.id, what: '', why: '' }).catch((e: unknown) => e))).toEqual(['what', 'why']);
    await expect(w.checkIns.recordDecision(owner, actie.id, 'Besluit')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await w.checkIns.recordDecision(verbinder, actie.id, 'Besluit')).toMatchObject({ meetingDate: '2026-12-01' });
  });

  it('merges everything into one history, newest first', async () => {
    const { w, actie, checkIn } = await world();
    await w.checkIns.addCheckIn(owner, checkIn());
    await w.checkIns.addBijstelling(verbinder, { actieId: actie.id, what: 'Duur', why: 'Roosters', before: '1 week', after: 'halve dag' });
    const review = await w.checkIns.requestReview(owner, actie.id, 'Haalbaar?');
    await w.checkIns.decideReview(verbinder, review.id, 'RELEVANT_EN_HAALBAAR');
    await w.checkIns.recordDecision(verbinder, actie.id, 'Doorgaan', '2026-11-25');
    const history = await w.checkIns.history((await w.repo.findActiesByIds([actie.id]))[0]);
    expect(history.map((h) => [h.kind, h.summary])).toEqual(
      expect.arrayContaining([
        ['CREATED', 'Actie aangemaakt: Docentstages'],
        ['CHECK_IN', 'Risico, 30% — Twee scholen doen mee.'],
        ['BIJSTELLING', 'Duur: 1 week → halve dag (Roosters)'],
        ['REVIEW_REQUESTED', 'Relevant en haalbaar? Haalbaar?'],
        ['REVIEW_DECIDED', 'Relevant en haalbaar'],
        ['DECISION', 'Besluit (overleg 2026-11-25): Doorgaan'],
      ]),
    );
    expect(history.map((h) => h.at.getTime())).toEqual([...history.map((h) => h.at.getTime())].sort((a, b) => b - a));
  });

  it("orders the history by a check-in's own date, not by when it was entered", async () => {
    const { w, actie, checkIn } = await world();
    await w.checkIns.recordDecision(verbinder, actie.id, 'Doorgaan', '2026-11-25');
    // Six days later, a check-in dated 2 December is entered, after one dated today (7 December).
    w.clock.set('2026-12-07T03:40:00Z');
    await w.checkIns.addCheckIn(owner, checkIn({ text: 'Vandaag.' }));
    w.clock.set('2026-12-07T03:41:00Z');
    await w.checkIns.addCheckIn(owner, checkIn({ date: '2026-12-02', text: 'Van de tweede.' }));
    const history = await w.checkIns.history((await w.repo.findActiesByIds([actie.id]))[0]);
    expect(history.map((h) => [h.kind, h.date ?? h.at.toISOString().slice(0, 10)])).toEqual([
      ['CHECK_IN', '2026-12-07'],
      ['CHECK_IN', '2026-12-02'],
      ['DECISION', '2026-12-01'],
      ['CREATED', '2026-12-01'],
    ]);
  });

  it('reminds the owners of an overdue check-in once per due date', async () => {
    const { w } = await world();
    expect(await w.checkIns.sendCheckInReminders()).toBe(0);
    w.clock.set('2026-12-03T08:00:00Z');
    expect(await w.checkIns.sendCheckInReminders()).toBe(1);
    expect(await w.checkIns.sendCheckInReminders()).toBe(0);
    expect(w.jobs.map((j) => j.key)).toEqual([`checkin-reminder:${w.repo.acties[0].id}:2026-12-02:${owner.personId}`]);
    expect((w.jobs[0].payload as { text: string }).text).toContain('stond gepland vóór 2 december 2026');
    expect(w.notified).toMatchObject([{ personIds: [owner.personId], kind: 'actie.checkin-overdue' }]);
  });
});
