export const CURRICULUM_SIDES = ['VO', 'MBO'] as const;
export type CurriculumSide = (typeof CURRICULUM_SIDES)[number];

/** Kinds of item on the vo side (the PTA and the exam programme). */
export const VO_ITEM_KINDS = ['PTA_COMPONENT', 'PROFIEL', 'KEUZEVAK', 'EINDTERM'] as const;
/** Kinds of item on the mbo side (the OER and the qualification file). */
export const MBO_ITEM_KINDS = ['OER_COMPONENT', 'KEUZEDEEL', 'KWALIFICATIE_ONDERDEEL'] as const;
export const CURRICULUM_ITEM_KINDS = [...VO_ITEM_KINDS, ...MBO_ITEM_KINDS] as const;
export type CurriculumItemKind = (typeof CURRICULUM_ITEM_KINDS)[number];

export const CURRICULUM_RELATIONS = ['OVERLAP', 'GAP', 'FIT'] as const;
export type CurriculumRelation = (typeof CURRICULUM_RELATIONS)[number];

export const CURRICULUM_DECISIONS = ['SCHRAPPEN', 'VERDIEPEN', 'VERBREDEN', 'VERSNELLEN'] as const;
export type CurriculumDecision = (typeof CURRICULUM_DECISIONS)[number];

export const SIDE_LABEL: Record<CurriculumSide, string> = { VO: 'vo', MBO: 'mbo' };

export const KIND_LABEL: Record<CurriculumItemKind, string> = {
  PTA_COMPONENT: 'PTA-onderdeel',
  PROFIEL: 'Profiel',
  KEUZEVAK: 'Keuzevak',
  EINDTERM: 'Eindterm',
  OER_COMPONENT: 'OER-onderdeel',
  KEUZEDEEL: 'Keuzedeel',
  KWALIFICATIE_ONDERDEEL: 'Kwalificatie-onderdeel',
};

export const RELATION_LABEL: Record<CurriculumRelation, string> = { OVERLAP: 'Overlap', GAP: 'Gat', FIT: 'Sluit aan' };

export const DECISION_LABEL: Record<CurriculumDecision, string> = { SCHRAPPEN: 'Schrappen', VERDIEPEN: 'Verdiepen', VERBREDEN: 'Verbreden', VERSNELLEN: 'Versnellen' };

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
