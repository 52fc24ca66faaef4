import { backoffCeilingMs, jitteredBackoffMs } from './backoff';

describe('back-off', () => {
  it('doubles from the base at step 1 up to the maximum', () => {
    expect([1, 2, 3, 4, 5].map((step) => backoffCeilingMs(step, 30_000, 900_000))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(backoffCeilingMs(6, 30_000, 900_000)).toBe(900_000);
    expect(backoffCeilingMs(10_000, 1000, 3_600_000)).toBe(3_600_000);
  });

  it('counts steps below 1 as step 1', () => {
    expect(backoffCeilingMs(0, 500, 10_000)).toBe(500);
    expect(backoffCeilingMs(-3, 500, 10_000)).toBe(500);
  });

  it('spreads the jittered delay over the upper half of the ceiling', () => {
    expect(jitteredBackoffMs(3, 1000, 60_000, () => 0)).toBe(2000);
    expect(jitteredBackoffMs(3, 1000, 60_000, () => 0.5)).toBe(3000);
    expect(jitteredBackoffMs(3, 1000, 60_000, () => 0.999_999)).toBe(4000);
    expect(jitteredBackoffMs(30, 1000, 60_000, () => 0.999_999)).toBe(60_000);
  });
});
