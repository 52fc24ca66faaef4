import { outcome } from '@verbinder/shared/kernel/testing';
import { regionsWorld } from './testing/regions-fixtures';

describe('LeerlabsService', () => {
  it('adds a leerlab with schools of its own region only', async () => {
    const { leerlabs, repo, actors, noord, zuid, events } = await regionsWorld();
    const here = await repo.insertSchool({ regionId: noord.id, name: 'Hier', kind: 'VO', koepel: null, brin: null, website: null, locations: [] });
    const there = await repo.insertSchool({ regionId: zuid.id, name: 'Daar', kind: 'MBO', koepel: null, brin: null, website: null, locations: [] });
    const input = { regionId: noord.id, name: 'Techniek', round: 2024, startYear: 2025, schoolIds: [here.id, here.id] };
    expect(await outcome(leerlabs.createLeerlab(actors.docent, input))).toBe('FORBIDDEN');
    expect(await outcome(leerlabs.createLeerlab(actors.verbinder, { ...input, schoolIds: [here.id, there.id] }))).toBe('BAD_USER_INPUT schoolIds');
    expect(await outcome(leerlabs.createLeerlab(actors.verbinder, { ...input, schoolIds: ['geen-uuid'] }))).toBe('BAD_USER_INPUT schoolIds');
    expect(await outcome(leerlabs.createLeerlab(actors.verbinder, { ...input, name: '', round: 2017, startYear: 2101 }))).toBe('BAD_USER_INPUT name,round,startYear');
    const leerlab = await leerlabs.createLeerlab(actors.verbinder, input);
    expect(leerlab).toMatchObject({ regionId: noord.id, schoolIds: [here.id], theme: null });
    expect(events.of('region.activity')).toEqual([expect.objectContaining({ entity: 'leerlab', entityId: leerlab.id, action: 'created' })]);
  });

  it('keeps what is not given on an update', async () => {
    const { leerlabs, actors, noord } = await regionsWorld();
    const leerlab = await leerlabs.createLeerlab(actors.beheerder, { regionId: noord.id, name: 'Zorg', round: 2023, startYear: 2023, theme: 'Zorg en welzijn' });
    expect(await leerlabs.updateLeerlab(actors.beheerder, { id: leerlab.id, name: 'Zorg 2', round: null })).toMatchObject({ name: 'Zorg 2', round: 2023, theme: 'Zorg en welzijn' });
    expect(await leerlabs.updateLeerlab(actors.beheerder, { id: leerlab.id, theme: null })).toMatchObject({ theme: null });
    expect(await outcome(leerlabs.updateLeerlab(actors.zuider, { id: leerlab.id, name: 'Weg' }))).toBe('FORBIDDEN');
  });
});
