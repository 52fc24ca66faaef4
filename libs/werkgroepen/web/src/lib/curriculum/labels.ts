import { CURRICULUM_DECISION_TEXT, CURRICULUM_ITEM_KIND_TEXT, CURRICULUM_RELATION_TEXT, CURRICULUM_SIDE_TEXT } from '@verbinder/shared/contracts';
import type { CurriculumDecision, CurriculumItemKind, CurriculumRelation, CurriculumSide } from './operations';

export const SIDE_TEXT: Record<CurriculumSide, string> = CURRICULUM_SIDE_TEXT;

export const KIND_TEXT: Record<CurriculumItemKind, string> = CURRICULUM_ITEM_KIND_TEXT;

export const KINDS_BY_SIDE: Record<CurriculumSide, CurriculumItemKind[]> = {
  VO: ['PTA_COMPONENT', 'PROFIEL', 'KEUZEVAK', 'EINDTERM'],
  MBO: ['OER_COMPONENT', 'KEUZEDEEL', 'KWALIFICATIE_ONDERDEEL'],
};

export const RELATION_TEXT: Record<CurriculumRelation, string> = CURRICULUM_RELATION_TEXT;
export const RELATION_HINT: Record<CurriculumRelation, string> = {
  OVERLAP: 'Beide kanten doen hetzelfde ("dit hebben we al gehad")',
  GAP: 'Het mbo verwacht iets wat het vo niet geeft',
  FIT: 'Het vo legt de basis waarop het mbo voortbouwt',
};

export const DECISION_TEXT: Record<CurriculumDecision, string> = CURRICULUM_DECISION_TEXT;

export const RELATIONS: CurriculumRelation[] = ['OVERLAP', 'GAP', 'FIT'];
export const DECISIONS: CurriculumDecision[] = ['SCHRAPPEN', 'VERDIEPEN', 'VERBREDEN', 'VERSNELLEN'];

/** Decisions whose hours shorten the route (the server counts only these). */
export const SHORTENING: CurriculumDecision[] = ['SCHRAPPEN', 'VERSNELLEN'];

export const hours = (n: number) => `${n.toLocaleString('nl-NL')} uur`;
