import type { CurriculumDecision, CurriculumItemKind, CurriculumRelation, CurriculumSide } from './operations';

export const SIDE_TEXT: Record<CurriculumSide, string> = { VO: 'vo', MBO: 'mbo' };

export const KIND_TEXT: Record<CurriculumItemKind, string> = {
  PTA_COMPONENT: 'PTA-onderdeel',
  PROFIEL: 'Profiel',
  KEUZEVAK: 'Keuzevak',
  EINDTERM: 'Eindterm',
  OER_COMPONENT: 'OER-onderdeel',
  KEUZEDEEL: 'Keuzedeel',
  KWALIFICATIE_ONDERDEEL: 'Kwalificatie-onderdeel',
};

export const KINDS_BY_SIDE: Record<CurriculumSide, CurriculumItemKind[]> = {
  VO: ['PTA_COMPONENT', 'PROFIEL', 'KEUZEVAK', 'EINDTERM'],
  MBO: ['OER_COMPONENT', 'KEUZEDEEL', 'KWALIFICATIE_ONDERDEEL'],
};

export const RELATION_TEXT: Record<CurriculumRelation, string> = { OVERLAP: 'Overlap', GAP: 'Gat', FIT: 'Sluit aan' };
export const RELATION_HINT: Record<CurriculumRelation, string> = {
  OVERLAP: 'Beide kanten doen hetzelfde ("dit hebben we al gehad")',
  GAP: 'Het mbo verwacht iets wat het vo niet geeft',
  FIT: 'Het vo legt de basis waarop het mbo voortbouwt',
};

export const DECISION_TEXT: Record<CurriculumDecision, string> = { SCHRAPPEN: 'Schrappen', VERDIEPEN: 'Verdiepen', VERBREDEN: 'Verbreden', VERSNELLEN: 'Versnellen' };

export const RELATIONS: CurriculumRelation[] = ['OVERLAP', 'GAP', 'FIT'];
export const DECISIONS: CurriculumDecision[] = ['SCHRAPPEN', 'VERDIEPEN', 'VERBREDEN', 'VERSNELLEN'];

/** Decisions whose hours shorten the route (the server counts only these). */
export const SHORTENING: CurriculumDecision[] = ['SCHRAPPEN', 'VERSNELLEN'];

export const hours = (n: number) => `${n.toLocaleString('nl-NL')} uur`;
