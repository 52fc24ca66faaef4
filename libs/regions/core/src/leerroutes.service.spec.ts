import { ErrorCode } from '@verbinder/shared/contracts';
import { outcome } from '@verbinder/shared/kernel/testing';
import type { LeerrouteInput } from './regions.types';
import { leerrouteInput } from './testing/leerroute-input';
import { regionsWorld } from './testing/regions-fixtures';

// Leerroutes: input checked per field, references within the region, the law's rules
// (assertLeerrouteRules), and the region's other managers told of each change.

async function routesWorld() {
  const world = await regionsWorld();
  const school = (name: string, kind: 'VO' | 'MBO', regionId = world.noord.id) => world.repo.insertSchool({ regionId, name, kind, koepel: null, brin: null, website: null, locations: [] });
  const vo = await school('Het College', 'VO');
  const mbo = await school('Het ROC', 'MBO');
  const route = (patch: Partial<LeerrouteInput> = {}) => leerrouteInput({ regionId: world.noord.id, name: 'Techniek doorlopend', voSchoolId: vo.id, mboSchoolId: mbo.id, ...patch });
  return { ...world, vo, mbo, route };
}

describe('LeerroutesService', () => {
  it('adds a leerroute and tells the region’s other managers', async () => {
    const { leerroutes, actors, route, notified, events } = await routesWorld();
    const created = await leerroutes.createLeerroute(actors.verbinder, route());
    expect(created).toMatchObject({ name: 'Techniek doorlopend', leerlabId: null, fundingTransferAgreed: false });
    expect(notified).toEqual([{ personIds: [actors.beheerder.personId], kind: 'leerroute.toegevoegd', title: 'Leerroute toegevoegd: Techniek doorlopend' }]);
    expect(events.of('region.activity')).toEqual([expect.objectContaining({ entity: 'leerroute', entityId: created.id, action: 'created' })]);
  });

  it('refuses bad input per field and references outside the region', async () => {
    const { leerroutes, repo, actors, route, zuid } = await routesWorld();
    expect(await outcome(leerroutes.createLeerroute(actors.docent, route()))).toBe('FORBIDDEN');
    expect(await outcome(leerroutes.createLeerroute(actors.verbinder, route({ name: '', mboNiveau: 5, shorteningMonths: 1.5, routeType: 'X' as never })))).toBe(
      'BAD_USER_INPUT name,routeType,mboNiveau,shorteningMonths',
    );
    expect(await outcome(leerroutes.createLeerroute(actors.verbinder, route({ agreementSignedOn: '2026-02-30' })))).toBe('BAD_USER_INPUT agreementSignedOn');
    expect(await outcome(leerroutes.createLeerroute(actors.verbinder, route({ voSchoolId: 'geen-uuid' })))).toBe('BAD_USER_INPUT voSchoolId');
    expect(await outcome(leerroutes.createLeerroute(actors.verbinder, route({ mboSchoolId: '99999999-9999-4999-8999-999999999999' })))).toBe('BAD_USER_INPUT mboSchoolId');
    const foreignLab = await repo.insertLeerlab({ regionId: zuid.id, name: 'Elders', round: 2024, startYear: 2024, theme: null, description: null, schoolIds: [] });
    expect(await outcome(leerroutes.createLeerroute(actors.verbinder, route({ leerlabId: foreignLab.id })))).toBe('BAD_USER_INPUT leerlabId');
    expect(repo.leerroutes).toHaveLength(0);
  });

  it('holds every route to the law’s rules', async () => {
    const { leerroutes, actors, route, vo, mbo } = await routesWorld();
    expect(await outcome(leerroutes.createLeerroute(actors.verbinder, route({ shorteningMonths: 13 })))).toBe(`${ErrorCode.LEERROUTE_RULE_VIOLATION} shorteningMonths`);
    expect(await outcome(leerroutes.createLeerroute(actors.verbinder, route({ voSchoolId: mbo.id, mboSchoolId: vo.id })))).toMatch(new RegExp(`^${ErrorCode.LEERROUTE_RULE_VIOLATION} `));
  });

  it('changes and deletes a route within its region only', async () => {
    const { leerroutes, actors, route, zuid, notified, repo } = await routesWorld();
    const created = await leerroutes.createLeerroute(actors.beheerder, route());
    expect(await outcome(leerroutes.updateLeerroute(actors.verbinder, created.id, route({ regionId: zuid.id })))).toBe('BAD_USER_INPUT regionId');
    expect(await outcome(leerroutes.updateLeerroute(actors.zuider, created.id, route()))).toBe('FORBIDDEN');
    expect(await leerroutes.updateLeerroute(actors.verbinder, created.id, route({ phase: 'PILOT' }))).toMatchObject({ id: created.id, phase: 'PILOT' });
    expect(notified.at(-1)).toEqual({ personIds: [actors.beheerder.personId], kind: 'leerroute.gewijzigd', title: 'Leerroute gewijzigd: Techniek doorlopend' });
    expect(await outcome(leerroutes.deleteLeerroute(actors.docent, created.id))).toBe('FORBIDDEN');
    expect(await leerroutes.deleteLeerroute(actors.verbinder, created.id)).toBe(true);
    expect(repo.leerroutes).toHaveLength(0);
    expect(await outcome(leerroutes.deleteLeerroute(actors.verbinder, created.id))).toBe('NOT_FOUND');
  });
});
