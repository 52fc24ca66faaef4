import { outcome } from '@verbinder/shared/kernel/testing';
import { regionsWorld } from './testing/regions-fixtures';

describe('SchoolsService', () => {
  it('lets a region’s managers add a school, with its input checked per field', async () => {
    const { schools, actors, noord, events } = await regionsWorld();
    const input = { regionId: noord.id, name: 'Het College', kind: 'VO' as const, brin: '02vr', website: 'https://college.example.org', locations: [{ name: 'Hoofdgebouw', city: 'Ede' }] };
    expect(await outcome(schools.createSchool(actors.docent, input))).toBe('FORBIDDEN');
    expect(await outcome(schools.createSchool(actors.zuider, input))).toBe('FORBIDDEN');
    expect(await outcome(schools.createSchool(actors.verbinder, { ...input, regionId: 'geen-uuid' }))).toBe('NOT_FOUND');
    expect(await outcome(schools.createSchool(actors.verbinder, { ...input, name: '', kind: 'HBO' as never, brin: '1234' }))).toBe('BAD_USER_INPUT name,kind,brin');
    expect(await outcome(schools.createSchool(actors.verbinder, { ...input, website: 'javascript:alert(1)' }))).toBe('BAD_USER_INPUT website');
    expect(await outcome(schools.createSchool(actors.verbinder, { ...input, locations: [{ name: 'X', city: '' }] }))).toBe('BAD_USER_INPUT locations.0.city');
    expect(await outcome(schools.createSchool(actors.verbinder, { ...input, locations: Array.from({ length: 51 }, () => ({ name: 'X', city: 'Y' })) }))).toBe('BAD_USER_INPUT locations');
    const school = await schools.createSchool(actors.verbinder, input);
    expect(school).toMatchObject({ regionId: noord.id, brin: '02VR', locations: [{ name: 'Hoofdgebouw', address: null, city: 'Ede' }] });
    expect(events.of('region.activity')).toEqual([expect.objectContaining({ entity: 'school', entityId: school.id, action: 'created' })]);
  });

  it('changes only what is given', async () => {
    const { schools, actors, noord } = await regionsWorld();
    const school = await schools.createSchool(actors.beheerder, { regionId: noord.id, name: 'Het College', kind: 'VO', koepel: 'Stichting' });
    expect(await schools.updateSchool(actors.beheerder, { id: school.id, name: 'Het Nieuwe College' })).toMatchObject({ name: 'Het Nieuwe College', kind: 'VO', koepel: 'Stichting' });
    expect(await schools.updateSchool(actors.beheerder, { id: school.id, koepel: null })).toMatchObject({ koepel: null });
    expect(await outcome(schools.updateSchool(actors.zuider, { id: school.id, name: 'Overgenomen' }))).toBe('FORBIDDEN');
    expect(await outcome(schools.updateSchool(actors.beheerder, { id: 'geen-uuid' }))).toBe('NOT_FOUND');
  });
});
