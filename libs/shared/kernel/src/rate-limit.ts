import { ErrorCode } from '@verbinder/shared/contracts';
import type { Clock } from './clock';
import { DomainError } from './domain-error';

export const ATTEMPT_LOG = Symbol('ATTEMPT_LOG');

/**
 * The one store of rate-limit attempts (one table, shared by every node): a key such as
 * `email:<address>` or `loket-ip:<ip>`, a time and whether the attempt succeeded. Writes join
 * the caller's transaction, so an attempt counts only when the work it guarded committed.
 */
export interface AttemptLog {
  /** Records one attempt for each key at `at`; by default a failed (counted) one. */
  record(keys: readonly string[], at: Date, succeeded?: boolean): Promise<void>;
  /** Failed attempts of `key` since `since`: how many and the time of the latest. */
  failures(key: string, since: Date): Promise<{ count: number; latest: Date | null }>;
  /** Whether `key` has a successful attempt since `since`. */
  succeededSince(key: string, since: Date): Promise<boolean>;
  /** Deletes failed attempts before `failedBefore` and successful ones before `succeededBefore`; how many went. */
  deleteBefore(failedBefore: Date, succeededBefore: Date): Promise<number>;
  /** Deletes every attempt of `key` (erasure of personal data); how many went. */
  deleteKey(key: string): Promise<number>;
}

/** At most `max` failed attempts of `key` within the window. */
export interface AttemptLimit {
  key: string;
  max: number;
}

/** RATE_LIMITED with the seconds to wait (HTTP 429 with Retry-After, GraphQL extensions). */
export function rateLimited(message: string, retryAfterSeconds: number): DomainError {
  return new DomainError(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });
}

/** Failed attempts are kept at least this long (and as long as the window), then purged. */
export const ATTEMPT_RETENTION_MS = 24 * 3600 * 1000;

/**
 * Fixed-window limits over the attempt log, the same for every domain (sign-in, password
 * reset, loket intake and sign-in, public registration, newsletter): the window and the base
 * limit come from `loginRateLimit` (LOGIN_RATE_LIMIT, LOGIN_RATE_WINDOW_SECONDS).
 */
export class RateLimiter {
  constructor(
    private readonly log: AttemptLog,
    private readonly clock: Clock,
  ) {}

  /** When the window that ends now began. */
  since(windowSeconds: number): Date {
    return new Date(this.clock.now().getTime() - windowSeconds * 1000);
  }

  /**
   * Checks the limits in order; the first key at its limit refuses with RATE_LIMITED: "Te veel
   * <what>. Probeer het over <n> minuten opnieuw.", retry after the whole window.
   */
  async assertWithin(limits: readonly AttemptLimit[], windowSeconds: number, what: string): Promise<void> {
    const since = this.since(windowSeconds);
    for (const { key, max } of limits) {
      if ((await this.log.failures(key, since)).count >= max) {
        throw rateLimited(`Te veel ${what}. Probeer het over ${Math.ceil(windowSeconds / 60)} minuten opnieuw.`, windowSeconds);
      }
    }
  }

  /** Failed attempts of `key` in the window. */
  failures(key: string, windowSeconds: number): Promise<{ count: number; latest: Date | null }> {
    return this.log.failures(key, this.since(windowSeconds));
  }

  /** Records a counted attempt for each key, now. */
  record(keys: readonly string[], succeeded = false): Promise<void> {
    return this.log.record(keys, this.clock.now(), succeeded);
  }
}
