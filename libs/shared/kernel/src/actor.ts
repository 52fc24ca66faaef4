/**
 * Who is acting. Built from the session by the identity domain and handed to core services,
 * which decide authorization from role and membership.
 */
export type MembershipRole = 'VERBINDER' | 'DOCENT' | 'DECAAN' | 'TEAMLEIDER' | 'PROJECTLEIDER' | 'LOKET_MEDEWERKER' | 'REDACTEUR' | 'BESTUURDER' | 'BEHEERDER';

export type MembershipLayer = 'BESTUURLIJK' | 'MANAGEMENT' | 'PROFESSIONEEL';

export interface ActorMembership {
  regionId: string;
  schoolId: string | null;
  role: MembershipRole;
}

export interface Actor {
  personId: string;
  name: string;
  email: string;
  systemRole: 'BEHEERDER' | null;
  memberships: ActorMembership[];
}

export const isPlatformAdmin = (actor: Actor): boolean => actor.systemRole === 'BEHEERDER';

export const regionIdsOf = (actor: Actor): string[] => [...new Set(actor.memberships.map((m) => m.regionId))];

export const isMemberOfRegion = (actor: Actor, regionId: string): boolean => isPlatformAdmin(actor) || actor.memberships.some((m) => m.regionId === regionId);

export const hasRegionRole = (actor: Actor, regionId: string, roles: MembershipRole[]): boolean =>
  isPlatformAdmin(actor) || actor.memberships.some((m) => m.regionId === regionId && roles.includes(m.role));
