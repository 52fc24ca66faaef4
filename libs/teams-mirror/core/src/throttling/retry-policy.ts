import { TeamsDriveError, TeamsThrottled, isTeamsDriveError } from '../teams-drive.errors';
import { BackoffOptions, exponentialBackoffMs } from './backoff';
import { RandomSource } from './time';

/**
 * What to do after a failed Teams call:
 * - `retry`: wait `delayMs` and try again in the same run (throttling, transient faults);
 * - `reschedule`: give the job back to the outbox with `delayMs` until the next attempt
 *   (a long Retry-After, a channel that is not provisioned yet, too many inline attempts);
 * - `stop`: retrying cannot help (auth, conflict, not found, invalid request, unknown error).
 */
export type RetryDecision = { action: 'retry'; delayMs: number } | { action: 'reschedule'; delayMs: number } | { action: 'stop' };

export interface RetryPolicyOptions {
  /** Inline attempts per call (first try included) before the job is rescheduled. */
  maxInlineAttempts: number;
  /** Longest wait spent inline; longer Retry-After values reschedule the job. */
  maxInlineDelayMs: number;
  /** Back-off for throttling without Retry-After and for transient faults. */
  backoff: BackoffOptions;
  /** Back-off for a channel whose files folder is not provisioned yet. */
  notProvisionedBackoff: BackoffOptions;
  /** Extra random wait on top of Retry-After, as a fraction of it (capped at 1 s) to spread retries. */
  retryAfterJitterRatio: number;
}

export const DEFAULT_RETRY_POLICY_OPTIONS: RetryPolicyOptions = {
  maxInlineAttempts: 6,
  maxInlineDelayMs: 120_000,
  backoff: { baseDelayMs: 1_000, maxDelayMs: 60_000 },
  notProvisionedBackoff: { baseDelayMs: 30_000, maxDelayMs: 30 * 60_000 },
  retryAfterJitterRatio: 0.1,
};

export class TeamsRetryPolicy {
  readonly options: RetryPolicyOptions;

  constructor(
    options: Partial<RetryPolicyOptions> = {},
    private readonly random: RandomSource = Math.random,
  ) {
    this.options = { ...DEFAULT_RETRY_POLICY_OPTIONS, ...options };
  }

  /** `attempt` is the number of failed attempts so far (1 after the first failure). */
  decide(error: unknown, attempt: number): RetryDecision {
    if (!isTeamsDriveError(error)) return { action: 'stop' };
    const delayMs = this.delayFor(error, attempt);
    if (delayMs === null) return { action: 'stop' };
    // Waiting for someone outside Verbinder (Teams to create the folder, the school's IT admin to grant the site): never inline.
    if (error.kind === 'not-provisioned' || error.kind === 'site-access-denied') return { action: 'reschedule', delayMs };
    if (attempt >= this.options.maxInlineAttempts || delayMs > this.options.maxInlineDelayMs) {
      return { action: 'reschedule', delayMs };
    }
    return { action: 'retry', delayMs };
  }

  /** The wait before the next attempt, or null when the error is final. */
  delayFor(error: TeamsDriveError, attempt: number): number | null {
    switch (error.kind) {
      case 'throttled': {
        const retryAfterMs = error instanceof TeamsThrottled ? error.retryAfterMs : null;
        if (retryAfterMs === null) return exponentialBackoffMs(attempt, this.options.backoff, this.random);
        const jitter = Math.min(1_000, retryAfterMs * this.options.retryAfterJitterRatio) * this.random();
        return Math.ceil(retryAfterMs + jitter);
      }
      case 'transient':
        return exponentialBackoffMs(attempt, this.options.backoff, this.random);
      case 'not-provisioned':
      case 'site-access-denied':
        return exponentialBackoffMs(attempt, this.options.notProvisionedBackoff, this.random);
      case 'auth-failed':
      case 'conflict':
      case 'not-found':
      case 'resync-required':
      case 'invalid-request':
        return null;
      default: {
        const unreachable: never = error.kind;
        throw new Error(`Unknown Teams error kind ${String(unreachable)}`);
      }
    }
  }
}
