import { addBusinessMs, businessMsBetween, isBusinessDay } from './business-time';

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
