import { Inject, Injectable, Optional } from '@nestjs/common';
import { CLOCK, Clock, OUTBOX, Outbox, stateSyncJobKey } from '@verbinder/shared/kernel';
import { DocumentFolderChangedJob, WerkgroepenService } from '@verbinder/werkgroepen/core';
import { TeamsConflict } from '../teams-drive.errors';
import { TEAMS_DRIVE, TeamsDrivePort } from '../teams-drive.port';
import { sharePointSafeName } from './mirror-naming';
import { TEAMS_MIRROR_REPOSITORY, TeamsMirrorRepository } from './mirror-repository.port';
import { MIRROR_RETRY_JOB, MirrorItem, MirrorRetryJob, TEAMS_MIRROR_SETTINGS, TeamsLink, TeamsMirrorSettings } from './mirror.types';
import { revokeOnAuthFailure } from './tenant-consent';
import { forTeam } from '../throttling/team-scoped-drive';

/** Mirror items of the documents in a folder and its subfolders, on one link. */
export const TEAMS_FOLDER_REPOSITORY = Symbol('TEAMS_FOLDER_REPOSITORY');
export interface TeamsFolderRepository {
  itemsInFolderTree(linkId: string, werkgroepId: string, folderId: string): Promise<MirrorItem[]>;
}

type FolderOutcome = 'changed' | 'absent' | 'clash';

/**
 * A folder renamed (or moved) in the werkgroep documents gets the same change in every linked
 * channel: one PATCH of the folder's driveItem (name and/or parentReference), found by its old
 * path below the link's folder. Its documents keep their driveItems, so their stored parent id
 * stays right. Idempotent: when the old path is gone (done before, or never mirrored) nothing
 * is called again. When the new path already exists in Teams (a document job created it first,
 * or a person did), nothing is merged: the documents below the folder are synced one by one,
 * which moves each into the new folder; the old folder stays for whatever else is in it.
 */
@Injectable()
export class TeamsFolderMirror {
  constructor(
    @Inject(TEAMS_MIRROR_REPOSITORY) private readonly repo: TeamsMirrorRepository,
    @Inject(TEAMS_FOLDER_REPOSITORY) private readonly folders: TeamsFolderRepository,
    @Inject(TEAMS_MIRROR_SETTINGS) private readonly settings: TeamsMirrorSettings,
    @Optional() @Inject(TEAMS_DRIVE) private readonly drive: TeamsDrivePort | null,
    @Inject(OUTBOX) private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly werkgroepen: WerkgroepenService,
  ) {}

  /** Outbox handler of `document.folder-changed`. Errors go back to the outbox, which retries the job. */
  async folderChanged(job: DocumentFolderChangedJob): Promise<void> {
    if (!this.settings.configured || !this.drive) return;
    const from = job.fromPath.map((name) => sharePointSafeName(name, 'map'));
    const to = job.toPath.map((name) => sharePointSafeName(name, 'map'));
    if (from.length === 0 || to.length === 0 || from.join('/') === to.join('/')) return;
    for (const link of await this.repo.activeLinks(job.werkgroepId)) {
      // Not resolved yet: nothing was mirrored, later document jobs use the new path.
      if (!link.driveId || !link.folderId) continue;
      const tenant = await this.repo.findTenant(link.tenantRef);
      // Revoked: the items fail and are synced one by one once consent is back.
      if (!tenant || tenant.consent === 'REVOKED') continue;
      let outcome: FolderOutcome;
      try {
        outcome = await this.changeInTeams(link, tenant.tenantId, from, to);
      } catch (error) {
        // Consent gone: the tenant is REVOKED (no more token requests); the items follow once it is back.
        if (await revokeOnAuthFailure(this.repo, tenant, error, this.clock.now())) continue;
        throw error;
      }
      if (outcome === 'absent') continue;
      const items = (await this.folders.itemsInFolderTree(link.id, job.werkgroepId, job.folderId)).filter((item) => item.driveItemId && !item.removedAt);
      const at = this.clock.now();
      for (const item of items) {
        if (outcome === 'changed') {
          const message = job.action === 'moved' ? `Map verplaatst in Teams: ${from.join('/')} → ${to.join('/')}.` : `Map hernoemd in Teams: ${from.join('/')} → ${to.join('/')}.`;
          await this.repo.addEvent({ itemId: item.id, action: `folder-${job.action}`, outcome: 'MIRRORED', version: item.mirroredVersion, message, at });
        } else {
          await this.repo.updateItem(item.id, { status: 'PENDING', attempts: 0, nextAttemptAt: at, lastError: null });
          const message = `In Teams bestaat de map ${to.join('/')} al; dit document wordt apart verplaatst.`;
          await this.repo.addEvent({ itemId: item.id, action: `folder-${job.action}`, outcome: 'QUEUED', version: item.mirroredVersion, message, at });
          await this.outbox.enqueue({ kind: MIRROR_RETRY_JOB, payload: { itemId: item.id } satisfies MirrorRetryJob, key: stateSyncJobKey(MIRROR_RETRY_JOB, item.id), runAfter: at });
        }
      }
      this.werkgroepen.changed({ id: link.werkgroepId, regionId: link.regionId }, 'document', null, 'mirrored');
    }
  }

  private async changeInTeams(link: TeamsLink, tenantId: string, from: string[], to: string[]): Promise<FolderOutcome> {
    const drive = forTeam(this.drive as TeamsDrivePort, link.teamId);
    const driveId = link.driveId as string;
    const root = link.folderId as string;
    const old = await drive.findByPath({ tenantId, driveId, parentId: root, path: from.join('/') });
    if (!old || !old.isFolder) return 'absent';
    // SharePoint names are case-insensitive: "notulen" → "Notulen" finds the folder itself.
    const target = await drive.findByPath({ tenantId, driveId, parentId: root, path: to.join('/') });
    if (target && target.id !== old.id) return 'clash';
    const parentId = to.length > 1 ? (await drive.ensureFolder({ tenantId, driveId, parentId: root, path: to.slice(0, -1).join('/') })).id : root;
    const name = to[to.length - 1];
    try {
      await drive.updateItem({ tenantId, driveId, itemId: old.id, name: old.name !== name ? name : undefined, parentId: old.parentId !== parentId ? parentId : undefined });
      return 'changed';
    } catch (error) {
      if (error instanceof TeamsConflict && error.reason === 'name-exists') return 'clash';
      throw error;
    }
  }
}
