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

/** The name of a TeamsDrivePort operation. */
export type DriveOperation = keyof TeamsDrivePort;

/**
 * A TeamsDrivePort that hands every call to `inner` through one `forward`, so a decorator that
 * treats all operations alike (retries, the team a call is counted on) says so once instead of
 * wrapping each operation again.
 */
export abstract class DelegatingTeamsDrive implements TeamsDrivePort {
  constructor(protected readonly inner: TeamsDrivePort) {}

  /** Makes the call `call(input)` of `operation` on the inner port, decorated. */
  protected abstract forward<I, R>(operation: DriveOperation, input: I, call: (input: I) => Promise<R>): Promise<R>;

  resolveChannelFolder(channel: ChannelRef): Promise<ChannelFolder> {
    return this.forward('resolveChannelFolder', channel, (c) => this.inner.resolveChannelFolder(c));
  }

  ensureFolder(input: EnsureFolderInput): Promise<TeamsDriveItem> {
    return this.forward('ensureFolder', input, (i) => this.inner.ensureFolder(i));
  }

  findByPath(input: FindByPathInput): Promise<TeamsDriveItem | null> {
    return this.forward('findByPath', input, (i) => this.inner.findByPath(i));
  }

  uploadSmall(input: SmallUploadInput): Promise<TeamsDriveItem> {
    return this.forward('uploadSmall', input, (i) => this.inner.uploadSmall(i));
  }

  createUploadSession(input: CreateUploadSessionInput): Promise<UploadSessionState> {
    return this.forward('createUploadSession', input, (i) => this.inner.createUploadSession(i));
  }

  getUploadSession(input: DriveRef & { uploadUrl: string }): Promise<UploadSessionState> {
    return this.forward('getUploadSession', input, (i) => this.inner.getUploadSession(i));
  }

  uploadRange(input: UploadRangeInput): Promise<UploadRangeResult> {
    return this.forward('uploadRange', input, (i) => this.inner.uploadRange(i));
  }

  cancelUploadSession(input: DriveRef & { uploadUrl: string }): Promise<void> {
    return this.forward('cancelUploadSession', input, (i) => this.inner.cancelUploadSession(i));
  }

  updateItem(input: UpdateItemInput): Promise<TeamsDriveItem> {
    return this.forward('updateItem', input, (i) => this.inner.updateItem(i));
  }

  deleteItem(input: DeleteItemInput): Promise<void> {
    return this.forward('deleteItem', input, (i) => this.inner.deleteItem(i));
  }

  getItem(input: DriveItemRef): Promise<TeamsDriveItem> {
    return this.forward('getItem', input, (i) => this.inner.getItem(i));
  }

  delta(input: DeltaInput): Promise<DeltaResult> {
    return this.forward('delta', input, (i) => this.inner.delta(i));
  }

  downloadContent(input: DriveItemRef): Promise<DriveItemContent> {
    return this.forward('downloadContent', input, (i) => this.inner.downloadContent(i));
  }
}
