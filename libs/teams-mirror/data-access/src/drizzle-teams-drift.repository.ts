import { Injectable } from '@nestjs/common';
import { DrizzleRepository } from '@verbinder/platform/db';
import type { DriftCursor, DriftObservation, DriftResolution, MirrorItem, TeamsDrift, TeamsDriftRepository, TeamsDriftView, TeamsLink } from '@verbinder/teams-mirror/core';
import { documents, werkgroepen } from '@verbinder/werkgroepen/data-access';
import { and, desc, eq, getTableColumns, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import { teamsDriftCursors, teamsDrifts } from './teams-drift.tables';
import { teamsLinks, teamsMirrorItems } from './teams-mirror.tables';

const DRIFT_COLUMNS = {
  ...getTableColumns(teamsDrifts),
  linkId: teamsMirrorItems.linkId,
  documentId: teamsMirrorItems.documentId,
  werkgroepId: teamsLinks.werkgroepId,
};

@Injectable()
export class DrizzleTeamsDriftRepository extends DrizzleRepository implements TeamsDriftRepository {
  async scannableLinks(): Promise<TeamsLink[]> {
    return this.db
      .select({ ...getTableColumns(teamsLinks), regionId: werkgroepen.regionId })
      .from(teamsLinks)
      .innerJoin(werkgroepen, eq(werkgroepen.id, teamsLinks.werkgroepId))
      .where(and(isNull(teamsLinks.removedAt), isNotNull(teamsLinks.driveId), isNotNull(teamsLinks.folderId)))
      .orderBy(teamsLinks.createdAt);
  }

  async claimCursor(linkId: string, now: Date, until: Date, scannedBefore: Date | null = null): Promise<DriftCursor | null> {
    await this.db.insert(teamsDriftCursors).values({ linkId }).onConflictDoNothing({ target: teamsDriftCursors.linkId });
    const free = or(isNull(teamsDriftCursors.leaseUntil), lt(teamsDriftCursors.leaseUntil, now));
    const due = scannedBefore ? or(isNull(teamsDriftCursors.lastScanAt), lte(teamsDriftCursors.lastScanAt, scannedBefore)) : undefined;
    const [row] = await this.db
      .update(teamsDriftCursors)
      .set({ leaseUntil: until })
      .where(and(eq(teamsDriftCursors.linkId, linkId), free, due))
      .returning();
    return row ?? null;
  }

  async releaseCursor(linkId: string, patch: Partial<Pick<DriftCursor, 'deltaLink' | 'lastScanAt' | 'lastError'>>): Promise<void> {
    await this.db
      .update(teamsDriftCursors)
      .set({ ...patch, leaseUntil: null })
      .where(eq(teamsDriftCursors.linkId, linkId));
  }

  mirroredItemsOfLink(linkId: string): Promise<MirrorItem[]> {
    return this.db
      .select()
      .from(teamsMirrorItems)
      .where(and(eq(teamsMirrorItems.linkId, linkId), isNotNull(teamsMirrorItems.driveItemId)));
  }

  private drifts() {
    return this.db.select(DRIFT_COLUMNS).from(teamsDrifts).innerJoin(teamsMirrorItems, eq(teamsMirrorItems.id, teamsDrifts.itemId)).innerJoin(teamsLinks, eq(teamsLinks.id, teamsMirrorItems.linkId));
  }

  async findDrift(id: string): Promise<TeamsDrift | null> {
    const [row] = await this.drifts().where(eq(teamsDrifts.id, id));
    return row ?? null;
  }

  async openDrift(itemId: string): Promise<TeamsDrift | null> {
    const [row] = await this.drifts().where(and(eq(teamsDrifts.itemId, itemId), isNull(teamsDrifts.resolvedAt)));
    return row ?? null;
  }

  async recordDrift(o: DriftObservation): Promise<{ drift: TeamsDrift; outcome: 'new' | 'updated' | 'same' }> {
    const values = {
      kind: o.kind,
      driveItemId: o.driveItemId,
      teamsETag: o.teamsETag,
      teamsName: o.teamsName,
      size: o.size,
      modifiedBy: o.modifiedBy,
      modifiedAt: o.modifiedAt,
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      const open = await this.openDrift(o.itemId);
      if (open) {
        if (open.kind === o.kind && open.teamsETag === o.teamsETag) return { drift: open, outcome: 'same' };
        // Changed again (or deleted after a change) before anyone decided: the drift shows the latest.
        await this.db
          .update(teamsDrifts)
          .set({ ...values, detectedAt: o.detectedAt })
          .where(eq(teamsDrifts.id, open.id));
        return { drift: (await this.findDrift(open.id)) as TeamsDrift, outcome: 'updated' };
      }
      // The same change seen again after a member decided (a re-read delta page): nothing new.
      const [decided] = await this.drifts()
        .where(and(eq(teamsDrifts.itemId, o.itemId), eq(teamsDrifts.kind, o.kind), o.teamsETag === null ? isNull(teamsDrifts.teamsETag) : eq(teamsDrifts.teamsETag, o.teamsETag)))
        .orderBy(desc(teamsDrifts.detectedAt))
        .limit(1);
      if (decided && o.kind === 'CHANGED') return { drift: decided, outcome: 'same' };
      const inserted = await this.db
        .insert(teamsDrifts)
        .values({ itemId: o.itemId, ...values, detectedAt: o.detectedAt })
        .onConflictDoNothing()
        .returning({ id: teamsDrifts.id });
      if (inserted.length) return { drift: (await this.findDrift(inserted[0].id)) as TeamsDrift, outcome: 'new' };
      // Another node recorded it at the same moment: read that one.
    }
    throw new Error('recordDrift: could not record the drift');
  }

  async resolveDrift(id: string, patch: { resolution: DriftResolution; resolvedById: string | null; at: Date; importedVersion?: number | null }): Promise<TeamsDrift | null> {
    const rows = await this.db
      .update(teamsDrifts)
      .set({ resolution: patch.resolution, resolvedById: patch.resolvedById, resolvedAt: patch.at, importedVersion: patch.importedVersion ?? null })
      .where(and(eq(teamsDrifts.id, id), isNull(teamsDrifts.resolvedAt)))
      .returning({ id: teamsDrifts.id });
    return rows.length ? this.findDrift(id) : null;
  }

  async driftsOfGroup(werkgroepId: string, includeResolved: boolean): Promise<TeamsDriftView[]> {
    const rows = await this.db
      .select({ drift: DRIFT_COLUMNS, title: documents.title, deletedAt: documents.deletedAt })
      .from(teamsDrifts)
      .innerJoin(teamsMirrorItems, eq(teamsMirrorItems.id, teamsDrifts.itemId))
      .innerJoin(teamsLinks, eq(teamsLinks.id, teamsMirrorItems.linkId))
      .innerJoin(documents, eq(documents.id, teamsMirrorItems.documentId))
      .where(and(eq(teamsLinks.werkgroepId, werkgroepId), isNull(teamsLinks.removedAt), includeResolved ? undefined : isNull(teamsDrifts.resolvedAt)))
      .orderBy(desc(teamsDrifts.detectedAt))
      .limit(200);
    return rows.map((r) => ({ ...r.drift, documentTitle: r.title, documentDeleted: r.deletedAt !== null }));
  }
}
