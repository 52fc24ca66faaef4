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
export class ThrottledTeamsDrive implements TeamsDrivePort {
  constructor(
    private readonly inner: TeamsDrivePort,
    private readonly policy: TeamsRetryPolicy,
    private readonly sleep: Sleep,
    private readonly events: ThrottledTeamsDriveEvents = {},
  ) {}

  resolveChannelFolder(channel: ChannelRef): Promise<ChannelFolder> {
    return this.run('resolveChannelFolder', () => this.inner.resolveChannelFolder(channel));
  }

  ensureFolder(input: EnsureFolderInput): Promise<TeamsDriveItem> {
    return this.run('ensureFolder', () => this.inner.ensureFolder(input));
  }

  findByPath(input: FindByPathInput): Promise<TeamsDriveItem | null> {
    return this.run('findByPath', () => this.inner.findByPath(input));
  }

  uploadSmall(input: SmallUploadInput): Promise<TeamsDriveItem> {
    return this.run('uploadSmall', () => this.inner.uploadSmall(input));
  }

  createUploadSession(input: CreateUploadSessionInput): Promise<UploadSessionState> {
    return this.run('createUploadSession', () => this.inner.createUploadSession(input));
  }

  getUploadSession(input: DriveRef & { uploadUrl: string }): Promise<UploadSessionState> {
    return this.run('getUploadSession', () => this.inner.getUploadSession(input));
  }

  uploadRange(input: UploadRangeInput): Promise<UploadRangeResult> {
    return this.run('uploadRange', () => this.inner.uploadRange(input));
  }

  cancelUploadSession(input: DriveRef & { uploadUrl: string }): Promise<void> {
    return this.run('cancelUploadSession', () => this.inner.cancelUploadSession(input));
  }

  updateItem(input: UpdateItemInput): Promise<TeamsDriveItem> {
    return this.run('updateItem', () => this.inner.updateItem(input));
  }

  deleteItem(input: DeleteItemInput): Promise<void> {
    return this.run('deleteItem', () => this.inner.deleteItem(input));
  }

  getItem(input: DriveItemRef): Promise<TeamsDriveItem> {
    return this.run('getItem', () => this.inner.getItem(input));
  }

  delta(input: DeltaInput): Promise<DeltaResult> {
    return this.run('delta', () => this.inner.delta(input));
  }

  downloadContent(input: DriveItemRef): Promise<DriveItemContent> {
    return this.run('downloadContent', () => this.inner.downloadContent(input));
  }

  private async run<T>(operation: string, call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
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
