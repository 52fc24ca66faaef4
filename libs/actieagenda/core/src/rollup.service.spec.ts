import { actorIn, OTHER_REGION, REGION } from './testing/actieagenda.fakes';
import { actieagendaWorld, SCHOOL, SCHOOL_B, verbinder } from './testing/actieagenda.world';

const owner = actorIn(2, 'DOCENT');
const outsider = actorIn(3, 'DOCENT', OTHER_REGION);

async function world() {
  const w = actieagendaWorld();
  const seeded = await w.seedAgenda();
  w.addPerson(owner, SCHOOL, 'MANAGEMENT');
  const create = (title: string, over: Record<string, unknown> = {}) => w.acties.createActie(verbinder, { actielijnId: seeded.line1.id, title, ownerIds: [owner.personId], ...over });
  return { w, ...seeded, create };
}

describe('RollupService', () => {
  it('loads agendas with their figures, in the order asked', async () => {
    const { w, agenda, line1, create } = await world();
    const actie = await create('Docentstages');
    w.clock.set('2026-12-20T12:00:00Z');
    await w.checkIns.addCheckIn(owner, { actieId: actie.id, date: '2026-11-20', status: 'OP_KOERS', progress: 20, text: 'Begin' });
    await w.checkIns.addCheckIn(owner, { actieId: actie.id, status: 'OP_KOERS', progress: 60, text: 'Halverwege' });
    const [view] = await w.rollup.views([agenda.id]);
    expect(view.today).toBe('2026-12-20');
    expect(view.figures.acties.get(actie.id)).toMatchObject({ status: 'OP_KOERS', progress: 60, trend: 'STIJGEND', overdue: false });
    expect(view.figures.lines.get(line1.id)).toMatchObject({ progress: 60 });
    await expect(w.rollup.views([agenda.id, '00000000-0000-4000-8000-000000009999'])).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('puts on the meeting agenda what is due by the meeting or has an open review, not paused or closed acties', async () => {
    const { w, agenda, create } = await world();
    const due = await create('Due woensdag');
    const later = await create('Later', { cadenceDays: 30 });
    const paused = await create('Gepauzeerd');
    await w.acties.setReport(paused.id, 'GEPAUZEERD', 0, '2026-12-02');
    const reviewed = await create('Met review', { cadenceDays: 30 });
    await w.checkIns.requestReview(owner, reviewed.id);
    const closed = await create('Klaar');
    await w.acties.closeActie(verbinder, closed.id, 'BEHAALD');
    expect((await w.rollup.meetingAgenda(owner, agenda.id)).map((a) => a.title)).toEqual(['Due woensdag', 'Met review']);
    expect((await w.rollup.meetingAgenda(owner, agenda.id, '2027-01-01')).map((a) => a.id)).toEqual([due.id, later.id, reviewed.id]);
    await expect(w.rollup.meetingAgenda(owner, agenda.id, '1 januari')).rejects.toMatchObject({ details: { fields: [{ field: 'date' }] } });
    await expect(w.rollup.meetingAgenda(outsider, agenda.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('finds the next Wednesday meeting, today when it is Wednesday', async () => {
    const w = actieagendaWorld();
    expect(w.rollup.nextMeetingDate()).toBe('2026-12-02');
    w.clock.set('2026-12-02T22:00:00Z');
    expect(w.rollup.nextMeetingDate()).toBe('2026-12-02');
    w.clock.set('2026-12-02T23:30:00Z');
    expect(w.rollup.nextMeetingDate()).toBe('2026-12-09');
  });

  it('shows per school and layer who took part in the last 60 days', async () => {
    const { w, create } = await world();
    const actie = await create('Docentstages');
    await w.checkIns.addCheckIn(owner, { actieId: actie.id, status: 'OP_KOERS', progress: 10, text: 'Gestart' });
    const achtje = await w.rollup.achtje(owner, REGION);
    const landstede = achtje.find((s) => s.school.id === SCHOOL);
    expect(landstede?.layers.map((l) => [l.layer, l.engaged, l.personIds])).toEqual([
      ['BESTUURLIJK', false, []],
      ['MANAGEMENT', true, [owner.personId]],
      ['PROFESSIONEEL', false, []],
    ]);
    expect(achtje.find((s) => s.school.id === SCHOOL_B)?.layers.every((l) => !l.engaged)).toBe(true);
    w.clock.set('2027-02-15T12:00:00Z');
    expect((await w.rollup.achtje(owner, REGION)).every((s) => s.layers.every((l) => !l.engaged))).toBe(true);
    await expect(w.rollup.achtje(outsider, REGION)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('publishes only published acties with their summary, by line, and no people', async () => {
    const { w, line1, create } = await world();
    const open = await create('Docentstages');
    await w.acties.setPublic(verbinder, open.id, true, 'Docenten lopen mee op een andere school.');
    await create('Intern');
    const page = await w.rollup.publicProgress('noord');
    expect(page.lines).toEqual([
      {
        number: 1,
        title: line1.title,
        description: null,
        inFocus: true,
        acties: [{ title: 'Docentstages', summary: 'Docenten lopen mee op een andere school.', status: 'OP_KOERS', progress: 0, closure: null, periodEnd: null, updatedAt: expect.any(Date) }],
      },
    ]);
    expect(JSON.stringify(page.lines)).not.toContain(owner.personId);
    expect((await w.rollup.publicProgress('zuid')).lines).toEqual([]);
    await expect(w.rollup.publicProgress('bestaat-niet')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
