import { addBusinessMs, businessMsBetween, elapsedMs, isBusinessDay } from './business-hours';

const H = 3600_000;
// 2026-03-06 is a Friday; 2026-03-09 a Monday; CET (UTC+1) in March before the DST change.
const at = (iso: string) => new Date(iso);

describe('business-hour arithmetic (08:30–17:00 Europe/Amsterdam, Mon–Fri, minus holidays)', () => {
  it('counts only working hours across a weekend', () => {
    // Friday 16:00 → Monday 09:30: one hour on Friday, one on Monday.
    expect(businessMsBetween(at('2026-03-06T15:00:00Z'), at('2026-03-09T08:30:00Z'), [])).toBe(2 * H);
    // A full week: five days of 8.5 hours.
    expect(businessMsBetween(at('2026-03-09T00:00:00+01:00'), at('2026-03-16T00:00:00+01:00'), [])).toBe(5 * 8.5 * H);
  });

  it('skips a region holiday', () => {
    const holidays = [{ startDate: '2026-03-09', endDate: '2026-03-09' }];
    expect(isBusinessDay('2026-03-09', holidays)).toBe(false);
    expect(businessMsBetween(at('2026-03-06T15:00:00Z'), at('2026-03-10T08:30:00Z'), holidays)).toBe(2 * H);
  });

  it('adds business time over a weekend and a holiday', () => {
    // Four business hours from Friday 15:00 (local): two on Friday, Monday is a holiday, two on Tuesday → 10:30.
    const holidays = [{ startDate: '2026-03-09', endDate: '2026-03-09' }];
    expect(addBusinessMs(at('2026-03-06T14:00:00Z'), 4 * H, holidays).toISOString()).toBe('2026-03-10T09:30:00.000Z');
    // Without the holiday it ends on Monday 10:30.
    expect(addBusinessMs(at('2026-03-06T14:00:00Z'), 4 * H, []).toISOString()).toBe('2026-03-09T09:30:00.000Z');
    // Starting on a Saturday night counts from Monday 08:30.
    expect(addBusinessMs(at('2026-03-07T22:00:00Z'), 0, []).toISOString()).toBe('2026-03-09T07:30:00.000Z');
  });

  it('handles summer time (UTC+2)', () => {
    // Friday 2026-07-03 16:00 local = 14:00Z; one business hour left that day.
    expect(businessMsBetween(at('2026-07-03T14:00:00Z'), at('2026-07-06T07:00:00Z'), [])).toBe(1.5 * H);
  });

  it('is zero for an empty or reversed interval', () => {
    expect(businessMsBetween(at('2026-03-07T10:00:00Z'), at('2026-03-08T10:00:00Z'), [])).toBe(0);
    expect(businessMsBetween(at('2026-03-09T10:00:00Z'), at('2026-03-09T09:00:00Z'), [])).toBe(0);
  });
});

describe('business hours around the DST changes and long holidays', () => {
  it('counts a spring-change weekend (last Sunday of March) in local hours', () => {
    // Friday 2026-03-27 16:00 CET (15:00Z) → Monday 2026-03-30 09:30 CEST (07:30Z): one hour each day.
    expect(businessMsBetween(at('2026-03-27T15:00:00Z'), at('2026-03-30T07:30:00Z'), [])).toBe(2 * H);
    // Monday after the change opens at 08:30 CEST = 06:30Z.
    expect(addBusinessMs(at('2026-03-28T12:00:00Z'), 0, []).toISOString()).toBe('2026-03-30T06:30:00.000Z');
  });

  it('adds business time over the autumn change (last Sunday of October)', () => {
    // Friday 2026-10-23 16:00 CEST (14:00Z) + 2 h → Monday 2026-10-26 09:30 CET (08:30Z).
    expect(addBusinessMs(at('2026-10-23T14:00:00Z'), 2 * H, []).toISOString()).toBe('2026-10-26T08:30:00.000Z');
    expect(businessMsBetween(at('2026-10-23T14:00:00Z'), at('2026-10-26T08:30:00Z'), [])).toBe(2 * H);
  });

  it('skips a holiday range that spans the turn of the year', () => {
    const christmas = [{ startDate: '2026-12-19', endDate: '2027-01-03' }];
    expect(isBusinessDay('2026-12-31', christmas)).toBe(false);
    expect(isBusinessDay('2027-01-04', christmas)).toBe(true);
    // Friday 2026-12-18 16:00 CET + 2 h → Monday 2027-01-04 09:30 CET.
    expect(addBusinessMs(at('2026-12-18T15:00:00Z'), 2 * H, christmas).toISOString()).toBe('2027-01-04T08:30:00.000Z');
  });

  it('counts wall time for a 24/7 policy and business time otherwise', () => {
    const start = at('2026-03-06T15:00:00Z');
    const end = at('2026-03-09T08:30:00Z');
    expect(elapsedMs(start, end, [], false)).toBe(end.getTime() - start.getTime());
    expect(elapsedMs(start, end, [], true)).toBe(2 * H);
    expect(elapsedMs(end, start, [], false)).toBe(0);
  });
});
