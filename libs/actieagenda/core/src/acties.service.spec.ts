import type { ActieInput } from './actieagenda.types';
import { actorIn, OTHER_REGION } from './testing/actieagenda.fakes';
import { actieagendaWorld, SCHOOL, SCHOOL_B, SCHOOL_ELSEWHERE, verbinder } from './testing/actieagenda.world';

const docent = actorIn(2, 'DOCENT');
const outsider = actorIn(3, 'DOCENT', OTHER_REGION);
const fields = (error: unknown) => (error as { details: { fields: Array<{ field: string }> } }).details.fields.map((f) => f.field);

async function world() {
  const w = actieagendaWorld();
  const seeded = await w.seedAgenda();
  const input = (over: Partial<ActieInput> = {}): ActieInput => ({ actielijnId: seeded.line1.id, title: 'Docentstages', ...over });
  return { w, ...seeded, input };
}

describe('ActiesService', () => {
  it('creates an actie for editors, due before the next Wednesday meeting', async () => {
    const { w, agenda, input } = await world();
    w.addPerson(docent, SCHOOL);
    const actie = await w.acties.createActie(verbinder, input({ leadSchoolId: SCHOOL, partnerSchoolIds: [SCHOOL_B, SCHOOL], ownerIds: [docent.personId, docent.personId] }));
    expect(actie).toMatchObject({
      agendaId: agenda.id,
      leadSchoolId: SCHOOL,
      partnerSchoolIds: [SCHOOL_B],
      ownerIds: [docent.personId],
      cadenceDays: 7,
      progressMode: 'DIRECT',
      nextCheckInDue: '2026-12-02',
    });
    expect(w.emitted.at(-1)).toEqual({ name: 'actieagenda.changed', payload: expect.objectContaining({ kind: 'actie.created', actieId: actie.id }) });
    await expect(w.acties.createActie(docent, input())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('checks every field and keeps schools, owners and parents within the agenda', async () => {
    const { w, input } = await world();
    const error = await w.acties
      .createActie(
        verbinder,
        input({
          title: '',
          periodStart: '2027-01-01',
          periodEnd: '2026-01-01',
          cadenceDays: 0,
          progressMode: 'ALLES' as 'DIRECT',
          partnerSchoolIds: [SCHOOL_ELSEWHERE],
          ownerIds: [outsider.personId],
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(fields(error)).toEqual(['title', 'periodEnd', 'cadenceDays', 'progressMode', 'partnerSchoolIds', 'ownerIds']);
    await expect(w.acties.createActie(verbinder, input({ actielijnId: 'geen' }))).rejects.toMatchObject({ details: { fields: [{ field: 'actielijnId' }] } });
  });

  it('allows one level of sub-acties and no loops', async () => {
    const { w, input } = await world();
    const parent = await w.acties.createActie(verbinder, input({ title: 'Hoofdactie', progressMode: 'SUB_ACTIES' }));
    const child = await w.acties.createActie(verbinder, input({ title: 'Sub-actie', parentId: parent.id }));
    expect(child.parentId).toBe(parent.id);
    await expect(w.acties.createActie(verbinder, input({ title: 'Sub-sub', parentId: child.id }))).rejects.toMatchObject({
      details: { fields: [{ field: 'parentId', message: 'Sub-acties hebben zelf geen sub-acties.' }] },
    });
    await expect(w.acties.updateActie(verbinder, parent.id, input({ title: 'Hoofdactie', parentId: child.id }))).rejects.toMatchObject({
      details: { fields: [{ field: 'parentId', message: 'Een actie kan niet onder zichzelf hangen.' }] },
    });
  });

  it('keeps an actie in its agenda', async () => {
    const { w, input } = await world();
    const actie = await w.acties.createActie(verbinder, input());
    const otherVerbinder = actorIn(5, 'VERBINDER', OTHER_REGION);
    const other = await w.agendas.createAgenda(otherVerbinder, { regionId: OTHER_REGION, title: 'Zuid', periodStart: '2025-08-01', periodEnd: '2028-07-31' });
    const otherLine = await w.agendas.upsertLine(otherVerbinder, { agendaId: other.id, number: 1, title: 'Lijn' });
    const both = { ...verbinder, memberships: [...verbinder.memberships, ...otherVerbinder.memberships] };
    await expect(w.acties.updateActie(both, actie.id, input({ actielijnId: otherLine.id }))).rejects.toMatchObject({ details: { fields: [{ field: 'actielijnId' }] } });
    expect((await w.acties.updateActie(verbinder, actie.id, input({ title: 'Docentstages (halve dag)' }))).title).toBe('Docentstages (halve dag)');
  });

  it('closes an actie once, with the note as a decision, and reopens it', async () => {
    const { w, input } = await world();
    const actie = await w.acties.createActie(verbinder, input());
    await expect(w.acties.closeActie(docent, actie.id, 'BEHAALD')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(w.acties.closeActie(verbinder, actie.id, 'KLAAR' as 'BEHAALD')).rejects.toMatchObject({ details: { fields: [{ field: 'closure' }] } });
    await expect(w.acties.reopenActie(verbinder, actie.id)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const closed = await w.acties.closeActie(verbinder, actie.id, 'DEELS', 'Twee van de drie scholen doen mee.');
    expect(closed).toMatchObject({ closure: 'DEELS', closedAt: w.clock.now() });
    expect(w.repo.decisionRows).toEqual([expect.objectContaining({ text: 'Afgesloten (Deels behaald): Twee van de drie scholen doen mee.', meetingDate: '2026-12-01' })]);
    await expect(w.acties.closeActie(verbinder, actie.id, 'BEHAALD')).rejects.toMatchObject({ code: 'ACTIE_CLOSED' });
    expect((await w.acties.reopenActie(verbinder, actie.id)).closure).toBeNull();
  });

  it('publishes an actie only with a public summary', async () => {
    const { w, input } = await world();
    const actie = await w.acties.createActie(verbinder, input());
    await expect(w.acties.setPublic(verbinder, actie.id, true, ' ')).rejects.toMatchObject({ details: { fields: [{ field: 'publicSummary' }] } });
    expect(await w.acties.setPublic(verbinder, actie.id, true, 'Docenten lopen een dag mee.')).toMatchObject({ isPublic: true, publicSummary: 'Docenten lopen een dag mee.' });
    await expect(w.acties.setPublic(docent, actie.id, false)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('sets a reported status directly for the spreadsheet import', async () => {
    const { w, input } = await world();
    const actie = await w.acties.createActie(verbinder, input());
    await w.acties.setReport(actie.id, 'ACHTER', 40, '2026-12-09');
    expect(w.repo.acties[0]).toMatchObject({ status: 'ACHTER', progress: 40, nextCheckInDue: '2026-12-09' });
  });
});
