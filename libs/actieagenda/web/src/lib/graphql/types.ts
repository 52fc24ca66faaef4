/** Hand-written types for the parts of the actieagenda contract (actieagenda.graphql) these screens select. */
export type ActieStatus = 'OP_KOERS' | 'RISICO' | 'ACHTER' | 'GEPAUZEERD';
export type ActieClosure = 'BEHAALD' | 'DEELS' | 'GEMIST' | 'GESTOPT';
export type ProgressMode = 'DIRECT' | 'SUB_ACTIES';
export type ReviewOutcome = 'RELEVANT_EN_HAALBAAR' | 'BIJSTELLEN' | 'STOPPEN';
export type Trend = 'STIJGEND' | 'GELIJK' | 'DALEND';
export type MembershipLayer = 'BESTUURLIJK' | 'MANAGEMENT' | 'PROFESSIONEEL';
export type SchoolKind = 'VO' | 'MBO' | 'BOTH';
/** ActieHistoryEntry.kind */
export type HistoryKind = 'CHECK_IN' | 'BIJSTELLING' | 'REVIEW_REQUESTED' | 'REVIEW_DECIDED' | 'DECISION' | 'CLOSED' | 'CREATED';

export interface Named {
  id: string;
  name: string;
}

export interface RegionRef {
  id: string;
  slug: string;
  name: string;
}

/** The region as the actieagenda screens need it (found by slug). */
export interface ActieagendaRegion extends RegionRef {
  canManage: boolean;
  schools: (Named & { kind: SchoolKind })[];
}

export interface PersonOption extends Named {
  email: string;
}

export interface SubActieSummary {
  id: string;
  title: string;
  status: ActieStatus;
  progress: number;
  closure: ActieClosure | null;
  overdue: boolean;
  nextCheckInDue: string | null;
}

/** An actie as listed on the dashboard (and the base of the other actie selections). */
export interface ActieSummary {
  id: string;
  title: string;
  description: string | null;
  target: string | null;
  leadSchool: Named | null;
  partnerSchools: Named[];
  owners: Named[];
  periodStart: string | null;
  periodEnd: string | null;
  status: ActieStatus;
  closure: ActieClosure | null;
  closedAt: string | null;
  progressMode: ProgressMode;
  progress: number;
  trend: Trend;
  cadenceDays: number;
  nextCheckInDue: string | null;
  overdue: boolean;
  canEdit: boolean;
  canCheckIn: boolean;
  parent: { id: string; title: string } | null;
  subActies: SubActieSummary[];
}

export interface Actielijn {
  id: string;
  number: number;
  title: string;
  description: string | null;
  focusYears: number[];
  inFocus: boolean;
  progress: number;
  status: ActieStatus | null;
  trend: Trend;
  acties: ActieSummary[];
}

export interface Actieagenda {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  progress: number;
  status: ActieStatus | null;
  canEdit: boolean;
  overdueCount: number;
  region: RegionRef;
  lines: Actielijn[];
}

/** Just enough of the agenda for the meeting page. */
export interface ActieagendaRef {
  id: string;
  title: string;
  canEdit: boolean;
}

export interface CheckIn {
  id: string;
  author: Named;
  date: string;
  status: ActieStatus;
  progress: number;
  text: string;
  evidenceLinks: string[];
  createdAt: string;
}

export interface Review {
  id: string;
  requestedBy: Named;
  requestedAt: string;
  question: string | null;
  outcome: ReviewOutcome | null;
  decidedBy: Named | null;
  decidedAt: string | null;
  note: string | null;
}

export interface Bijstelling {
  id: string;
  author: Named;
  what: string;
  why: string;
  before: string | null;
  after: string | null;
  createdAt: string;
}

export interface Decision {
  id: string;
  author: Named;
  text: string;
  meetingDate: string;
  createdAt: string;
}

export interface ActieHistoryEntry {
  kind: HistoryKind | string;
  at: string;
  /** The day the entry is about (a check-in's date), "YYYY-MM-DD"; the history is ordered by it. */
  date: string | null;
  actorName: string | null;
  summary: string;
}

/** An actie on the meeting page: summary, its line and the latest check-in. */
export interface MeetingActie extends ActieSummary {
  actielijn: { id: string; number: number; title: string };
  latestCheckIn: CheckIn | null;
  reviews: Review[];
}

/** The actie page. */
export interface ActieDetail extends MeetingActie {
  isPublic: boolean;
  publicSummary: string | null;
  leadSchool: (Named & { region: RegionRef }) | null;
  partnerSchools: (Named & { region: RegionRef })[];
  history: ActieHistoryEntry[];
}

export interface AchtjeLayer {
  layer: MembershipLayer;
  engaged: boolean;
  people: Named[];
  lastActiveAt: string | null;
}

export interface AchtjeSchool {
  school: Named & { kind: SchoolKind };
  layers: AchtjeLayer[];
}

export interface ImportResult {
  created: number;
  updated: number;
  lines: number;
}

// Inputs (as in the contract)

export interface ActieFilter {
  schoolId?: string;
  ownerId?: string;
  status?: ActieStatus;
  includeClosed?: boolean;
}

export interface CreateActieagendaInput {
  regionId: string;
  title: string;
  periodStart: string;
  periodEnd: string;
}

export interface ActielijnInput {
  agendaId: string;
  number: number;
  title: string;
  description: string | null;
  focusYears: number[];
}

export interface ActieInput {
  actielijnId: string;
  parentId: string | null;
  title: string;
  description: string | null;
  target: string | null;
  leadSchoolId: string | null;
  partnerSchoolIds: string[];
  ownerIds: string[];
  periodStart: string | null;
  periodEnd: string | null;
  progressMode: ProgressMode;
  cadenceDays: number;
}

export interface CheckInInput {
  actieId: string;
  date: string | null;
  status: ActieStatus;
  progress: number;
  text: string;
  evidenceLinks: string[];
}

export interface BijstellingInput {
  actieId: string;
  what: string;
  why: string;
  before: string | null;
  after: string | null;
}

/** socket.io 'actieagenda:changed' payload (ActieagendaChange as JSON). */
export interface ActieagendaChangeDto {
  agendaId: string;
  actieId: string | null;
  kind: string;
  actorName: string | null;
  at: string;
}

/** socket.io 'meeting:presence' payload. */
export interface MeetingPresenceDto {
  agendaId: string;
  people: { personId: string; name: string }[];
}
