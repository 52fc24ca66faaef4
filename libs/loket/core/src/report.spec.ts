import { buildReport, median, ReportItem } from './report';

const item = (over: Partial<ReportItem['request']>, sla: Partial<ReportItem['sla']> = {}, minutes: number | null = null): ReportItem => ({
  request: { type: 'GASTLES', schoolIds: [], status: 'NIEUW', firstResponseAt: null, closedAt: null, ...over },
  sla: { firstResponseBreached: false, resolutionBreached: false, ...sla },
  firstResponseMinutes: minutes,
});

describe('loket reports', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 20, 31, 100])).toBe(26);
  });

  it('counts a split request for every school and keeps met and breached apart', () => {
    const at = new Date('2027-01-04T09:00:00Z');
    const items = [
      item({ schoolIds: ['a', 'b'], status: 'AFGEROND', firstResponseAt: at, closedAt: at }, {}, 30),
      item({ schoolIds: ['a'], status: 'IN_BEHANDELING', firstResponseAt: at }, { firstResponseBreached: true }, 600),
      item({ schoolIds: [] }, { firstResponseBreached: true, resolutionBreached: true }),
    ];
    const rows = buildReport(
      items,
      (i) => (i.request.schoolIds.length ? i.request.schoolIds : ['none']),
      (k) => k.toUpperCase(),
    );
    expect(rows.map((r) => [r.key, r.count])).toEqual([
      ['a', 2],
      ['b', 1],
      ['none', 1],
    ]);
    expect(rows[0]).toEqual({
      key: 'a',
      label: 'A',
      count: 2,
      open: 1,
      closed: 1,
      medianFirstResponseMinutes: 315,
      firstResponseMet: 1,
      firstResponseBreached: 1,
      resolutionMet: 1,
      resolutionBreached: 0,
    });
    expect(rows[2]).toMatchObject({ medianFirstResponseMinutes: null, firstResponseMet: 0, firstResponseBreached: 1, resolutionBreached: 1, resolutionMet: 0 });
  });
});
