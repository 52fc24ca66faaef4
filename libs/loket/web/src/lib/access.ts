import { useViewer } from '@verbinder/web/api-client';

/** Roles that make someone loket staff of a region (as LOKET_STAFF_ROLES in libs/loket/core). */
export const LOKET_STAFF_ROLES = ['LOKET_MEDEWERKER', 'VERBINDER', 'BEHEERDER'];

export interface LoketAccess {
  personId: string | null;
  /** Loket-medewerker, verbinder or beheerder of the region (or platform beheerder). */
  isStaff: boolean;
  /** May set the SLA policy: verbinder or beheerder of the region. */
  canSetPolicy: boolean;
  /** May export and erase a company's data: beheerder of the region. */
  isBeheerder: boolean;
  isMember: boolean;
  /**
   * Not staff, but a member through a school of the region: sees and answers the requests
   * split to that school (the API's 'school' access), nothing else of the inbox.
   */
  isSchoolContact: boolean;
}

/**
 * What the signed-in person may do in a region's loket, from the viewer's memberships (as the
 * API decides it). Only used to show or hide controls: the API is the real guard.
 */
export function useLoketAccess(regionId: string | undefined): LoketAccess {
  const person = useViewer().data?.viewer.person ?? null;
  const platformAdmin = person?.systemRole === 'BEHEERDER';
  const inRegion = (person?.memberships ?? []).filter((membership) => membership.region.id === regionId);
  const roles = inRegion.map((membership) => membership.role);
  const has = (wanted: string[]) => platformAdmin || roles.some((role) => wanted.includes(role));
  const isStaff = has(LOKET_STAFF_ROLES);
  return {
    personId: person?.id ?? null,
    isStaff,
    isSchoolContact: !isStaff && inRegion.some((membership) => Boolean(membership.school)),
    canSetPolicy: has(['VERBINDER', 'BEHEERDER']),
    isBeheerder: has(['BEHEERDER']),
    isMember: platformAdmin || roles.length > 0,
  };
}
