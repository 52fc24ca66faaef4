import { outcome } from '@verbinder/shared/kernel/testing';
import { regionsWorld } from './testing/regions-fixtures';

// The tenant rule in one place: a region's contents for its members and platform beheerders,
// people in the directory, the contact rule, and region writes for platform and region beheerders.

describe('RegionsService', () => {
  it('lists and gives the regions one may read; anyone else: NOT_FOUND', async () => {
    const { regions, actors, noord, zuid } = await regionsWorld();
    expect((await regions.regionsFor(actors.docent)).map((r) => r.slug)).toEqual(['noord']);
    expect((await regions.regionsFor(actors.platform)).map((r) => r.slug)).toEqual(['noord', 'zuid']);
    expect(await regions.regionsFor(actors.loner)).toEqual([]);
    expect((await regions.regionFor(actors.docent, { slug: 'noord' })).id).toBe(noord.id);
    expect(await outcome(regions.regionFor(actors.docent, { id: zuid.id }))).toBe('NOT_FOUND');
    expect(await outcome(regions.regionFor(actors.docent, { id: 'geen-uuid' }))).toBe('NOT_FOUND');
    expect(await outcome(regions.getRegion({}))).toBe('BAD_USER_INPUT id');
    expect(() => regions.assertMayReadRegion(actors.zuider, noord.id)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect([actors.beheerder, actors.verbinder, actors.docent, actors.zuider, actors.platform].map((a) => regions.canManageRegion(a, noord.id))).toEqual([true, true, false, false, true]);
  });

  it('hides schools, leerlabs and leerroutes of other regions as unknown', async () => {
    const { regions, repo, actors, noord } = await regionsWorld();
    const school = await repo.insertSchool({ regionId: noord.id, name: 'Het College', kind: 'VO', koepel: null, brin: null, website: null, locations: [] });
    const leerlab = await repo.insertLeerlab({ regionId: noord.id, name: 'Lab', round: 2024, startYear: 2024, theme: null, description: null, schoolIds: [] });
    expect((await regions.schoolFor(actors.docent, school.id)).id).toBe(school.id);
    expect(await outcome(regions.schoolFor(actors.zuider, school.id))).toBe('NOT_FOUND');
    expect(await outcome(regions.leerlabFor(actors.zuider, leerlab.id))).toBe('NOT_FOUND');
    expect(await outcome(regions.leerrouteFor(actors.docent, '99999999-9999-4999-8999-999999999999'))).toBe('NOT_FOUND');
    expect(await regions.countsByRegionIds([noord.id, 'elders'])).toEqual([
      { schools: 1, leerlabs: 1, people: 3, leerroutes: 0 },
      { schools: 0, leerlabs: 0, people: 0, leerroutes: 0 },
    ]);
  });

  it('shows a person and their memberships as the directory does', async () => {
    const { regions, repo, actors } = await regionsWorld();
    expect((await regions.personFor(actors.zuider, actors.docent.personId)).name).toBe('Daan');
    expect(await outcome(regions.personFor(actors.docent, actors.loner.personId))).toBe('NOT_FOUND');
    expect((await regions.personFor(actors.loner, actors.loner.personId)).name).toBe('Los');
    expect((await regions.personFor(actors.platform, actors.loner.personId)).name).toBe('Los');
    const memberships = await repo.findMembershipsByPersonIds([actors.docent.personId]);
    expect(regions.visibleMemberships(actors.zuider, actors.docent.personId, memberships)).toEqual([]);
    expect(regions.visibleMemberships(actors.verbinder, actors.docent.personId, memberships)).toEqual(memberships);
    expect(await regions.mayViewContactOf(actors.verbinder, actors.docent.personId)).toBe(true);
    expect(await regions.mayViewContactOf(actors.zuider, actors.docent.personId)).toBe(false);
    expect(await regions.mayViewContactOf(actors.platform, actors.docent.personId)).toBe(true);
  });

  it('searches people by name for everyone, by address only where the address may be seen', async () => {
    const { regions, actors, noord, zuid } = await regionsWorld();
    expect((await regions.searchPeople(actors.zuider, { search: 'daan@' })).map((p) => p.name)).toEqual([]);
    expect((await regions.searchPeople(actors.zuider, { search: 'daan' })).map((p) => p.name)).toEqual(['Daan']);
    expect((await regions.searchPeople(actors.verbinder, { search: 'daan@' })).map((p) => p.name)).toEqual(['Daan']);
    expect((await regions.searchPeople(actors.docent, { regionId: noord.id })).map((p) => p.name)).toEqual(['Karin', 'Sanne', 'Daan']);
    expect(await outcome(regions.searchPeople(actors.docent, { regionId: zuid.id }))).toBe('NOT_FOUND');
    expect(await outcome(regions.searchPeople(actors.docent, { regionId: 'geen-uuid' }))).toBe('NOT_FOUND');
  });

  it('gives the actor a person would be now, from storage', async () => {
    const { regions, actors, noord } = await regionsWorld();
    expect(await regions.actorOf(actors.docent.personId)).toMatchObject({ name: 'Daan', memberships: [{ regionId: noord.id, schoolId: null, role: 'DOCENT' }] });
    expect(await regions.actorOf('geen-uuid')).toBeNull();
    expect(await regions.namesByEmail(['DAAN@example.org', 'niemand@example.org'])).toEqual(new Map([['daan@example.org', 'Daan']]));
  });

  it('creates regions for platform beheerders only, and tells the region after commit', async () => {
    const { regions, actors, events } = await regionsWorld();
    expect(await outcome(regions.createRegion(actors.beheerder, { slug: 'oost', name: 'Oost' }))).toBe('FORBIDDEN');
    expect(await outcome(regions.createRegion(actors.platform, { slug: 'Oost West', name: '' }))).toBe('BAD_USER_INPUT slug,name');
    const oost = await regions.createRegion(actors.platform, { slug: 'oost', name: 'Oost', description: ' Het oosten ' });
    expect(oost).toMatchObject({ slug: 'oost', name: 'Oost', description: 'Het oosten' });
    expect(events.of('region.activity')).toEqual([
      { regionId: oost.id, entity: 'region', entityId: oost.id, action: 'created', actorId: actors.platform.personId, actorName: 'Admin', at: '2026-12-01T12:00:00.000Z' },
    ]);
  });

  it('lets a region’s beheerders change its name and description', async () => {
    const { regions, actors, noord } = await regionsWorld();
    expect(await outcome(regions.updateRegion(actors.verbinder, { id: noord.id, name: 'Nieuw' }))).toBe('FORBIDDEN');
    expect(await outcome(regions.updateRegion(actors.beheerder, { id: noord.id, name: ' ' }))).toBe('BAD_USER_INPUT name');
    expect(await regions.updateRegion(actors.beheerder, { id: noord.id, description: 'Noordelijk' })).toMatchObject({ name: 'Noord', description: 'Noordelijk' });
    expect(await regions.updateRegion(actors.beheerder, { id: noord.id, name: 'Noord-West' })).toMatchObject({ name: 'Noord-West', description: 'Noordelijk' });
  });
});
