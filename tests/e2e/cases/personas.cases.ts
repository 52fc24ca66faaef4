// Who may call which GraphQL operation, per demo persona: the expectation of
// authorization-matrix.e2e-spec.ts. "Allowed" means the API does not answer FORBIDDEN or
// UNAUTHENTICATED (NOT_FOUND, CONFLICT or BAD_USER_INPUT from the domain count as allowed).
import type { AuthzCase } from './types';

/** The demo personas, least privileged first (the matrix runs them in this order). */
export const PERSONAS = ['anonymous', 'docent', 'redacteur', 'bestuurder', 'loket', 'verbinder', 'beheerder'] as const;
export type Persona = (typeof PERSONAS)[number];

const SIGNED_IN: readonly Persona[] = PERSONAS.filter((p) => p !== 'anonymous');

/**
 * What a persona may do with one operation: the personas it is allowed to, and those from which
 * the thing in the case is hidden (answered NOT_FOUND although it exists, so that a werkgroep or
 * loket request outside one's reach is not even confirmed). Everyone else is refused.
 */
export interface Access {
  allow: readonly Persona[];
  hidden?: readonly Persona[];
}

const MANAGERS: readonly Persona[] = ['verbinder', 'beheerder'];
const BEHEERDER: Access = { allow: ['beheerder'] };
/** The region's loket-medewerker, verbinder and beheerder handle loket requests. */
const LOKET_STAFF: Access = { allow: ['loket', ...MANAGERS] };
/**
 * Loket requests are read by the staff and by contacts of the schools they were routed to: the
 * docent (Morgen College) and the bestuurder (Groevenbeek) list their own; the bestuurder does
 * not see Morgen College's request.
 */
const LOKET_READERS: readonly Persona[] = ['docent', 'bestuurder', 'loket', ...MANAGERS];
const LOKET_REQUEST: Access = { allow: ['docent', 'loket', ...MANAGERS], hidden: ['bestuurder'] };
const LOKET_REQUEST_STAFF: Access = { allow: ['loket', ...MANAGERS], hidden: ['bestuurder'] };
/** Werkgroep content is for members only (the docent is in the Engels group), not for managers. */
const WERKGROEP_MEMBERS: Access = { allow: ['docent'], hidden: ['redacteur', 'bestuurder', 'loket'] };
const WERKGROEP_MANAGERS: Access = { allow: MANAGERS, hidden: ['redacteur', 'bestuurder', 'loket'] };

/** Operations whose access differs from the default (reviewed one by one). */
export const ACCESS_OVERRIDES: Readonly<Record<string, Access>> = {
  // Only platform beheerders create regions and change them.
  createRegion: BEHEERDER,
  updateRegion: BEHEERDER,
  // The case edits the docent's own record: he and the managers may.
  updatePerson: { allow: ['docent', ...MANAGERS] },
  // The cases act on the docent's own sign-in links: only he and a platform beheerder (no region role).
  confirmOidcLink: { allow: ['docent', 'beheerder'] },
  removeOidcLink: { allow: ['docent', 'beheerder'] },
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
  // A company's personal data (AVG inzage and erasure): platform beheerders only.
  exportLoketCompany: BEHEERDER,
  eraseLoketCompany: BEHEERDER,
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
  // The Teams mirror of a werkgroep: members read it; platform beheerders manage tenants and links.
  teamsMirror: { allow: ['docent', 'beheerder'], hidden: ['redacteur', 'bestuurder', 'loket'] },
  // Files changed in Teams by people: the group's members and the region's beheerders.
  teamsDrifts: { allow: ['docent', 'beheerder'], hidden: ['redacteur', 'bestuurder', 'loket'] },
  teamsTenants: BEHEERDER,
  registerTeamsTenant: BEHEERDER,
  setTeamsTenantConsent: BEHEERDER,
  linkTeamsChannel: { allow: ['beheerder'], hidden: ['redacteur', 'bestuurder', 'loket'] },
  // Stories: the redacteur writes them, as do the region's managers.
  createStory: { allow: ['redacteur', ...MANAGERS] },
  // Personal data of story consent givers and newsletter subscribers: platform beheerders only.
  storyConsentsOfPerson: BEHEERDER,
  eraseStoryConsentsOfPerson: BEHEERDER,
  newsletterSubscriptionsOf: BEHEERDER,
  eraseNewsletterSubscriptionsOf: BEHEERDER,
};

/**
 * Default per case: `public` — everyone; `docentForbidden` — the region's verbinder and the
 * platform beheerder; otherwise every signed-in persona.
 */
export function accessOf(name: string, c: AuthzCase): Access {
  return ACCESS_OVERRIDES[name] ?? { allow: c.public ? PERSONAS : c.docentForbidden ? MANAGERS : SIGNED_IN };
}
