import type { ActieagendaService } from '@verbinder/actieagenda/core';
import { activityData, OTHER_REGION, REGION } from './testing/meetups.fakes';
import { docent, meetupsWorld, verbinder } from './testing/meetups.world';

const ACTIE = '66666666-6666-4666-8666-666666666666';
const FOREIGN_ACTIE = '77777777-7777-4777-8777-777777777777';

/** The actieagenda knows ACTIE (in REGION) and FOREIGN_ACTIE (in another region). */
async function world() {
  const w = meetupsWorld();
  const agendas = { a1: { id: 'a1', regionId: REGION }, a2: { id: 'a2', regionId: OTHER_REGION } };
  Object.assign(w.actieagenda as ActieagendaService, {
    getActie: async (_actor: unknown, id: string) => {
      if (id === ACTIE) return { actie: { id, agendaId: 'a1', actielijnId: 'l1' }, agenda: agendas.a1 };
      if (id === FOREIGN_ACTIE) return { actie: { id, agendaId: 'a2', actielijnId: 'l2' }, agenda: agendas.a2 };
      throw new Error('unknown actie');
    },
    agendasByIds: async (ids: string[]) => Object.values(agendas).filter((a) => ids.includes(a.id)),
  });
  // 10 December, 23:30 UTC is already 11 December in Amsterdam.
  const meeting = await w.repo.insertActivity(activityData({ kind: 'VERBINDERSOVERLEG', startsAt: new Date('2026-12-10T23:30:00Z'), endsAt: new Date('2026-12-11T00:30:00Z') }));
  return { w, meeting };
}

describe('MeetingsService', () => {
  it('adds agenda items in order, linked only to acties of the region', async () => {
    const { w, meeting } = await world();
    expect((await w.meetings.addAgendaItem(verbinder, meeting.id, 'Opening')).position).toBe(1);
    expect(await w.meetings.addAgendaItem(verbinder, meeting.id, 'Stand van de docentstage', ACTIE, 'Femke vertelt')).toMatchObject({ position: 2, actieId: ACTIE, notes: 'Femke vertelt' });
    await expect(w.meetings.addAgendaItem(verbinder, meeting.id, 'Elders', FOREIGN_ACTIE)).rejects.toMatchObject({ details: { fields: [{ field: 'actieId' }] } });
    await expect(w.meetings.addAgendaItem(verbinder, meeting.id, ' ')).rejects.toMatchObject({ details: { fields: [{ field: 'title' }] } });
    await expect(w.meetings.addAgendaItem(docent, meeting.id, 'Punt')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(w.emitted.map((e) => (e.payload as { kind?: string }).kind)).toEqual(['agenda.changed', 'agenda.changed']);
  });

  it('keeps minutes up to 20 000 characters, for editors', async () => {
    const { w, meeting } = await world();
    expect((await w.meetings.setMinutes(verbinder, meeting.id, 'Besproken: de stage.')).minutes).toBe('Besproken: de stage.');
    await expect(w.meetings.setMinutes(verbinder, meeting.id, 'x'.repeat(20_001))).rejects.toMatchObject({ details: { fields: [{ field: 'minutes' }] } });
    await expect(w.meetings.setMinutes(docent, meeting.id, 'Mijn notulen')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records a decision on an actie of the region, dated on the meeting day in Amsterdam', async () => {
    const { w, meeting } = await world();
    await w.meetings.recordDecision(verbinder, meeting.id, ACTIE, 'We gaan door met een halve dag.');
    expect(w.decisions).toEqual([{ actieId: ACTIE, text: 'We gaan door met een halve dag.', meetingDate: '2026-12-11' }]);
    await expect(w.meetings.recordDecision(verbinder, meeting.id, FOREIGN_ACTIE, 'Nee')).rejects.toMatchObject({ details: { fields: [{ field: 'actieId' }] } });
    await expect(w.meetings.recordDecision(docent, meeting.id, ACTIE, 'Ja')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(w.decisions).toHaveLength(1);
  });
});
