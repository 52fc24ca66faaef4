import type { RequestStatus, RequestType } from '@verbinder/shared/contracts';
/** Statuses: NIEUW until the first staff reply; WACHT_OP_BEDRIJF pauses the clock; AFGEROND stops it. */
export { REQUEST_STATUSES, REQUEST_TYPES } from '@verbinder/shared/contracts';
export type { RequestStatus, RequestType } from '@verbinder/shared/contracts';

export type MessageAuthor = 'BEDRIJF' | 'LOKET' | 'NOTITIE';

export interface Company {
  id: string;
  regionId: string;
  name: string;
  kvk: string;
  sector: string | null;
  location: string | null;
  createdAt: Date;
}

export interface LoketRequest {
  id: string;
  regionId: string;
  companyId: string;
  reference: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  type: RequestType;
  level: string | null;
  period: string | null;
  /** Structured period (inclusive `YYYY-MM-DD`), used for duplicate detection. */
  periodStart: string | null;
  periodEnd: string | null;
  capacity: number | null;
  message: string | null;
  /** What the form said about the company when its KvK number was already known (the record itself is not changed by an intake). */
  submittedCompany: SubmittedCompany | null;
  status: RequestStatus;
  /** Flagged on intake: an open request of the same company, similar type, overlapping period. */
  duplicateOfId: string | null;
  /** Set when staff merged this request into another (its messages moved there). */
  mergedIntoId: string | null;
  ownerId: string | null;
  schoolIds: string[];
  tokenHash: string;
  firstResponseAt: Date | null;
  pausedAt: Date | null;
  /** Clock milliseconds spent waiting for the company (not counted against the SLA). */
  pausedMs: number;
  closedAt: Date | null;
  /** Personal data erased (on request or after the retention period). */
  anonymisedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The company details typed on the intake form. */
export interface SubmittedCompany {
  name: string;
  sector: string | null;
  location: string | null;
}

export interface LoketMessage {
  id: string;
  requestId: string;
  /** The request the message was written on, when a merge moved it to another one. */
  originRequestId?: string | null;
  author: MessageAuthor;
  personId: string | null;
  authorName: string;
  body: string;
  createdAt: Date;
}

export interface RoutingRule {
  id: string;
  regionId: string;
  requestType: RequestType | null;
  sector: string | null;
  assigneeId: string;
  schoolIds: string[];
  createdAt: Date;
}

export interface SlaPolicy {
  regionId: string;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  /** Warn this long before a target is breached. */
  warnBeforeMinutes: number;
  /** Count business hours (default) or wall-clock time (24/7). */
  businessHours: boolean;
}

export interface SlaState {
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  elapsedMinutes: number;
  paused: boolean;
  firstResponseBreached: boolean;
  resolutionBreached: boolean;
  /** A target still running (the first response not given yet, or the completion of an open request) is past due. */
  overdue: boolean;
  /** Not overdue, the clock runs, and a running target is within the policy's warning lead (in the policy's time). */
  atRisk: boolean;
}

/** One approach of a company by a school: through the loket (routing) or logged by hand. */
export interface CompanyContact {
  id: string;
  regionId: string;
  companyId: string;
  schoolId: string | null;
  personId: string | null;
  channel: 'LOKET' | 'HANDMATIG';
  requestId: string | null;
  note: string | null;
  contactedAt: Date;
}

export interface IntakeInput {
  regionSlug: string;
  companyName: string;
  kvk: string;
  sector?: string | null;
  location?: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone?: string | null;
  type: string;
  level?: string | null;
  period?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  capacity?: number | null;
  message?: string | null;
  consent: boolean;
  /** Hidden field: people leave it empty. */
  website?: string | null;
  /** The signed token from `loketFormToken`, issued when the form was rendered. */
  formToken: string;
}

/** Inbox filters (all optional; combined with AND). */
export interface RequestFilter {
  statuses?: RequestStatus[] | null;
  types?: RequestType[] | null;
  schoolId?: string | null;
  /** Split to at least one of these schools (a school contact's inbox); an empty list matches nothing. */
  anySchoolIds?: string[] | null;
  ownerId?: string | null;
  /** Case-insensitive: company name, KvK number, reference or contact name. */
  search?: string | null;
  /** Leave out AFGEROND requests unless asked for. */
  includeClosed?: boolean;
}

export type SlaFilter = 'BREACHED' | 'AT_RISK';

export interface CannedReply {
  id: string;
  regionId: string;
  title: string;
  body: string;
  updatedAt: Date;
}

export type AuditAction = 'VIEWED' | 'CHANGED';

export interface AuditEntry {
  id: string;
  requestId: string;
  personId: string | null;
  personName: string;
  action: AuditAction;
  /** Short English key: reply, internal-note, status, assign, merge, export, erase, view. */
  what: string;
  at: Date;
}

export interface SignInLink {
  id: string;
  regionId: string;
  email: string;
  tokenHash: string;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}

export interface ReportRow {
  key: string;
  label: string;
  count: number;
  open: number;
  closed: number;
  medianFirstResponseMinutes: number | null;
  firstResponseMet: number;
  firstResponseBreached: number;
  resolutionMet: number;
  resolutionBreached: number;
}

export interface LoketReport {
  from: Date;
  to: Date;
  total: number;
  byType: ReportRow[];
  bySchool: ReportRow[];
}

/** The inbox filter as callers send it (checked by the service). */
export interface InboxFilter {
  status?: string[] | null;
  type?: string[] | null;
  schoolId?: string | null;
  ownerId?: string | null;
  /** Only requests the caller owns. */
  mine?: boolean | null;
  sla?: string | null;
  search?: string | null;
  includeClosed?: boolean | null;
}
