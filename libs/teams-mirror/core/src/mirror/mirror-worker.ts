import { Inject, Injectable, Optional } from '@nestjs/common';
import { DOCUMENT_STORE, DocumentStore, stateSyncJobKey } from '@verbinder/shared/kernel';
import { DocumentChangedJob, WerkgroepenService } from '@verbinder/werkgroepen/core';
import { TeamsConflict, TeamsNotFound, TeamsNotProvisioned, TeamsSiteAccessDenied, TeamsThrottled, isTeamsDriveError } from '../teams-drive.errors';
import { TeamsDriveItem, TeamsDrivePort } from '../teams-drive.port';
import { exponentialBackoffMs } from '../throttling/backoff';
import { TeamsRetryPolicy } from '../throttling/retry-policy';
import { disambiguatedName, mirrorFileName, sharePointSafeName } from './mirror-naming';
import { MirrorItemPatch } from './mirror-repository.port';
import { MIRROR_RETRY_JOB, MirrorItem, MirrorLinkSyncJob, MirrorRetryJob, MirrorSourceDocument, NOT_PROVISIONED_FIX, TeamsLink, TeamsTenant } from './mirror.types';
import { MirrorUploader, NO_PENDING } from './mirror-upload';
import { revokeOnAuthFailure } from './tenant-consent';
import { driftMessage, TEAMS_DRIFT_REPOSITORY, TeamsDrift, TeamsDriftRepository } from '../drift/drift.types';
import { forTeam } from '../throttling/team-scoped-drive';
import { TeamsMirrorPorts } from './teams-mirror-ports';

/** The retry policy the worker takes its delays from (bound next to TEAMS_DRIVE). */
export const TEAMS_RETRY_POLICY = Symbol('TEAMS_RETRY_POLICY');

/** When another worker holds an item, look again after this long. */
const BUSY_RETRY_MS = 10_000;

interface Applied {
  patch: MirrorItemPatch;
  /** What was done, for the history; null when Teams already matched. */
  message: string | null;
}

/**
 * Makes every linked channel's files folder match the document library. Each run reconciles
 * one (link, document) pair with the document's *current* state, so jobs can run in any order,
 * more than once, and on several nodes: the stored driveItem id, eTag and mirrored version
 * decide what is still to do (the same version already there → nothing). Failures are recorded
 * on the item and in its history; retries are outbox jobs with their own due time.
 */
@Injectable()
export class TeamsMirrorWorker {
  private readonly resolvingRoots = new Map<string, Promise<{ driveId: string; folderId: string }>>();
  private readonly uploader: MirrorUploader;

  constructor(
    private readonly ports: TeamsMirrorPorts,
    @Inject(TEAMS_RETRY_POLICY) private readonly policy: TeamsRetryPolicy,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    private readonly werkgroepen: WerkgroepenService,
    @Optional() @Inject(TEAMS_DRIFT_REPOSITORY) private readonly drifts: TeamsDriftRepository | null = null,
  ) {
    this.uploader = new MirrorUploader(ports.repo, store, ports.clock, ports.settings);
  }

  /** Outbox handler of `document.changed`: every active link of the group. */
  async documentChanged(job: DocumentChangedJob): Promise<void> {
    if (!this.enabled()) return;
    for (const link of await this.ports.repo.activeLinks(job.werkgroepId)) {
      const item = await this.ports.repo.ensureItem(link.id, job.documentId);
      await this.ports.repo.addEvent({ itemId: item.id, action: job.action, outcome: 'QUEUED', version: job.version, message: null, at: this.ports.clock.now() });
      await this.sync(link, item.id, job.action);
    }
  }

  /** Outbox handler of a planned or manual retry of one item. */
  async retry(job: MirrorRetryJob): Promise<void> {
    if (!this.enabled()) return;
    const item = await this.ports.repo.findItem(job.itemId);
    const link = item ? await this.ports.repo.findLink(item.linkId) : null;
    if (!item || !link || link.removedAt) return;
    await this.sync(link, item.id, job.action ?? 'retry');
  }

  /**
   * Outbox handler after linking: one job per document that already exists, so a large group
   * is mirrored by several workers (and nodes) side by side, each job short, instead of one
   * long job that would outlive its outbox lock.
   */
  async linkSync(job: MirrorLinkSyncJob): Promise<void> {
    if (!this.enabled()) return;
    const link = await this.ports.repo.findLink(job.linkId);
    if (!link || link.removedAt) return;
    for (const documentId of await this.ports.repo.liveDocumentIds(link.werkgroepId)) {
      const item = await this.ports.repo.ensureItem(link.id, documentId);
      await this.ports.outbox.enqueue({ kind: MIRROR_RETRY_JOB, payload: { itemId: item.id, action: 'linked' } satisfies MirrorRetryJob, key: `teams-link-item:${item.id}` });
    }
  }

  private enabled(): boolean {
    return this.ports.settings.configured && this.ports.drive !== null;
  }

  private async sync(link: TeamsLink, itemId: string, action: string): Promise<void> {
    const now = this.ports.clock.now();
    if (!(await this.ports.repo.claimItem(itemId, now, new Date(now.getTime() + this.ports.settings.leaseMs)))) {
      // Another worker is on it; look again later (it may have read an older state).
      await this.ports.outbox.enqueue({
        kind: MIRROR_RETRY_JOB,
        payload: { itemId } satisfies MirrorRetryJob,
        key: stateSyncJobKey(MIRROR_RETRY_JOB, itemId),
        runAfter: new Date(now.getTime() + BUSY_RETRY_MS),
      });
      return;
    }
    // Heartbeat: the lease is short (a dead node's items are taken over within about one lease)
    // and renewed while this run works, however long an upload takes.
    const heartbeat = setInterval(
      () => {
        this.ports.repo.updateItem(itemId, { leaseUntil: new Date(this.ports.clock.now().getTime() + this.ports.settings.leaseMs) }).catch(() => undefined);
      },
      Math.max(1_000, Math.floor(this.ports.settings.leaseMs / 3)),
    );
    heartbeat.unref();
    try {
      await this.syncClaimed(link, itemId, action, now);
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async syncClaimed(link: TeamsLink, itemId: string, action: string, now: Date): Promise<void> {
    const item = await this.ports.repo.findItem(itemId);
    const tenant = await this.ports.repo.findTenant(link.tenantRef);
    if (!item || !tenant) {
      await this.ports.repo.updateItem(itemId, { leaseUntil: null });
      return;
    }
    try {
      if (tenant.consent === 'REVOKED') {
        await this.finish(item, action, 'FAILED', revokedMessage(tenant), { nextAttemptAt: null });
        return;
      }
      const source = await this.ports.repo.sourceDocument(item.documentId);
      const drift = this.drifts ? await this.drifts.openDrift(item.id) : null;
      if (drift) {
        if (drift.kind === 'DELETED' && (!source || source.deleted)) {
          // Deleted in Teams and now in Verbinder too: nothing left to decide.
          await this.drifts?.resolveDrift(drift.id, { resolution: 'DOCUMENT_DELETED', resolvedById: null, at: now });
          this.werkgroepen.changed({ id: link.werkgroepId, regionId: link.regionId }, 'document', item.documentId, 'teams-drift-resolved');
        } else {
          // A person changed or deleted the file in Teams: wait for a member's choice, never overwrite.
          await this.finish(item, action, 'DRIFT', driftMessage(drift), { nextAttemptAt: null, attempts: 0 });
          return;
        }
      }
      const applied = await this.apply(link, tenant, item, source);
      const at = this.ports.clock.now();
      await this.ports.repo.updateItem(item.id, { ...applied.patch, status: 'MIRRORED', attempts: 0, nextAttemptAt: null, lastError: null, leaseUntil: null });
      await this.ports.repo.addEvent({ itemId: item.id, action, outcome: applied.message ? 'MIRRORED' : 'UNCHANGED', version: source?.version ?? null, message: applied.message, at });
      if (tenant.consent !== 'GRANTED') await this.ports.repo.updateTenant(tenant.id, { consent: 'GRANTED', consentError: null, consentChangedAt: at });
    } catch (error) {
      await this.failed(link, tenant, item, action, error);
    } finally {
      await this.ports.repo.updateItem(item.id, { leaseUntil: null });
      this.werkgroepen.changed({ id: link.werkgroepId, regionId: link.regionId }, 'document', item.documentId, 'mirrored');
    }
  }

  /** Brings one item in line with the document; returns what to store. */
  private async apply(link: TeamsLink, tenant: TeamsTenant, stored: MirrorItem, source: MirrorSourceDocument | null): Promise<Applied> {
    const drive = forTeam(this.ports.drive as TeamsDrivePort, link.teamId);
    const tenantId = tenant.tenantId;
    const root = await this.channelRoot(link, tenantId);
    const driveId = root.driveId;
    const recovered = await this.uploader.recoverLostCreation(drive, { tenantId, driveId }, stored, source);
    const item = recovered?.item ?? stored;
    const present = item.driveItemId && !item.removedAt ? item.driveItemId : null;

    if (!source || source.deleted) {
      if (item.uploadUrl) await drive.cancelUploadSession({ tenantId, driveId, uploadUrl: item.uploadUrl });
      if (!present) return { patch: { uploadUrl: null, uploadVersion: null, ...NO_PENDING }, message: null };
      await drive.deleteItem({ tenantId, driveId, itemId: present });
      return { patch: { ...recovered?.patch, removedAt: this.ports.clock.now(), uploadUrl: null, uploadVersion: null, ...NO_PENDING }, message: 'Verwijderd uit Teams.' };
    }

    const parentId = source.folderPath.length
      ? (await drive.ensureFolder({ tenantId, driveId, parentId: root.folderId, path: source.folderPath.map((name) => sharePointSafeName(name, 'map')).join('/') })).id
      : root.folderId;
    const wanted = mirrorFileName(source.title, source.fileName);
    let name = item.mirroredName === disambiguatedName(wanted, item.documentId) ? item.mirroredName : wanted;
    const done: string[] = recovered ? [RECOVERED_MESSAGE] : [];
    let itemId = present;
    let eTag = item.eTag;
    let patch: MirrorItemPatch = recovered ? { ...recovered.patch } : {};

    if (itemId && (item.mirroredName !== name || item.mirroredParentId !== parentId)) {
      try {
        const moved = await this.renameOrMove(drive, { tenantId, driveId, itemId, eTag }, item, name, parentId);
        name = moved.name;
        eTag = moved.eTag;
        patch = { ...patch, eTag, mirroredName: moved.name, mirroredParentId: parentId };
        done.push(item.mirroredParentId !== parentId ? 'Verplaatst in Teams.' : 'Hernoemd in Teams.');
      } catch (error) {
        // Removed in Teams meanwhile: upload it again.
        if (!(error instanceof TeamsNotFound)) throw error;
        itemId = null;
      }
    }

    if (!itemId || item.mirroredVersion !== source.version) {
      const uploaded = await this.uploader.upload(drive, { tenantId, driveId, parentId, name }, item, source, itemId ? eTag : null);
      patch = {
        ...patch,
        driveItemId: uploaded.id,
        eTag: uploaded.eTag,
        mirroredVersion: source.version,
        mirroredName: uploaded.name,
        mirroredParentId: parentId,
        removedAt: null,
        uploadUrl: null,
        uploadVersion: null,
        ...NO_PENDING,
      };
      done.push(`Versie ${source.version} geüpload (${formatBytes(source.size)}).`);
    }
    return { patch, message: done.length ? done.join(' ') : null };
  }

  private async renameOrMove(
    drive: TeamsDrivePort,
    ref: { tenantId: string; driveId: string; itemId: string; eTag: string | null },
    item: MirrorItem,
    name: string,
    parentId: string,
  ): Promise<TeamsDriveItem> {
    const change = { name: item.mirroredName !== name ? name : undefined, parentId: item.mirroredParentId !== parentId ? parentId : undefined };
    try {
      return await drive.updateItem({ tenantId: ref.tenantId, driveId: ref.driveId, itemId: ref.itemId, ...change, ifMatch: ref.eTag ?? undefined });
    } catch (error) {
      if (!(error instanceof TeamsConflict && error.reason === 'name-exists')) throw error;
      // Another file already has that name there: keep both, ours with the document's short id.
      return drive.updateItem({
        tenantId: ref.tenantId,
        driveId: ref.driveId,
        itemId: ref.itemId,
        parentId: change.parentId,
        name: disambiguatedName(name, item.documentId),
        ifMatch: ref.eTag ?? undefined,
      });
    }
  }

  /** The link's folder in the channel (resolved once and stored; the subfolder created when needed). */
  private async channelRoot(link: TeamsLink, tenantId: string): Promise<{ driveId: string; folderId: string }> {
    if (link.driveId && link.folderId) return { driveId: link.driveId, folderId: link.folderId };
    // Concurrent jobs of a new link share one resolution instead of each asking Teams.
    let resolving = this.resolvingRoots.get(link.id);
    if (!resolving) {
      resolving = this.resolveChannelRoot(link, tenantId).finally(() => this.resolvingRoots.delete(link.id));
      this.resolvingRoots.set(link.id, resolving);
    }
    const root = await resolving;
    link.driveId = root.driveId;
    link.folderId = root.folderId;
    return root;
  }

  private async resolveChannelRoot(link: TeamsLink, tenantId: string): Promise<{ driveId: string; folderId: string }> {
    const drive = forTeam(this.ports.drive as TeamsDrivePort, link.teamId);
    const folder = await drive.resolveChannelFolder({ tenantId, teamId: link.teamId, channelId: link.channelId });
    let folderId = folder.folderId;
    if (link.subfolder) folderId = (await drive.ensureFolder({ tenantId, driveId: folder.driveId, parentId: folder.folderId, path: link.subfolder })).id;
    await this.ports.repo.setLinkFolder(link.id, folder.driveId, folderId);
    return { driveId: folder.driveId, folderId };
  }

  private async failed(link: TeamsLink, tenant: TeamsTenant, item: MirrorItem, action: string, error: unknown): Promise<void> {
    const now = this.ports.clock.now();
    const attempts = item.attempts + 1;
    const revoked = await revokeOnAuthFailure(this.ports.repo, tenant, error, now);
    if (revoked !== null) {
      await this.finish(item, action, 'FAILED', `${revoked} Daarna: zet de tenant ${tenant.name} op 'toestemming verleend' en kies 'Opnieuw proberen'.`, { attempts, nextAttemptAt: null });
      return;
    }
    if (error instanceof TeamsConflict && error.reason === 'etag-mismatch') {
      const drift = await this.driftFromConflict(link, tenant, item);
      if (drift) {
        await this.finish(item, action, 'DRIFT', driftMessage(drift), { attempts: 0, nextAttemptAt: null });
        this.werkgroepen.changed({ id: link.werkgroepId, regionId: link.regionId }, 'document', item.documentId, 'teams-drift');
        return;
      }
      const message =
        'Het bestand is in Teams door iemand gewijzigd; Verbinder overschrijft dat niet. Zet de wijziging als nieuwe versie in Verbinder of verwijder het bestand in Teams, en probeer het opnieuw.';
      await this.finish(item, action, 'FAILED', message, { attempts, nextAttemptAt: null });
      return;
    }
    if (error instanceof TeamsNotProvisioned || error instanceof TeamsSiteAccessDenied) {
      // Waits for Teams (the folder) or the school's IT admin (a Sites.Selected grant on this team's
      // site); the tenant's consent is untouched, and the next attempt recovers by itself.
      const delay = this.policy.delayFor(error, attempts) ?? this.policy.options.notProvisionedBackoff.maxDelayMs;
      await this.plan(item, action, 'WAITING', error instanceof TeamsNotProvisioned ? NOT_PROVISIONED_FIX : error.message, attempts, now, delay);
      return;
    }
    if (error instanceof TeamsThrottled) {
      // Throttling is Teams' pace, not a failure: it does not count towards the limit.
      const delay = this.policy.delayFor(error, Math.max(1, item.attempts)) ?? 60_000;
      await this.plan(item, action, 'RETRYING', `Teams vraagt om te wachten: ${error.message}`, item.attempts, now, delay);
      return;
    }
    const reason = isTeamsDriveError(error) ? error.message : `Spiegelen mislukt: ${(error as Error).message ?? String(error)}`;
    if (attempts >= this.ports.settings.maxAttempts) {
      await this.finish(item, action, 'FAILED', `${reason} (na ${attempts} pogingen)`, { attempts, nextAttemptAt: null });
      return;
    }
    const delay = exponentialDelay(attempts, this.policy);
    await this.plan(item, action, 'RETRYING', reason, attempts, now, delay);
  }

  /** An eTag mismatch is drift: record what Teams has now (changed, or gone). Null when that cannot be read. */
  private async driftFromConflict(link: TeamsLink, tenant: TeamsTenant, item: MirrorItem): Promise<TeamsDrift | null> {
    if (!this.drifts || !this.ports.drive || !link.driveId || !item.driveItemId) return null;
    const detectedAt = this.ports.clock.now();
    const base = { itemId: item.id, driveItemId: item.driveItemId, detectedAt };
    try {
      const current = await this.ports.drive.getItem({ tenantId: tenant.tenantId, driveId: link.driveId, teamId: link.teamId, itemId: item.driveItemId });
      const observed = {
        ...base,
        kind: 'CHANGED' as const,
        teamsETag: current.eTag,
        teamsName: current.name,
        size: current.size,
        modifiedBy: current.lastModifiedBy,
        modifiedAt: current.lastModifiedAt,
      };
      return (await this.drifts.recordDrift(observed)).drift;
    } catch (error) {
      if (!(error instanceof TeamsNotFound)) return null;
      const observed = { ...base, kind: 'DELETED' as const, teamsETag: null, teamsName: item.mirroredName, size: null, modifiedBy: null, modifiedAt: null };
      return (await this.drifts.recordDrift(observed)).drift;
    }
  }

  private async plan(item: MirrorItem, action: string, status: 'WAITING' | 'RETRYING', message: string, attempts: number, now: Date, delayMs: number): Promise<void> {
    const nextAttemptAt = new Date(now.getTime() + delayMs);
    await this.finish(item, action, status, message, { attempts, nextAttemptAt });
    await this.ports.outbox.enqueue({ kind: MIRROR_RETRY_JOB, payload: { itemId: item.id } satisfies MirrorRetryJob, key: stateSyncJobKey(MIRROR_RETRY_JOB, item.id), runAfter: nextAttemptAt });
  }

  private async finish(item: MirrorItem, action: string, status: 'FAILED' | 'WAITING' | 'RETRYING' | 'DRIFT', message: string, patch: MirrorItemPatch): Promise<void> {
    await this.ports.repo.updateItem(item.id, { ...patch, status, lastError: message, leaseUntil: null });
    await this.ports.repo.addEvent({ itemId: item.id, action, outcome: status, version: item.mirroredVersion, message, at: this.ports.clock.now() });
  }
}

const RECOVERED_MESSAGE = 'Bestand van een eerdere poging in Teams teruggevonden (het antwoord van Teams was verloren gegaan); geen tweede kopie gemaakt.';

function revokedMessage(tenant: TeamsTenant): string {
  return `De toestemming van ${tenant.name} voor Verbinder is ingetrokken${tenant.consentError ? `: ${tenant.consentError}` : '.'} Laat de beheerder van die school opnieuw toestemming geven (beheerderstoestemming in Microsoft Entra), zet de tenant daarna op 'toestemming verleend' en kies 'Opnieuw proberen'.`;
}

function exponentialDelay(attempts: number, policy: TeamsRetryPolicy): number {
  return exponentialBackoffMs(attempts, policy.options.backoff, Math.random);
}

function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} kB`;
  return `${(size / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}
