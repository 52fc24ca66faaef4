import { MBO_STUDY_YEAR_HOURS, summarizeCurriculum } from './curriculum-summary';
import type { CurriculumDecision, CurriculumRelation } from './curriculum.types';

const pair = (relation: CurriculumRelation, decision: CurriculumDecision | null, hoursFreed = 0) => ({ relation, decision, hoursFreed });

describe('curriculum summary', () => {
  it('counts items, relations and decisions, and only schrappen/versnellen towards the shortening', () => {
    const items = [{ side: 'VO' as const }, { side: 'VO' as const }, { side: 'MBO' as const }];
    const summary = summarizeCurriculum(items, [
      pair('OVERLAP', 'SCHRAPPEN', 60),
      pair('OVERLAP', 'VERSNELLEN', 30),
      pair('GAP', 'VERBREDEN', 40),
      pair('FIT', 'VERDIEPEN', 10),
      pair('OVERLAP', null),
    ]);
    expect(summary).toMatchObject({ voItems: 2, mboItems: 1, pairs: 5, overlaps: 3, gaps: 1, fits: 1, decided: 4, undecided: 1, hoursFreed: 90, maxShorteningHours: 1600 });
    expect(summary.shareOfMaximum).toBeCloseTo(90 / 1600);
    expect(summary.byDecision).toEqual([
      { decision: 'SCHRAPPEN', pairs: 1, hours: 60 },
      { decision: 'VERDIEPEN', pairs: 1, hours: 10 },
      { decision: 'VERBREDEN', pairs: 1, hours: 40 },
      { decision: 'VERSNELLEN', pairs: 1, hours: 30 },
    ]);
  });

  it('measures against one mbo study year of 1600 hours, and can exceed it', () => {
    expect(MBO_STUDY_YEAR_HOURS).toBe(1600);
    const full = summarizeCurriculum([], [pair('OVERLAP', 'SCHRAPPEN', 1600)]);
    expect(full.shareOfMaximum).toBe(1);
    const over = summarizeCurriculum([], [pair('OVERLAP', 'SCHRAPPEN', 1200), pair('OVERLAP', 'VERSNELLEN', 800)]);
    expect(over.hoursFreed).toBe(2000);
    expect(over.shareOfMaximum).toBe(1.25);
  });

  it('is all zero for an empty comparison', () => {
    const empty = summarizeCurriculum([], []);
    expect(empty).toMatchObject({ pairs: 0, decided: 0, undecided: 0, hoursFreed: 0, shareOfMaximum: 0 });
    expect(empty.byDecision.every((d) => d.pairs === 0 && d.hours === 0)).toBe(true);
  });
});
