/**
 * The one exponential back-off of the code base: the delay doubles with every step, from
 * `baseMs` at step 1, and never exceeds `maxMs`. Steps below 1 count as 1.
 */
export function backoffCeilingMs(step: number, baseMs: number, maxMs: number): number {
  const exponent = Math.max(0, Math.min(Math.floor(step) - 1, 30));
  return Math.min(maxMs, baseMs * 2 ** exponent);
}

/**
 * The same ceiling with "equal jitter": uniformly spread over its upper half, so the delay is
 * never shorter than half the ceiling and never longer than `maxMs` (retries of many clients
 * do not arrive together). `random` returns a number in [0, 1).
 */
export function jitteredBackoffMs(step: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = backoffCeilingMs(step, baseMs, maxMs);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
