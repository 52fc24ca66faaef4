import { VO_ITEM_KINDS } from '@verbinder/shared/contracts';
import type { CurriculumDecision, CurriculumItemKind, CurriculumRelation, CurriculumSide } from '@verbinder/shared/contracts';

export {
  CURRICULUM_DECISIONS,
  CURRICULUM_ITEM_KINDS,
  CURRICULUM_RELATIONS,
  CURRICULUM_SIDES,
  MBO_ITEM_KINDS,
  VO_ITEM_KINDS,
  CURRICULUM_DECISION_TEXT as DECISION_LABEL,
  CURRICULUM_ITEM_KIND_TEXT as KIND_LABEL,
  CURRICULUM_RELATION_TEXT as RELATION_LABEL,
  CURRICULUM_SIDE_TEXT as SIDE_LABEL,
} from '@verbinder/shared/contracts';
export type { CurriculumDecision, CurriculumItemKind, CurriculumRelation, CurriculumSide } from '@verbinder/shared/contracts';

export const sideOfKind = (kind: CurriculumItemKind): CurriculumSide => ((VO_ITEM_KINDS as readonly string[]).includes(kind) ? 'VO' : 'MBO');

export interface CurriculumItem {
  id: string;
  werkgroepId: string;
  side: CurriculumSide;
  kind: CurriculumItemKind;
  code: string;
  title: string;
  description: string | null;
  schoolId: string | null;
  studyHours: number | null;
  createdAt: Date;
}

export interface CurriculumPair {
  id: string;
  werkgroepId: string;
  voItemId: string;
  mboItemId: string;
  relation: CurriculumRelation;
  decision: CurriculumDecision | null;
  ownerId: string | null;
  hoursFreed: number;
  note: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A pair with both of its items, as the comparison shows it. */
export interface CurriculumPairView extends CurriculumPair {
  voItem: CurriculumItem;
  mboItem: CurriculumItem;
}

export interface CurriculumDecisionCount {
  decision: CurriculumDecision;
  pairs: number;
  /** Hours recorded on pairs with this decision (whether or not they shorten the route). */
  hours: number;
}

export interface CurriculumSummary {
  voItems: number;
  mboItems: number;
  pairs: number;
  overlaps: number;
  gaps: number;
  fits: number;
  decided: number;
  undecided: number;
  /** Hours that shorten the route: decided pairs with SCHRAPPEN or VERSNELLEN. */
  hoursFreed: number;
  maxShorteningHours: number;
  /** hoursFreed / maxShorteningHours; above 1 means more than the law allows. */
  shareOfMaximum: number;
  byDecision: CurriculumDecisionCount[];
}

export interface Curriculum {
  werkgroepId: string;
  items: CurriculumItem[];
  pairs: CurriculumPairView[];
  summary: CurriculumSummary;
}

export interface CurriculumItemInput {
  id?: string | null;
  werkgroepId: string;
  side: string;
  kind: string;
  code: string;
  title: string;
  description?: string | null;
  schoolId?: string | null;
  studyHours?: number | null;
}

export interface CurriculumPairInput {
  id?: string | null;
  werkgroepId: string;
  voItemId: string;
  mboItemId: string;
  relation: string;
  decision?: string | null;
  ownerId?: string | null;
  hoursFreed?: number | null;
  note?: string | null;
}

export interface CurriculumImportResult {
  created: number;
  updated: number;
}

export type CurriculumItemWrite = Omit<CurriculumItem, 'id' | 'createdAt'>;
export type CurriculumPairWrite = Omit<CurriculumPair, 'id' | 'createdAt' | 'updatedAt'>;
