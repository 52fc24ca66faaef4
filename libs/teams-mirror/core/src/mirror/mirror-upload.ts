import { Clock, DocumentStore } from '@verbinder/shared/kernel';
import { uploadLargeFile } from '../large-file-upload';
import { QuickXorHash } from '../quick-xor-hash';
import { TeamsConflict } from '../teams-drive.errors';
import { SIMPLE_UPLOAD_MAX_BYTES, TeamsDriveItem, TeamsDrivePort } from '../teams-drive.port';
import { disambiguatedName } from './mirror-naming';
import { MirrorItemPatch, TeamsMirrorRepository } from './mirror-repository.port';
import { MirrorItem, MirrorSourceDocument, TeamsMirrorSettings } from './mirror.types';
import { readAll, SequentialReader } from './sequential-reader';

/** Clears the pending marker of a file creation (see recoverLostCreation). */
export const NO_PENDING = { pendingName: null, pendingParentId: null, pendingSha256: null } as const;

/**
 * The upload half of the mirror worker: a version into Teams (simple upload or a resumable
 * upload session, renewing the item's lease after every range), and the recovery of a file
 * creation whose answer was lost.
 */
export class MirrorUploader {
  constructor(
    private readonly repo: TeamsMirrorRepository,
    private readonly store: DocumentStore,
    private readonly clock: Clock,
    private readonly settings: TeamsMirrorSettings,
  ) {}

  /**
   * Uploads the version: a new file never replaces someone else's (conflict `fail`, then a name
   * with the document's short id); our own file is replaced only while its eTag is unchanged.
   */
  async upload(
    drive: TeamsDrivePort,
    target: { tenantId: string; driveId: string; parentId: string; name: string },
    item: MirrorItem,
    source: MirrorSourceDocument,
    ifMatch: string | null,
  ): Promise<TeamsDriveItem> {
    const once = (name: string, conflict: 'fail' | 'replace') => this.uploadAs(drive, { ...target, name }, item, source, conflict, ifMatch);
    if (ifMatch) return once(target.name, 'replace');
    // A new file: remember where it goes before asking, so a retry after a lost answer finds it.
    await this.repo.updateItem(item.id, { pendingName: target.name, pendingParentId: target.parentId, pendingSha256: source.sha256 });
    try {
      return await once(target.name, 'fail');
    } catch (error) {
      if (!(error instanceof TeamsConflict && error.reason === 'name-exists')) throw error;
      const name = disambiguatedName(target.name, item.documentId);
      await this.repo.updateItem(item.id, { uploadUrl: null, uploadVersion: null, pendingName: name });
      return once(name, 'replace');
    }
  }

  /**
   * A file creation of an earlier run whose answer never got stored (a lost response, a crash
   * between the answer and the database write): the item has no driveItem id but a pending
   * marker. Look the pending path up and adopt the file when it is provably ours — a file, last
   * changed by an application (not a person), with exactly the content we sent (QuickXorHash,
   * which covers the length), and not held by any other mirror item. Otherwise leave it alone:
   * the upload then goes on as usual (never replacing someone else's file).
   */
  async recoverLostCreation(
    drive: TeamsDrivePort,
    ref: { tenantId: string; driveId: string },
    item: MirrorItem,
    source: MirrorSourceDocument | null,
  ): Promise<{ item: MirrorItem; patch: MirrorItemPatch } | null> {
    if ((item.driveItemId && !item.removedAt) || !item.pendingName || !item.pendingParentId || !item.pendingSha256) return null;
    const found = await drive.findByPath({ ...ref, parentId: item.pendingParentId, path: item.pendingName });
    if (!found || found.isFolder || !found.lastModifiedByApp || !found.quickXorHash) return null;
    if ((await this.quickXorHashOf(item.pendingSha256)) !== found.quickXorHash) return null;
    if (await this.repo.driveItemHeldElsewhere(found.id, item.id)) return null;
    const patch: MirrorItemPatch = {
      driveItemId: found.id,
      eTag: found.eTag,
      mirroredName: found.name,
      mirroredParentId: item.pendingParentId,
      // The same content as the current version: nothing to upload; otherwise replace it (If-Match).
      mirroredVersion: source && source.sha256 === item.pendingSha256 ? source.version : null,
      removedAt: null,
      uploadUrl: null,
      uploadVersion: null,
      ...NO_PENDING,
    };
    await this.repo.updateItem(item.id, patch);
    return { item: { ...item, ...patch }, patch };
  }

  private async quickXorHashOf(sha256: string): Promise<string> {
    const hash = new QuickXorHash();
    for await (const chunk of await this.store.open(sha256)) hash.update(chunk as Uint8Array);
    return hash.digest();
  }

  private async uploadAs(
    drive: TeamsDrivePort,
    target: { tenantId: string; driveId: string; parentId: string; name: string },
    item: MirrorItem,
    source: MirrorSourceDocument,
    conflict: 'fail' | 'replace',
    ifMatch: string | null,
  ): Promise<TeamsDriveItem> {
    if (source.size <= SIMPLE_UPLOAD_MAX_BYTES) {
      const content = await readAll(await this.store.open(source.sha256));
      return drive.uploadSmall({ ...target, content, conflict, ifMatch: ifMatch ?? undefined });
    }
    const reader = new SequentialReader(() => this.store.open(source.sha256));
    const stored = await this.repo.findItem(item.id);
    try {
      return await uploadLargeFile(drive, {
        ...target,
        size: source.size,
        conflict,
        ifMatch: ifMatch ?? undefined,
        read: (start, length) => reader.read(start, length),
        resumeUploadUrl: stored?.uploadVersion === source.version ? stored.uploadUrl : null,
        onSession: async (session) => {
          await this.repo.updateItem(item.id, { uploadUrl: session.uploadUrl, uploadVersion: source.version });
        },
        onProgress: async () => {
          await this.repo.updateItem(item.id, { leaseUntil: new Date(this.clock.now().getTime() + this.settings.leaseMs) });
        },
      });
    } finally {
      reader.close();
    }
  }
}
