import { TeamsDrivePort } from '../teams-drive.port';
import { DelegatingTeamsDrive, DriveOperation } from './delegating-teams-drive';
import { RetryDecision, TeamsRetryPolicy } from './retry-policy';
import { Sleep } from './time';

export interface ThrottledTeamsDriveEvents {
  /** Called before each retry wait, e.g. for logs and the mirror history. */
  onWait?(event: { operation: string; reason: 'retry'; delayMs: number; attempt: number; error?: unknown }): void;
}

/**
 * Decorates any TeamsDrivePort with the retry policy: failures are retried inline as the policy
 * says (Retry-After, jittered back-off); failures that must wait long or can never succeed are
 * rethrown for the mirror worker to reschedule or report. The request budgets (4 rps per
 * channel drive, the tenant's budget, Retry-After closing both for every job) are not here but
 * in the TeamsRequestGate the adapter asks before each HTTP request: one port call may be
 * several requests (folder paths, delta pages, a download's redirect).
 */
export class ThrottledTeamsDrive extends DelegatingTeamsDrive {
  constructor(
    inner: TeamsDrivePort,
    private readonly policy: TeamsRetryPolicy,
    private readonly sleep: Sleep,
    private readonly events: ThrottledTeamsDriveEvents = {},
  ) {
    super(inner);
  }

  protected async forward<I, R>(operation: DriveOperation, input: I, call: (input: I) => Promise<R>): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call(input);
      } catch (error) {
        const decision: RetryDecision = this.policy.decide(error, attempt);
        if (decision.action !== 'retry') throw error;
        this.events.onWait?.({ operation, reason: 'retry', delayMs: decision.delayMs, attempt, error });
        await this.sleep(decision.delayMs);
      }
    }
  }
}
