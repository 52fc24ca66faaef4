import type { Leerlab, Leerroute, Membership, Person, Region, RegionInvitation, RegionCounts, School, SchoolLocation } from './regions.types';

export const REGIONS_REPOSITORY = Symbol('REGIONS_REPOSITORY');

type Patch<T> = Partial<Omit<T, 'id' | 'createdAt' | 'updatedAt'>>;

/** Storage for the regions domain. Batch finders take id arrays and may return fewer rows. */
export interface RegionsRepository {
  listRegions(): Promise<Region[]>;
  findRegionsByIds(ids: readonly string[]): Promise<Region[]>;
  findRegionBySlug(slug: string): Promise<Region | null>;
  insertRegion(data: { slug: string; name: string; description: string | null }): Promise<Region>;
  updateRegion(id: string, patch: Patch<Region>): Promise<Region>;
  countsForRegions(ids: readonly string[]): Promise<Map<string, RegionCounts>>;

  findSchoolsByIds(ids: readonly string[]): Promise<School[]>;
  findSchoolsByRegionIds(regionIds: readonly string[]): Promise<School[]>;
  insertSchool(data: Omit<School, 'id' | 'createdAt' | 'updatedAt'>): Promise<School>;
  updateSchool(id: string, patch: Patch<School> & { locations?: SchoolLocation[] }): Promise<School>;

  findLeerlabsByIds(ids: readonly string[]): Promise<Leerlab[]>;
  findLeerlabsByRegionIds(regionIds: readonly string[]): Promise<Leerlab[]>;
  insertLeerlab(data: Omit<Leerlab, 'id'>): Promise<Leerlab>;
  updateLeerlab(id: string, patch: Patch<Leerlab>): Promise<Leerlab>;

  findPersonsByIds(ids: readonly string[]): Promise<Person[]>;
  findPersonByEmail(email: string): Promise<Person | null>;
  /**
   * People by name, function or e-mail address. `emailVisibleIn`: the e-mail address matches only
   * for people with a membership in one of these regions (or `selfId`), and only people with some
   * membership are listed; null (a platform beheerder) matches every address and person.
   */
  searchPersons(query: { regionId?: string | null; search?: string | null; limit: number; emailVisibleIn: { regionIds: string[]; selfId: string } | null }): Promise<Person[]>;
  insertPerson(data: Omit<Person, 'id'>): Promise<Person>;
  updatePerson(id: string, patch: Patch<Person>): Promise<Person>;

  findMembershipsByIds(ids: readonly string[]): Promise<Membership[]>;
  findMembershipsByPersonIds(personIds: readonly string[]): Promise<Membership[]>;
  findMembershipsByRegionIds(regionIds: readonly string[]): Promise<Membership[]>;
  findMembershipsBySchoolIds(schoolIds: readonly string[]): Promise<Membership[]>;
  insertMembership(data: Omit<Membership, 'id'>): Promise<Membership>;
  deleteMembership(id: string): Promise<void>;

  insertInvitation(data: Omit<RegionInvitation, 'id' | 'createdAt' | 'respondedAt' | 'status'>): Promise<RegionInvitation>;
  findInvitationsByIds(ids: readonly string[]): Promise<RegionInvitation[]>;
  /** Open invitations of one person, or of one region (newest first). */
  findOpenInvitations(by: { personId: string } | { regionId: string }): Promise<RegionInvitation[]>;
  /** Marks an open invitation answered; false when it was no longer open (answered twice at once). */
  answerInvitation(id: string, status: 'ACCEPTED' | 'DECLINED', at: Date): Promise<boolean>;

  findLeerroutesByIds(ids: readonly string[]): Promise<Leerroute[]>;
  findLeerroutesByRegionIds(regionIds: readonly string[]): Promise<Leerroute[]>;
  insertLeerroute(data: Omit<Leerroute, 'id' | 'updatedAt'>): Promise<Leerroute>;
  updateLeerroute(id: string, data: Omit<Leerroute, 'id' | 'updatedAt'>): Promise<Leerroute>;
  deleteLeerroute(id: string): Promise<void>;
}

export const PERSON_CREDENTIALS = Symbol('PERSON_CREDENTIALS');

/** Implemented by the identity domain: regions creates people, identity owns their passwords. */
export interface PersonCredentials {
  /** Validates the password (throws BAD_USER_INPUT) and stores its hash. */
  setPassword(personId: string, password: string): Promise<void>;
  /** Ends every session of the person on every node (their sign-in identity changed). */
  endSessionsOf(personId: string): Promise<void>;
}
