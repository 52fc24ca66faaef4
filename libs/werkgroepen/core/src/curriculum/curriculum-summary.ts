import { CURRICULUM_DECISIONS, CurriculumDecision, CurriculumItem, CurriculumPair, CurriculumSummary } from './curriculum.types';

/**
 * One mbo study year in studiebelastingsuren: the WEB (Wet educatie en beroepsonderwijs)
 * norm of 1600 hours of studiebelasting for a full-time (BOL) study year.
 * The Wet doorlopende leerroutes vmbo-mbo allows a route to be shortened by at most one year,
 * so 1600 hours is the most a comparison can free.
 */
export const MBO_STUDY_YEAR_HOURS = 1600;

/**
 * Decisions whose hours shorten the route. SCHRAPPEN (drop what the student already did) and
 * VERSNELLEN (go through it faster) free time; VERDIEPEN and VERBREDEN spend the same time on
 * more depth or breadth, so their hours do not count towards the shortening.
 */
export const SHORTENING_DECISIONS: readonly CurriculumDecision[] = ['SCHRAPPEN', 'VERSNELLEN'];

/** The summary of a group's comparison. Pure, so it is unit-tested without a database. */
export function summarizeCurriculum(items: readonly Pick<CurriculumItem, 'side'>[], pairs: readonly Pick<CurriculumPair, 'relation' | 'decision' | 'hoursFreed'>[]): CurriculumSummary {
  const decided = pairs.filter((p) => p.decision !== null);
  const hoursFreed = decided.filter((p) => SHORTENING_DECISIONS.includes(p.decision as CurriculumDecision)).reduce((sum, p) => sum + p.hoursFreed, 0);
  return {
    voItems: items.filter((i) => i.side === 'VO').length,
    mboItems: items.filter((i) => i.side === 'MBO').length,
    pairs: pairs.length,
    overlaps: pairs.filter((p) => p.relation === 'OVERLAP').length,
    gaps: pairs.filter((p) => p.relation === 'GAP').length,
    fits: pairs.filter((p) => p.relation === 'FIT').length,
    decided: decided.length,
    undecided: pairs.length - decided.length,
    hoursFreed,
    maxShorteningHours: MBO_STUDY_YEAR_HOURS,
    shareOfMaximum: hoursFreed / MBO_STUDY_YEAR_HOURS,
    byDecision: CURRICULUM_DECISIONS.map((decision) => {
      const withDecision = decided.filter((p) => p.decision === decision);
      return { decision, pairs: withDecision.length, hours: withDecision.reduce((sum, p) => sum + p.hoursFreed, 0) };
    }),
  };
}
