import {
  ChannelFolder,
  ChannelRef,
  CreateUploadSessionInput,
  DeleteItemInput,
  DeltaInput,
  DeltaResult,
  DriveItemContent,
  DriveItemRef,
  DriveRef,
  EnsureFolderInput,
  FindByPathInput,
  SmallUploadInput,
  TeamsDriveItem,
  TeamsDrivePort,
  UpdateItemInput,
  UploadRangeInput,
  UploadRangeResult,
  UploadSessionState,
} from '../teams-drive.port';
import { RetryDecision, TeamsRetryPolicy } from './retry-policy';
import { RateScope, RequestCost, TeamsRateLimiter } from './teams-rate-limiter';
import { Sleep } from './time';

export interface ThrottledTeamsDriveEvents {
  /** Called before each wait (rate limit or retry), e.g. for logs and the mirror history. */
  onWait?(event: { operation: string; reason: 'rate-limit' | 'retry'; delayMs: number; attempt: number; error?: unknown }): void;
}

/**
 * Decorates any TeamsDrivePort with the throttling policy: every request first books its slot
 * in the rate limiter (4 rps per channel drive, per-tenant budget), then runs; failures are
 * retried inline as the retry policy says (Retry-After, jittered back-off). Failures that must
 * wait long or can never succeed are rethrown for the mirror worker to reschedule or report.
 */
export class ThrottledTeamsDrive implements TeamsDrivePort {
  constructor(
    private readonly inner: TeamsDrivePort,
    private readonly limiter: TeamsRateLimiter,
    private readonly policy: TeamsRetryPolicy,
    private readonly sleep: Sleep,
    private readonly events: ThrottledTeamsDriveEvents = {},
  ) {}

  resolveChannelFolder(channel: ChannelRef): Promise<ChannelFolder> {
    return this.run('resolveChannelFolder', { tenantId: channel.tenantId, channelKey: `team:${channel.teamId}`, cost: 1 }, () =>
      this.inner.resolveChannelFolder(channel),
    );
  }

  ensureFolder(input: EnsureFolderInput): Promise<TeamsDriveItem> {
    return this.run('ensureFolder', this.scope(input, 2), () => this.inner.ensureFolder(input));
  }

  findByPath(input: FindByPathInput): Promise<TeamsDriveItem | null> {
    return this.run('findByPath', this.scope(input, 1), () => this.inner.findByPath(input));
  }

  uploadSmall(input: SmallUploadInput): Promise<TeamsDriveItem> {
    return this.run('uploadSmall', this.scope(input, 2), () => this.inner.uploadSmall(input));
  }

  createUploadSession(input: CreateUploadSessionInput): Promise<UploadSessionState> {
    return this.run('createUploadSession', this.scope(input, 2), () => this.inner.createUploadSession(input));
  }

  getUploadSession(input: DriveRef & { uploadUrl: string }): Promise<UploadSessionState> {
    return this.run('getUploadSession', this.scope(input, 1), () => this.inner.getUploadSession(input));
  }

  uploadRange(input: UploadRangeInput): Promise<UploadRangeResult> {
    return this.run('uploadRange', this.scope(input, 2), () => this.inner.uploadRange(input));
  }

  cancelUploadSession(input: DriveRef & { uploadUrl: string }): Promise<void> {
    return this.run('cancelUploadSession', this.scope(input, 2), () => this.inner.cancelUploadSession(input));
  }

  updateItem(input: UpdateItemInput): Promise<TeamsDriveItem> {
    return this.run('updateItem', this.scope(input, 2), () => this.inner.updateItem(input));
  }

  deleteItem(input: DeleteItemInput): Promise<void> {
    return this.run('deleteItem', this.scope(input, 2), () => this.inner.deleteItem(input));
  }

  getItem(input: DriveItemRef): Promise<TeamsDriveItem> {
    return this.run('getItem', this.scope(input, 1), () => this.inner.getItem(input));
  }

  delta(input: DeltaInput): Promise<DeltaResult> {
    return this.run('delta', this.scope(input, input.deltaLink ? 1 : 2), () => this.inner.delta(input));
  }

  downloadContent(input: DriveItemRef): Promise<DriveItemContent> {
    return this.run('downloadContent', this.scope(input, 1), () => this.inner.downloadContent(input));
  }

  private scope(ref: DriveRef, cost: RequestCost): RateScope {
    return { tenantId: ref.tenantId, channelKey: `drive:${ref.driveId}`, cost };
  }

  private async run<T>(operation: string, scope: RateScope, call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const wait = await this.limiter.reserve(scope);
      if (wait > 0) {
        this.events.onWait?.({ operation, reason: 'rate-limit', delayMs: wait, attempt });
        await this.sleep(wait);
      }
      try {
        return await call();
      } catch (error) {
        const decision: RetryDecision = this.policy.decide(error, attempt);
        if (decision.action !== 'retry') throw error;
        this.events.onWait?.({ operation, reason: 'retry', delayMs: decision.delayMs, attempt, error });
        await this.sleep(decision.delayMs);
      }
    }
  }
}
