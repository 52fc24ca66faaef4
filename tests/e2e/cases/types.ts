// Shared shapes of the authorization and bad-input tables; each domain adds its cases in a
// file of its own here (tests/e2e/cases/<domain>.cases.ts), merged by the two suites.
import type { DemoIds } from '../../support/fixtures';
import type { LoketIds } from '../../support/loket-fixtures';
import type { MeetupIds } from '../../support/meetups-fixtures';
import type { CurriculumIds, WerkgroepIds } from '../../support/werkgroepen-fixtures';

// CurriculumIds are filled in after the others (they are read as a member of the Engels group).
export type Ids = DemoIds &
  MeetupIds &
  LoketIds &
  WerkgroepIds &
  Partial<CurriculumIds> & {
    docentFeedId: string;
    /** An open invitation into region A of someone who is none of the tested people (only that person could answer it); set by authzIds. */
    othersInvitationId?: string;
    /** A member of region A who is none of the tested people, made to be erased (erasePerson); set by authzIds. */
    erasablePersonId?: string;
    /** A school of the caller's own region (the two-region matrix sets it for region B's people; otherwise schoolId). */
    callerSchoolId?: string;
  };

/** One GraphQL operation in the authorization table. */
export interface AuthzCase {
  doc: string;
  vars?: (ids: Ids) => Record<string, unknown>;
  /** Anonymous visitors may call it. */
  public?: boolean;
  /**
   * Not about an object of a region (one's own account, notifications, the list of regions, the
   * people directory): region B's people get what region A's same role gets, and the answer must
   * not carry region A's data.
   */
  neutral?: boolean;
  /** A signed-in docent (no manager role) is refused with FORBIDDEN; otherwise the docent may call it. */
  docentForbidden?: boolean;
  /** The docent may call it, but the demo state makes it answer this code (e.g. nothing to claim, a group he is not in). */
  docentCode?: string;
}

/** Demo personas a bad-input case can run as (default: the platform beheerder). */
export type CasePersona = 'beheerder' | 'verbinder' | 'docent';

/** One bad input to one mutation: the stable error code it must get, and nothing written. */
export interface BadCase {
  mutation: string;
  doc: string;
  vars?: (ids: Ids) => Record<string, unknown>;
  code: string;
  /** Extra expectations on the error (rule, field). */
  extensions?: Record<string, unknown>;
  /** Who sends it (members-only operations need a member). */
  as?: CasePersona;
}

/** An operation for staff only: a signed-in docent (no manager role) is refused with FORBIDDEN (see AuthzCase.docentForbidden). */
export const staffOnly = (doc: string, vars?: AuthzCase['vars']): AuthzCase => ({ doc, ...(vars ? { vars } : {}), docentForbidden: true });
