import type { ActieClosure, ActieStatus, ReviewOutcome } from '@verbinder/shared/contracts';

export type { ActieClosure, ActieStatus, ReviewOutcome } from '@verbinder/shared/contracts';
export type ProgressMode = 'DIRECT' | 'SUB_ACTIES';
export type Trend = 'STIJGEND' | 'GELIJK' | 'DALEND';

export const ACTIE_STATUSES: readonly ActieStatus[] = ['OP_KOERS', 'RISICO', 'ACHTER', 'GEPAUZEERD'];
export const ACTIE_CLOSURES: readonly ActieClosure[] = ['BEHAALD', 'DEELS', 'GEMIST', 'GESTOPT'];
export const PROGRESS_MODES: readonly ProgressMode[] = ['DIRECT', 'SUB_ACTIES'];
export const REVIEW_OUTCOMES: readonly ReviewOutcome[] = ['RELEVANT_EN_HAALBAAR', 'BIJSTELLEN', 'STOPPEN'];

export interface Actieagenda {
  id: string;
  regionId: string;
  title: string;
  periodStart: string;
  periodEnd: string;
}

export interface Actielijn {
  id: string;
  agendaId: string;
  number: number;
  title: string;
  description: string | null;
  focusYears: number[];
}

export interface Actie {
  id: string;
  agendaId: string;
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
  /** The status last reported (by a check-in); see rollup.ts for the derived status. */
  status: ActieStatus;
  closure: ActieClosure | null;
  closedAt: Date | null;
  progressMode: ProgressMode;
  /** The progress last reported; SUB_ACTIES derive theirs. */
  progress: number;
  cadenceDays: number;
  nextCheckInDue: string | null;
  isPublic: boolean;
  publicSummary: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CheckIn {
  id: string;
  actieId: string;
  authorId: string;
  date: string;
  status: ActieStatus;
  progress: number;
  text: string;
  evidenceLinks: string[];
  createdAt: Date;
}

export interface Bijstelling {
  id: string;
  actieId: string;
  authorId: string;
  what: string;
  why: string;
  before: string | null;
  after: string | null;
  createdAt: Date;
}

export interface Review {
  id: string;
  actieId: string;
  requestedById: string;
  requestedAt: Date;
  question: string | null;
  outcome: ReviewOutcome | null;
  decidedById: string | null;
  decidedAt: Date | null;
  note: string | null;
}

export interface Decision {
  id: string;
  actieId: string;
  authorId: string;
  text: string;
  meetingDate: string;
  createdAt: Date;
}

/** Everything the dashboard needs for one agenda, loaded with a constant number of statements. */
export interface AgendaData {
  agenda: Actieagenda;
  lines: Actielijn[];
  acties: Actie[];
  latestCheckIns: CheckIn[];
  /** Per actie: the progress reported on or before the trend reference date (28 days ago). */
  progressThen: Map<string, number>;
}

export interface ActieInput {
  actielijnId: string;
  parentId?: string | null;
  title: string;
  description?: string | null;
  target?: string | null;
  leadSchoolId?: string | null;
  partnerSchoolIds?: string[] | null;
  ownerIds?: string[] | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  progressMode?: ProgressMode | null;
  cadenceDays?: number | null;
}

export interface CheckInInput {
  actieId: string;
  date?: string | null;
  status: ActieStatus;
  progress: number;
  text: string;
  evidenceLinks?: string[] | null;
}

export interface BijstellingInput {
  actieId: string;
  what: string;
  why: string;
  before?: string | null;
  after?: string | null;
}

export interface HistoryEntry {
  kind: 'CREATED' | 'CHECK_IN' | 'BIJSTELLING' | 'REVIEW_REQUESTED' | 'REVIEW_DECIDED' | 'DECISION' | 'CLOSED';
  /** When it was recorded. */
  at: Date;
  /** The day it is about when that is its own (a check-in's date, "YYYY-MM-DD"); the history is ordered by it. */
  date: string | null;
  actorId: string | null;
  summary: string;
}
