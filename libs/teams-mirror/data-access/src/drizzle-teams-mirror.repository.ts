import { Injectable } from '@nestjs/common';
import { DrizzleRepository } from '@verbinder/platform/db';
import { regions } from '@verbinder/regions/data-access';
import type { DocumentMirror, MirrorEvent, MirrorItem, MirrorItemPatch, MirrorOutcome, MirrorSourceDocument, TeamsLink, TeamsMirrorRepository, TeamsTenant } from '@verbinder/teams-mirror/core';
import { documentFolders, documents, documentVersions, werkgroepen } from '@verbinder/werkgroepen/data-access';
import { and, asc, desc, eq, getTableColumns, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { teamsLinks, teamsMirrorEvents, teamsMirrorItems, teamsTenants } from './teams-mirror.tables';

const LINK_COLUMNS = { ...getTableColumns(teamsLinks), regionId: werkgroepen.regionId };

@Injectable()
export class DrizzleTeamsMirrorRepository extends DrizzleRepository implements TeamsMirrorRepository {
  // ---------- tenants ----------

  async regionExists(regionId: string): Promise<boolean> {
    const [row] = await this.db.select({ id: regions.id }).from(regions).where(eq(regions.id, regionId));
    return !!row;
  }

  listTenants(regionId: string): Promise<TeamsTenant[]> {
    return this.db
      .select()
      .from(teamsTenants)
      .where(eq(teamsTenants.regionId, regionId))
      .orderBy(sql`lower(${teamsTenants.name})`);
  }

  findTenant(id: string): Promise<TeamsTenant | null> {
    return this.findOne(teamsTenants, eq(teamsTenants.id, id));
  }

  findTenantByGuid(regionId: string, tenantId: string): Promise<TeamsTenant | null> {
    return this.findOne(teamsTenants, and(eq(teamsTenants.regionId, regionId), eq(teamsTenants.tenantId, tenantId)));
  }

  insertTenant(input: { regionId: string; tenantId: string; name: string }): Promise<TeamsTenant> {
    return this.insertOne(teamsTenants, input);
  }

  updateTenant(id: string, patch: Partial<Pick<TeamsTenant, 'name' | 'consent' | 'consentError' | 'consentChangedAt'>>): Promise<TeamsTenant> {
    return this.updateOne(teamsTenants, eq(teamsTenants.id, id), patch);
  }

  // ---------- links ----------

  private links() {
    return this.db.select(LINK_COLUMNS).from(teamsLinks).innerJoin(werkgroepen, eq(werkgroepen.id, teamsLinks.werkgroepId));
  }

  activeLinks(werkgroepId: string): Promise<TeamsLink[]> {
    return this.links()
      .where(and(eq(teamsLinks.werkgroepId, werkgroepId), isNull(teamsLinks.removedAt)))
      .orderBy(asc(teamsLinks.createdAt));
  }

  async hasActiveLink(werkgroepId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: teamsLinks.id })
      .from(teamsLinks)
      .where(and(eq(teamsLinks.werkgroepId, werkgroepId), isNull(teamsLinks.removedAt)))
      .limit(1);
    return !!row;
  }

  async findLink(id: string): Promise<TeamsLink | null> {
    const [row] = await this.links().where(eq(teamsLinks.id, id));
    return row ?? null;
  }

  async findActiveLink(werkgroepId: string, tenantRef: string, teamId: string, channelId: string): Promise<TeamsLink | null> {
    const [row] = await this.links().where(
      and(eq(teamsLinks.werkgroepId, werkgroepId), eq(teamsLinks.tenantRef, tenantRef), eq(teamsLinks.teamId, teamId), eq(teamsLinks.channelId, channelId), isNull(teamsLinks.removedAt)),
    );
    return row ?? null;
  }

  async insertLink(input: Omit<TeamsLink, 'id' | 'regionId' | 'createdAt' | 'removedAt' | 'driveId' | 'folderId'>): Promise<TeamsLink> {
    const [row] = await this.db.insert(teamsLinks).values(input).returning({ id: teamsLinks.id });
    return (await this.findLink(row.id)) as TeamsLink;
  }

  async removeLink(id: string, byId: string, at: Date): Promise<void> {
    await this.db.update(teamsLinks).set({ removedAt: at, removedById: byId }).where(eq(teamsLinks.id, id));
  }

  async setLinkFolder(id: string, driveId: string, folderId: string): Promise<void> {
    await this.db.update(teamsLinks).set({ driveId, folderId }).where(eq(teamsLinks.id, id));
  }

  async linksByIds(ids: readonly string[]): Promise<TeamsLink[]> {
    if (ids.length === 0) return [];
    return this.links().where(inArray(teamsLinks.id, [...ids]));
  }

  // ---------- items ----------

  findItem(id: string): Promise<MirrorItem | null> {
    return this.findOne(teamsMirrorItems, eq(teamsMirrorItems.id, id));
  }

  async ensureItem(linkId: string, documentId: string): Promise<MirrorItem> {
    await this.db
      .insert(teamsMirrorItems)
      .values({ linkId, documentId })
      .onConflictDoNothing({ target: [teamsMirrorItems.linkId, teamsMirrorItems.documentId] });
    const [row] = await this.db
      .select()
      .from(teamsMirrorItems)
      .where(and(eq(teamsMirrorItems.linkId, linkId), eq(teamsMirrorItems.documentId, documentId)));
    return row;
  }

  updateItem(id: string, patch: MirrorItemPatch): Promise<MirrorItem> {
    return this.updateOne(teamsMirrorItems, eq(teamsMirrorItems.id, id), { ...patch, updatedAt: new Date() });
  }

  async driveItemHeldElsewhere(driveItemId: string, exceptItemId: string): Promise<boolean> {
    const rows = await this.db
      .select({ id: teamsMirrorItems.id })
      .from(teamsMirrorItems)
      .where(and(eq(teamsMirrorItems.driveItemId, driveItemId), ne(teamsMirrorItems.id, exceptItemId), isNull(teamsMirrorItems.removedAt)))
      .limit(1);
    return rows.length > 0;
  }

  async claimItem(id: string, now: Date, until: Date): Promise<boolean> {
    const rows = await this.db
      .update(teamsMirrorItems)
      .set({ leaseUntil: until })
      .where(and(eq(teamsMirrorItems.id, id), or(isNull(teamsMirrorItems.leaseUntil), lt(teamsMirrorItems.leaseUntil, now))))
      .returning({ id: teamsMirrorItems.id });
    return rows.length > 0;
  }

  async groupItems(werkgroepId: string): Promise<DocumentMirror[]> {
    const rows = await this.db
      .select({ item: teamsMirrorItems, title: documents.title, deletedAt: documents.deletedAt })
      .from(teamsMirrorItems)
      .innerJoin(teamsLinks, eq(teamsLinks.id, teamsMirrorItems.linkId))
      .innerJoin(documents, eq(documents.id, teamsMirrorItems.documentId))
      .where(and(eq(teamsLinks.werkgroepId, werkgroepId), isNull(teamsLinks.removedAt)))
      .orderBy(desc(teamsMirrorItems.updatedAt));
    return rows.map((r) => ({ ...r.item, documentTitle: r.title, documentDeleted: r.deletedAt !== null }));
  }

  itemsOfDocument(documentId: string): Promise<MirrorItem[]> {
    return this.db.select().from(teamsMirrorItems).where(eq(teamsMirrorItems.documentId, documentId));
  }

  async failedItemsOfTenant(tenantRef: string): Promise<MirrorItem[]> {
    const rows = await this.db
      .select({ item: teamsMirrorItems })
      .from(teamsMirrorItems)
      .innerJoin(teamsLinks, eq(teamsLinks.id, teamsMirrorItems.linkId))
      .where(and(eq(teamsLinks.tenantRef, tenantRef), isNull(teamsLinks.removedAt), eq(teamsMirrorItems.status, 'FAILED')));
    return rows.map((r) => r.item);
  }

  async addEvent(event: { itemId: string; action: string; outcome: MirrorOutcome; version: number | null; message: string | null; at: Date }): Promise<void> {
    await this.db.insert(teamsMirrorEvents).values(event);
  }

  async eventsOfDocument(documentId: string, limit: number): Promise<MirrorEvent[]> {
    const rows = await this.db
      .select({ event: teamsMirrorEvents })
      .from(teamsMirrorEvents)
      .innerJoin(teamsMirrorItems, eq(teamsMirrorItems.id, teamsMirrorEvents.itemId))
      .where(eq(teamsMirrorItems.documentId, documentId))
      .orderBy(desc(teamsMirrorEvents.at), desc(sql`${teamsMirrorEvents.id}`))
      .limit(limit);
    return rows.map((r) => r.event);
  }

  // ---------- the document library (read-only) ----------

  async sourceDocument(documentId: string): Promise<MirrorSourceDocument | null> {
    const [row] = await this.db
      .select({ document: documents, version: documentVersions })
      .from(documents)
      .innerJoin(documentVersions, and(eq(documentVersions.documentId, documents.id), eq(documentVersions.version, documents.currentVersion)))
      .where(eq(documents.id, documentId));
    if (!row) return null;
    const folderPath: string[] = [];
    let current = row.document.folderId;
    while (current && folderPath.length < 50) {
      const [folder] = await this.db.select().from(documentFolders).where(eq(documentFolders.id, current));
      if (!folder) break;
      folderPath.unshift(folder.name);
      current = folder.parentId;
    }
    return {
      documentId,
      werkgroepId: row.document.werkgroepId,
      title: row.document.title,
      deleted: row.document.deletedAt !== null,
      version: row.version.version,
      fileName: row.version.fileName,
      sha256: row.version.sha256,
      size: row.version.size,
      folderPath,
    };
  }

  async liveDocumentIds(werkgroepId: string): Promise<string[]> {
    const rows = await this.db
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.werkgroepId, werkgroepId), isNull(documents.deletedAt)))
      .orderBy(asc(documents.createdAt));
    return rows.map((r) => r.id);
  }

  async documentWerkgroepId(documentId: string): Promise<string | null> {
    const [row] = await this.db.select({ werkgroepId: documents.werkgroepId }).from(documents).where(eq(documents.id, documentId));
    return row?.werkgroepId ?? null;
  }
}
