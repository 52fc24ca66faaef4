import { jitteredBackoffMs } from '@verbinder/shared/kernel';
import { RandomSource } from './time';

export interface BackoffOptions {
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Jittered ("equal jitter") exponential back-off (the kernel's one formula, `jitteredBackoffMs`):
 * the ceiling doubles per attempt up to `maxDelayMs`, and the delay is uniformly spread over the
 * upper half of that ceiling. `attempt` counts failures so far, starting at 1.
 */
export function exponentialBackoffMs(attempt: number, options: BackoffOptions, random: RandomSource): number {
  return jitteredBackoffMs(attempt, options.baseDelayMs, options.maxDelayMs, random);
}

/**
 * Parses a Retry-After header: delta-seconds or an HTTP date. Returns milliseconds, or null
 * when absent or unreadable.
 */
export function parseRetryAfterMs(value: string | null | undefined, nowEpochMs: number): number | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - nowEpochMs);
}
