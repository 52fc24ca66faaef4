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

/**
 * The port for the work of one Teams link: every call on the link's drive names the link's team
 * (`DriveRef.teamId`), so the adapter's request gate counts it on the team, where Graph counts
 * the 4 requests/s, on every node alike, whether that node already knew the drive or not.
 */
export function forTeam(drive: TeamsDrivePort, teamId: string): TeamsDrivePort {
  return new TeamScopedDrive(drive, teamId);
}

class TeamScopedDrive implements TeamsDrivePort {
  constructor(
    private readonly inner: TeamsDrivePort,
    private readonly teamId: string,
  ) {}

  private scoped<T extends DriveRef>(input: T): T {
    return { ...input, teamId: this.teamId };
  }

  resolveChannelFolder(channel: ChannelRef): Promise<ChannelFolder> {
    return this.inner.resolveChannelFolder(channel);
  }

  ensureFolder(input: EnsureFolderInput): Promise<TeamsDriveItem> {
    return this.inner.ensureFolder(this.scoped(input));
  }

  findByPath(input: FindByPathInput): Promise<TeamsDriveItem | null> {
    return this.inner.findByPath(this.scoped(input));
  }

  uploadSmall(input: SmallUploadInput): Promise<TeamsDriveItem> {
    return this.inner.uploadSmall(this.scoped(input));
  }

  createUploadSession(input: CreateUploadSessionInput): Promise<UploadSessionState> {
    return this.inner.createUploadSession(this.scoped(input));
  }

  getUploadSession(input: DriveRef & { uploadUrl: string }): Promise<UploadSessionState> {
    return this.inner.getUploadSession(this.scoped(input));
  }

  uploadRange(input: UploadRangeInput): Promise<UploadRangeResult> {
    return this.inner.uploadRange(this.scoped(input));
  }

  cancelUploadSession(input: DriveRef & { uploadUrl: string }): Promise<void> {
    return this.inner.cancelUploadSession(this.scoped(input));
  }

  updateItem(input: UpdateItemInput): Promise<TeamsDriveItem> {
    return this.inner.updateItem(this.scoped(input));
  }

  deleteItem(input: DeleteItemInput): Promise<void> {
    return this.inner.deleteItem(this.scoped(input));
  }

  getItem(input: DriveItemRef): Promise<TeamsDriveItem> {
    return this.inner.getItem(this.scoped(input));
  }

  delta(input: DeltaInput): Promise<DeltaResult> {
    return this.inner.delta(this.scoped(input));
  }

  downloadContent(input: DriveItemRef): Promise<DriveItemContent> {
    return this.inner.downloadContent(this.scoped(input));
  }
}
