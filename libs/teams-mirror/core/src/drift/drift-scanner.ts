import { Inject, Injectable } from '@nestjs/common';
import { WerkgroepenService } from '@verbinder/werkgroepen/core';
import { MirrorItem, TeamsLink } from '../mirror/mirror.types';
import { TeamsResyncRequired, isTeamsDriveError } from '../teams-drive.errors';
import { DeltaResult, DriveChange } from '../teams-drive.port';
import { revokeOnAuthFailure } from '../mirror/tenant-consent';
import { driftMessage, DriftObservation, TEAMS_DRIFT_REPOSITORY, TeamsDriftRepository } from './drift.types';
import { forTeam } from '../throttling/team-scoped-drive';
import { TeamsMirrorPorts } from '../mirror/teams-mirror-ports';

/** How long one node holds a link's scan. */
const SCAN_LEASE_MS = 5 * 60_000;

export interface DriftScanResult {
  linkId: string;
  /** New or changed drifts recorded. */
  recorded: number;
  /** True when the delta started over (first scan, or 410 resync). */
  fullEnumeration: boolean;
  /** False when another node was scanning this link. */
  scanned: boolean;
}

/**
 * The periodic drift scan: per linked channel drive a delta query (through the throttled port,
 * so the per-channel rate and the tenant budget apply), compared with what the mirror stored.
 * Only a driveItem of ours whose eTag differs from the eTag we stored is drift; our own changes
 * return the eTag we stored. Items the mirror is busy with (leased, or updated after the scan
 * began) are ambiguous: the delta link is then not advanced, so the next scan looks again.
 */
@Injectable()
export class TeamsDriftScanner {
  constructor(
    @Inject(TEAMS_DRIFT_REPOSITORY) private readonly drifts: TeamsDriftRepository,
    private readonly ports: TeamsMirrorPorts,
    private readonly werkgroepen: WerkgroepenService,
  ) {}

  /**
   * Scans every linked drive once; returns the number of drifts recorded. Errors are per link
   * (kept on the cursor). With `intervalMs` (the periodic scan on every node) a link scanned
   * less than half an interval ago, by any node, is left alone: one scan per link per interval
   * in the whole cluster, by whichever node comes first; when that node dies, another takes over.
   */
  async scanAll(intervalMs: number | null = null): Promise<number> {
    if (!this.ports.settings.configured || !this.ports.drive) return 0;
    let recorded = 0;
    let failed: unknown = null;
    for (const link of await this.drifts.scannableLinks()) {
      try {
        const scannedBefore = intervalMs === null ? null : new Date(this.ports.clock.now().getTime() - intervalMs / 2);
        recorded += (await this.scanLink(link, scannedBefore)).recorded;
      } catch (error) {
        failed ??= error; // kept on the link's cursor; the other links are still scanned
      }
    }
    if (failed && recorded === 0) throw failed;
    return recorded;
  }

  /** Scans one link, unless another node is scanning it or (with `scannedBefore`) it was scanned after that moment. */
  async scanLink(link: TeamsLink, scannedBefore: Date | null = null): Promise<DriftScanResult> {
    const result: DriftScanResult = { linkId: link.id, recorded: 0, fullEnumeration: false, scanned: false };
    const drive = this.ports.drive && forTeam(this.ports.drive, link.teamId);
    if (!drive || !link.driveId || !link.folderId) return result;
    const startedAt = this.ports.clock.now();
    const cursor = await this.drifts.claimCursor(link.id, startedAt, new Date(startedAt.getTime() + SCAN_LEASE_MS), scannedBefore);
    if (!cursor) return result;
    result.scanned = true;
    const tenant = await this.ports.repo.findTenant(link.tenantRef);
    if (!tenant || tenant.consent === 'REVOKED') {
      await this.drifts.releaseCursor(link.id, {});
      return result;
    }
    try {
      const ref = { tenantId: tenant.tenantId, driveId: link.driveId, folderId: link.folderId };
      let delta: DeltaResult;
      try {
        delta = await drive.delta({ ...ref, deltaLink: cursor.deltaLink });
        result.fullEnumeration = cursor.deltaLink === null;
      } catch (error) {
        if (!(error instanceof TeamsResyncRequired)) throw error;
        // 410: the link is too old; start over with a full enumeration.
        delta = await drive.delta({ ...ref, deltaLink: null });
        result.fullEnumeration = true;
      }
      const items = await this.drifts.mirroredItemsOfLink(link.id);
      const { observations, ambiguous } = this.compare(items, delta.changes, result.fullEnumeration, startedAt);
      for (const observation of observations) {
        const { drift, outcome } = await this.drifts.recordDrift(observation);
        if (outcome === 'same') continue;
        result.recorded += 1;
        const message = observation.kind === 'DELETED' ? 'Verwijderd in Teams.' : 'Gewijzigd in Teams.';
        await this.ports.repo.addEvent({
          itemId: drift.itemId,
          action: 'drift',
          outcome: 'DRIFT',
          version: null,
          message: `${message}${observation.modifiedBy ? ` (${observation.modifiedBy})` : ''}`,
          at: this.ports.clock.now(),
        });
        await this.ports.repo.updateItem(drift.itemId, { status: 'DRIFT', lastError: driftMessage(drift), nextAttemptAt: null });
        this.werkgroepen.changed({ id: link.werkgroepId, regionId: link.regionId }, 'document', drift.documentId, 'teams-drift');
      }
      await this.drifts.releaseCursor(link.id, { deltaLink: ambiguous ? cursor.deltaLink : delta.deltaLink, lastScanAt: this.ports.clock.now(), lastError: null });
    } catch (error) {
      const message = isTeamsDriveError(error) ? error.message : ((error as Error).message ?? String(error));
      // Revoked consent (or an expired secret) met by the scan: the tenant shows it, and no
      // scan, upload or import of that school asks its Entra for a token until it is granted again.
      if (await revokeOnAuthFailure(this.ports.repo, tenant, error, this.ports.clock.now())) {
        this.werkgroepen.changed({ id: link.werkgroepId, regionId: link.regionId }, 'document', null, 'teams-consent');
      }
      await this.drifts.releaseCursor(link.id, { lastError: message.slice(0, 500), lastScanAt: this.ports.clock.now() });
      throw error;
    }
    return result;
  }

  /** What changed in Teams by someone else, and whether any change could still be the mirror's own. */
  private compare(items: MirrorItem[], changes: DriveChange[], full: boolean, startedAt: Date): { observations: DriftObservation[]; ambiguous: boolean } {
    const byDriveItem = new Map(items.filter((item) => item.driveItemId && !item.removedAt).map((item) => [item.driveItemId as string, item]));
    const busy = (item: MirrorItem) => (item.leaseUntil !== null && item.leaseUntil > startedAt) || item.updatedAt > startedAt;
    const observations: DriftObservation[] = [];
    let ambiguous = false;
    const seen = new Set<string>();
    const detectedAt = this.ports.clock.now();
    for (const change of changes) {
      const id = change.kind === 'deleted' ? change.itemId : change.item.id;
      seen.add(id);
      const item = byDriveItem.get(id);
      if (!item) continue; // not a file the mirror put there
      if (change.kind === 'upserted' && change.item.eTag === item.eTag) continue; // our own change
      if (busy(item)) {
        ambiguous = true;
        continue;
      }
      observations.push(
        change.kind === 'deleted'
          ? { itemId: item.id, kind: 'DELETED', driveItemId: id, teamsETag: null, teamsName: change.name, size: null, modifiedBy: null, modifiedAt: null, detectedAt }
          : {
              itemId: item.id,
              kind: 'CHANGED',
              driveItemId: id,
              teamsETag: change.item.eTag,
              teamsName: change.item.name,
              size: change.item.size,
              modifiedBy: change.item.lastModifiedBy,
              modifiedAt: change.item.lastModifiedAt,
              detectedAt,
            },
      );
    }
    if (full) {
      // A full enumeration lists only what exists: our files missing from it were deleted.
      for (const [id, item] of byDriveItem) {
        if (seen.has(id)) continue;
        if (busy(item)) {
          ambiguous = true;
          continue;
        }
        observations.push({ itemId: item.id, kind: 'DELETED', driveItemId: id, teamsETag: null, teamsName: item.mirroredName, size: null, modifiedBy: null, modifiedAt: null, detectedAt });
      }
    }
    return { observations, ambiguous };
  }
}
