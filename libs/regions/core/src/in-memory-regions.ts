import { Actor, DomainError, MembershipRole } from '@verbinder/shared/kernel';
import type { RegionsService } from './regions.service';
import type { Membership, Person, Region, School, SchoolLocation } from './regions.types';

/** The ids of the standard world of `inMemoryRegions`: regions Noord and Zuid, two schools in Noord and one in Zuid. */
export const SPEC_REGIONS = {
  noord: '11111111-1111-4111-8111-111111111111',
  zuid: '22222222-2222-4222-8222-222222222222',
  landstede: '33333333-3333-4333-8333-333333333333',
  morgenCollege: '44444444-4444-4444-8444-444444444444',
  zuiderschool: '55555555-5555-4555-8555-555555555555',
} as const;

/** Person number `n` of a spec (id 00000000-0000-4000-8000-00000000000n), with `role` in the region (none: no membership). */
export const specActor = (n: number, role: MembershipRole | null, regionId: string = SPEC_REGIONS.noord): Actor => ({
  personId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Persoon ${n}`,
  email: `p${n}@example.org`,
  systemRole: null,
  memberships: role ? [{ regionId, schoolId: null, role }] : [],
});

const STANDARD = {
  regions: [
    { id: SPEC_REGIONS.noord, slug: 'noord', name: 'Noord' },
    { id: SPEC_REGIONS.zuid, slug: 'zuid', name: 'Zuid' },
  ],
  schools: [
    { id: SPEC_REGIONS.landstede, regionId: SPEC_REGIONS.noord, name: 'Landstede', locations: [{ name: 'Hoofdgebouw', address: 'Rijnlaan 1', city: 'Harderwijk' }] },
    { id: SPEC_REGIONS.morgenCollege, regionId: SPEC_REGIONS.noord, name: 'Morgen College' },
    { id: SPEC_REGIONS.zuiderschool, regionId: SPEC_REGIONS.zuid, name: 'Zuiderschool' },
  ],
};

/**
 * A stand-in for RegionsService in the unit specs of other domains: the regions and schools
 * given (by default the SPEC_REGIONS world), and the people added with `addPerson` (with their memberships, at a school and layer).
 * Only the reads other domains use are there.
 */
export function inMemoryRegions(
  input: {
    regions?: Array<Pick<Region, 'id' | 'slug' | 'name'>>;
    schools?: Array<Pick<School, 'id' | 'regionId' | 'name'> & { locations?: SchoolLocation[] }>;
    at?: Date;
  } = {},
) {
  const at = input.at ?? new Date(0);
  const regions: Region[] = (input.regions ?? STANDARD.regions).map((r) => ({ ...r, description: null, createdAt: at, updatedAt: at }));
  const schools: School[] = (input.schools ?? STANDARD.schools).map((s) => ({ kind: 'VO', koepel: null, brin: null, website: null, locations: [], ...s, createdAt: at, updatedAt: at }));
  const memberships: Membership[] = [];
  const people: Person[] = [];
  const actors = new Map<string, Actor>();
  const service = {
    listRegions: async () => regions,
    getRegion: async (by: { id?: string; slug?: string }) => {
      const region = regions.find((r) => r.id === by.id || r.slug === by.slug);
      if (!region) throw DomainError.notFound('Deze regio');
      return region;
    },
    schoolsByIds: async (ids: readonly string[]) => schools.filter((s) => ids.includes(s.id)),
    schoolsByRegionIds: async (ids: readonly string[]) => schools.filter((s) => ids.includes(s.regionId)),
    membershipsByPersonIds: async (ids: readonly string[]) => memberships.filter((m) => ids.includes(m.personId)),
    membershipsByRegionIds: async (ids: readonly string[]) => memberships.filter((m) => ids.includes(m.regionId)),
    membershipsBySchoolIds: async (ids: readonly string[]) => memberships.filter((m) => m.schoolId && ids.includes(m.schoolId)),
    personsByIds: async (ids: readonly string[]) => people.filter((p) => ids.includes(p.id)),
    actorOf: async (personId: string) => actors.get(personId) ?? null,
  } as unknown as RegionsService;
  /** Makes the actor a known person with its memberships (at `schoolId` in `layer`); returns the actor. */
  const addPerson = (actor: Actor, schoolId: string | null = null, layer: Membership['layer'] = 'PROFESSIONEEL') => {
    people.push({ id: actor.personId, name: actor.name, email: actor.email, jobTitle: null, systemRole: null });
    actors.set(actor.personId, actor);
    for (const m of actor.memberships) memberships.push({ id: `m-${actor.personId}-${m.regionId}`, personId: actor.personId, regionId: m.regionId, schoolId, role: m.role, layer });
    return actor;
  };
  return { service, addPerson };
}
