import { amsterdamInstant, amsterdamParts } from '@verbinder/shared/time';
import { parseInstant, weeklyOccurrences } from './recurrence';

describe('weekly recurrence with a rotating host school', () => {
  const hosts = ['slingerbos', 'morgen', 'groevenbeek', 'landstede'];

  it('lists every Wednesday in the period and rotates the host', () => {
    const occ = weeklyOccurrences({ startDate: '2026-01-01', endDate: '2026-02-11', weekday: 3, hostSchoolIds: hosts });
    expect(occ.map((o) => o.date)).toEqual(['2026-01-07', '2026-01-14', '2026-01-21', '2026-01-28', '2026-02-04', '2026-02-11']);
    expect(occ.map((o) => o.hostSchoolId)).toEqual(['slingerbos', 'morgen', 'groevenbeek', 'landstede', 'slingerbos', 'morgen']);
  });

  it('includes the start date when it is the weekday and the end date when it is', () => {
    const occ = weeklyOccurrences({ startDate: '2026-01-07', endDate: '2026-01-21', weekday: 3, hostSchoolIds: hosts });
    expect(occ.map((o) => o.date)).toEqual(['2026-01-07', '2026-01-14', '2026-01-21']);
  });

  it('skips single dates and school holidays without using up a school’s turn', () => {
    const occ = weeklyOccurrences({
      startDate: '2026-02-01',
      endDate: '2026-03-11',
      weekday: 3,
      hostSchoolIds: hosts,
      skipDates: ['2026-02-04'],
      holidays: [{ startDate: '2026-02-14', endDate: '2026-02-22' }],
    });
    expect(occ.map((o) => o.date)).toEqual(['2026-02-11', '2026-02-25', '2026-03-04', '2026-03-11']);
    expect(occ.map((o) => o.hostSchoolId)).toEqual(['slingerbos', 'morgen', 'groevenbeek', 'landstede']);
    expect(occ.map((o) => o.index)).toEqual([0, 1, 2, 3]);
  });

  it('works without hosts and with an empty period', () => {
    expect(weeklyOccurrences({ startDate: '2026-01-01', endDate: '2026-01-08', weekday: 3, hostSchoolIds: [] })).toEqual([{ date: '2026-01-07', index: 0, hostSchoolId: null }]);
    expect(weeklyOccurrences({ startDate: '2026-01-08', endDate: '2026-01-13', weekday: 3, hostSchoolIds: hosts })).toEqual([]);
  });
});

describe('Europe/Amsterdam times', () => {
  it('converts wall-clock times in winter and summer', () => {
    expect(amsterdamInstant('2026-01-14', '13:30').toISOString()).toBe('2026-01-14T12:30:00.000Z');
    expect(amsterdamInstant('2026-07-01', '13:30').toISOString()).toBe('2026-07-01T11:30:00.000Z');
    // The Wednesday after the switch to summer time (29 March 2026).
    expect(amsterdamInstant('2026-04-01', '09:00').toISOString()).toBe('2026-04-01T07:00:00.000Z');
    expect(amsterdamParts(new Date('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30:00' });
  });

  it('accepts ISO date-times only with an offset', () => {
    expect(parseInstant('2026-03-04T09:00:00+01:00')?.toISOString()).toBe('2026-03-04T08:00:00.000Z');
    expect(parseInstant('2026-03-04T09:00Z')?.toISOString()).toBe('2026-03-04T09:00:00.000Z');
    expect(parseInstant('2026-03-04T09:00:00')).toBeNull();
    expect(parseInstant('morgen')).toBeNull();
    expect(parseInstant('2026-13-04T09:00:00Z')).toBeNull();
  });
});
