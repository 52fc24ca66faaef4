// Who may call which GraphQL operation, per identity of the two-region matrix
// (authorization-matrix.e2e-spec.ts). The target objects all belong to region A (the demo region
// Noord-West Veluwe); region B (Assen) has the same roles. The tenant rule (docs/security.md):
// region B's people are refused everything of region A, whatever their role; only public
// operations and operations on one's own account ("neutral" cases) are theirs too, and those
// must not return anything of region A. "Allowed" means the API does not refuse (NOT_FOUND,
// CONFLICT or BAD_USER_INPUT from the domain count as allowed for region A's people).
import { type Identity, IDENTITIES, regionOf, type Role, ROLES, twinInA } from '../../support/matrix-identities';
import type { AuthzCase } from './types';

export { IDENTITIES, type Identity } from '../../support/matrix-identities';

/**
 * What region A's people and the platform beheerder may do with one operation: those allowed,
 * and those from whom the thing in the case is hidden (answered NOT_FOUND although it exists, so
 * that a werkgroep or loket request outside one's reach is not even confirmed). Everyone else is
 * refused.
 */
export interface Access {
  allow: readonly Identity[];
  hidden?: readonly Identity[];
}

/** `any`: allowed or refused, as long as the answer carries nothing of region A (neutral operations for region B). */
export type Expectation = 'allow' | 'deny' | 'hidden' | 'any';

const A = (...roles: Role[]): Identity[] => roles.map((r) => `A:${r}` as const);
export const SIGNED_IN_A: readonly Identity[] = [...A(...ROLES), 'platform'];
/** The region's verbinders and beheerders, and the platform beheerder. */
export const MANAGERS: readonly Identity[] = [...A('verbinder', 'beheerder'), 'platform'];
const PLATFORM: Access = { allow: ['platform'] };
/** The region's beheerders (a region role) and the platform beheerder. */
const REGION_BEHEERDERS: Access = { allow: ['A:beheerder', 'platform'] };
/** The region's loket-medewerker, verbinder and beheerder handle loket requests. */
export const LOKET_STAFF: Access = { allow: ['A:loket', ...MANAGERS] };
/**
 * Loket requests are read by the staff and by contacts of the schools they were routed to: the
 * docent (Morgen College) and the bestuurder (Groevenbeek) list their own; the bestuurder does
 * not see Morgen College's request.
 */
const LOKET_READERS: readonly Identity[] = ['A:docent', 'A:bestuurder', 'A:loket', ...MANAGERS];
const LOKET_REQUEST: Access = { allow: ['A:docent', 'A:loket', ...MANAGERS], hidden: ['A:bestuurder'] };
const LOKET_REQUEST_STAFF: Access = { allow: ['A:loket', ...MANAGERS], hidden: ['A:bestuurder'] };
const OUTSIDERS_OF_GROUP: readonly Identity[] = A('redacteur', 'bestuurder', 'loket');
/** Werkgroep content is for members only (the docent is in the Engels group), not for managers. */
export const WERKGROEP_MEMBERS: Access = { allow: ['A:docent'], hidden: OUTSIDERS_OF_GROUP };
const WERKGROEP_MANAGERS: Access = { allow: MANAGERS, hidden: OUTSIDERS_OF_GROUP };
/** The Teams mirror: members read it; the region's beheerders and platform beheerders manage tenants and links. */
const TEAMS_READERS: Access = { allow: ['A:docent', 'A:beheerder', 'platform'], hidden: OUTSIDERS_OF_GROUP };
const TEAMS_ADMINS: Access = REGION_BEHEERDERS;

/** Operations whose access differs from the default (reviewed one by one). */
export const ACCESS_OVERRIDES: Readonly<Record<string, Access>> = {
  // Only platform beheerders create regions; the region's beheerders change their own.
  createRegion: PLATFORM,
  updateRegion: REGION_BEHEERDERS,
  // A person's identity (here: the docent's name) is changed only by that person or a platform beheerder.
  updatePerson: { allow: ['A:docent', 'platform'] },
  // People and direct memberships are a platform beheerder's act; a region's managers invite.
  createPerson: PLATFORM,
  erasePerson: PLATFORM,
  personErasure: PLATFORM,
  addMembership: PLATFORM,
  // The cases act on the docent's own sign-in links: only he and a platform beheerder (no region role).
  confirmOidcLink: { allow: ['A:docent', 'platform'] },
  removeOidcLink: { allow: ['A:docent', 'platform'] },
  // Only the invited person answers an invitation; for everyone else (platform beheerder included) it does not exist.
  acceptInvitation: { allow: [], hidden: SIGNED_IN_A },
  declineInvitation: { allow: [], hidden: SIGNED_IN_A },
  loketRequests: { allow: LOKET_READERS },
  loketCannedReplies: { allow: LOKET_READERS },
  loketRequest: LOKET_REQUEST,
  loketAuditLog: LOKET_REQUEST,
  replyToLoketRequest: LOKET_REQUEST,
  setLoketRequestStatus: LOKET_REQUEST_STAFF,
  assignLoketRequest: LOKET_REQUEST_STAFF,
  mergeLoketRequest: LOKET_REQUEST_STAFF,
  loketRoutingRules: LOKET_STAFF,
  addLoketRoutingRule: LOKET_STAFF,
  deleteLoketRoutingRule: LOKET_STAFF,
  loketSlaPolicy: LOKET_STAFF,
  logCompanyContact: LOKET_STAFF,
  exportLoketRequestsCsv: LOKET_STAFF,
  loketReport: LOKET_STAFF,
  saveLoketCannedReply: LOKET_STAFF,
  deleteLoketCannedReply: LOKET_STAFF,
  // A company's personal data (AVG inzage and erasure): the region's beheerders only.
  exportLoketCompany: REGION_BEHEERDERS,
  eraseLoketCompany: REGION_BEHEERDERS,
  updateWerkgroep: WERKGROEP_MANAGERS,
  archiveWerkgroep: WERKGROEP_MANAGERS,
  upsertWerkgroepMember: WERKGROEP_MANAGERS,
  removeWerkgroepMember: WERKGROEP_MANAGERS,
  werkgroepPosts: WERKGROEP_MEMBERS,
  createWerkgroepPost: WERKGROEP_MEMBERS,
  curriculum: WERKGROEP_MEMBERS,
  exportCurriculumCsv: WERKGROEP_MEMBERS,
  saveCurriculumItem: WERKGROEP_MEMBERS,
  importCurriculumCsv: WERKGROEP_MEMBERS,
  saveCurriculumPair: WERKGROEP_MEMBERS,
  werkgroepDocuments: WERKGROEP_MEMBERS,
  documentFolders: WERKGROEP_MEMBERS,
  searchWerkgroepDocuments: WERKGROEP_MEMBERS,
  draaiboek: WERKGROEP_MEMBERS,
  draaiboekVersion: WERKGROEP_MEMBERS,
  draaiboekDiff: WERKGROEP_MEMBERS,
  createDocumentFolder: WERKGROEP_MEMBERS,
  renameDocumentFolder: WERKGROEP_MEMBERS,
  deleteDocumentFolder: WERKGROEP_MEMBERS,
  saveDraaiboek: WERKGROEP_MEMBERS,
  documentMirrors: WERKGROEP_MEMBERS,
  teamsMirror: TEAMS_READERS,
  // Files changed in Teams by people: the group's members and the region's beheerders.
  teamsDrifts: TEAMS_READERS,
  teamsTenants: TEAMS_ADMINS,
  registerTeamsTenant: TEAMS_ADMINS,
  setTeamsTenantConsent: TEAMS_ADMINS,
  linkTeamsChannel: { ...TEAMS_ADMINS, hidden: OUTSIDERS_OF_GROUP },
  // Stories: the redacteur writes them, as do the region's managers.
  createStory: { allow: ['A:redacteur', ...MANAGERS] },
  // Personal data of story consent givers and newsletter subscribers: the region's beheerders only.
  storyConsentsOfPerson: REGION_BEHEERDERS,
  eraseStoryConsentsOfPerson: REGION_BEHEERDERS,
  newsletterSubscriptionsOf: REGION_BEHEERDERS,
  eraseNewsletterSubscriptionsOf: REGION_BEHEERDERS,
};

/**
 * Default per case for region A: `public` — everyone; `docentForbidden` — the region's verbinder
 * and beheerder and the platform beheerder; otherwise every signed-in person of region A.
 */
export function accessOf(name: string, c: AuthzCase): Access {
  return ACCESS_OVERRIDES[name] ?? { allow: c.public ? IDENTITIES : c.docentForbidden ? MANAGERS : SIGNED_IN_A };
}

/** The expectation of one (operation, identity) pair, from region A's access and the case's flags. */
export function expectationOf(access: Access, c: { public?: boolean; neutral?: boolean }, identity: Identity): Expectation {
  if (c.public) return 'allow';
  if (identity === 'anonymous') return 'deny';
  if (regionOf(identity) === 'B') {
    // Region B's people: refused everything of region A; a neutral operation that region A's same
    // role may call is theirs too, but whether it answers or refuses, nothing of region A leaks.
    if (!c.neutral) return 'deny';
    return expectationOf(access, c, twinInA(identity as `B:${Role}`)) === 'allow' ? 'any' : 'deny';
  }
  return access.allow.includes(identity) ? 'allow' : access.hidden?.includes(identity) ? 'hidden' : 'deny';
}
