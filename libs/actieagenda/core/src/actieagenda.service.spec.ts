import { actorIn, OTHER_REGION, REGION } from './testing/actieagenda.fakes';
import { actieagendaWorld, verbinder } from './testing/actieagenda.world';

const docent = actorIn(2, 'DOCENT');
const outsider = actorIn(3, 'VERBINDER', OTHER_REGION);
const fields = (error: unknown) => (error as { details: { fields: Array<{ field: string }> } }).details.fields.map((f) => f.field);

describe('ActieagendaService', () => {
  it('lets editors of the region make one agenda, with a valid period', async () => {
    const w = actieagendaWorld();
    const input = { regionId: REGION, title: 'Actieagenda', periodStart: '2025-08-01', periodEnd: '2028-07-31' };
    await expect(w.agendas.createAgenda(docent, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(w.agendas.createAgenda(outsider, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(fields(await w.agendas.createAgenda(verbinder, { ...input, title: '', periodEnd: '2025-08-01' }).catch((e: unknown) => e))).toEqual(['title', 'periodEnd']);
    const agenda = await w.agendas.createAgenda(verbinder, input);
    await expect(w.agendas.createAgenda(verbinder, input)).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'regionId' } });
    expect(w.emitted).toEqual([
      { name: 'actieagenda.changed', payload: expect.objectContaining({ regionId: REGION, agendaId: agenda.id, actieId: null, kind: 'agenda.created', actorName: verbinder.name }) },
    ]);
  });

  it('saves actielijnen by number, for editors, with focus years as years', async () => {
    const w = actieagendaWorld();
    const { agenda, line1 } = await w.seedAgenda();
    const again = await w.agendas.upsertLine(verbinder, { agendaId: agenda.id, number: 1, title: 'Samen opleiden en professionaliseren', focusYears: [2027, 2026, 2027] });
    expect(again).toMatchObject({ id: line1.id, focusYears: [2026, 2027] });
    expect(fields(await w.agendas.upsertLine(verbinder, { agendaId: agenda.id, number: 100, title: 'x', focusYears: [1999] }).catch((e: unknown) => e))).toEqual(['number', 'focusYears']);
    await expect(w.agendas.upsertLine(docent, { agendaId: agenda.id, number: 3, title: 'Nieuw' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await w.agendas.linesByIds([line1.id, 'geen-id'])).toEqual([again]);
  });

  it('shows an agenda and its acties to members of the region only', async () => {
    const w = actieagendaWorld();
    const { agenda, line1 } = await w.seedAgenda();
    const actie = await w.acties.createActie(verbinder, { actielijnId: line1.id, title: 'Docentstages' });
    expect(await w.agendas.agendaForRegion(docent, REGION)).toEqual(agenda);
    await expect(w.agendas.agendaForRegion(outsider, REGION)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(w.agendas.agendaForRegion(docent, 'noord')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(w.agendas.getAgenda(outsider, agenda.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(w.agendas.getActie(docent, actie.id)).resolves.toEqual({ actie, agenda });
    await expect(w.agendas.getActie(outsider, actie.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(w.agendas.getActie(docent, '00000000-0000-4000-8000-000000009999')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets owners check in on their own acties; editors on all', async () => {
    const w = actieagendaWorld();
    const { agenda, line1 } = await w.seedAgenda();
    w.addPerson(docent);
    const actie = await w.acties.createActie(verbinder, { actielijnId: line1.id, title: 'Docentstages', ownerIds: [docent.personId] });
    expect(w.agendas.canCheckIn(docent, agenda, actie)).toBe(true);
    expect(w.agendas.canCheckIn(actorIn(4, 'DOCENT'), agenda, actie)).toBe(false);
    expect(w.agendas.canEdit(docent, agenda)).toBe(false);
    expect(w.agendas.canRead(outsider, agenda)).toBe(false);
  });

  it('counts today in Amsterdam', async () => {
    const w = actieagendaWorld();
    w.clock.set('2026-12-01T23:30:00Z');
    expect(w.agendas.today()).toBe('2026-12-02');
  });
});
