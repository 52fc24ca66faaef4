import { schijnsamenwerking } from './signal';

const interval = (posts: number, documentVersions = 0, decisions = 0) => ({ from: new Date('2026-10-07T12:00:00Z'), to: new Date('2026-10-14T12:00:00Z'), posts, documentVersions, decisions });

describe('schijnsamenwerking signal', () => {
  it('flags a group that meets weekly but does little in between', () => {
    const signal = schijnsamenwerking(4, [interval(0), interval(1), interval(2)]);
    expect(signal).toMatchObject({ meetings: 4, intervals: 3, activeIntervals: 1, posts: 3, flagged: true });
    expect(signal.summary).toContain('weinig');
  });

  it('does not flag a group that works between its meetings', () => {
    const signal = schijnsamenwerking(3, [interval(1, 1), interval(0, 0, 2)]);
    expect(signal).toMatchObject({ activeIntervals: 2, documentVersions: 1, decisions: 2, flagged: false });
  });

  it('does not judge a group with fewer than two meetings', () => {
    expect(schijnsamenwerking(0, []).flagged).toBe(false);
    expect(schijnsamenwerking(1, []).summary).toContain('te vroeg');
  });

  it('treats exactly half the intervals active as enough', () => {
    expect(schijnsamenwerking(3, [interval(2), interval(0)]).flagged).toBe(false);
  });
});
