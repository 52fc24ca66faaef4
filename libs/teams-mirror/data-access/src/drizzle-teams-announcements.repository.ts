import { Injectable } from '@nestjs/common';
import { DrizzleRepository } from '@verbinder/platform/db';
import type { AnnouncedDocument, AnnouncementPatch, TeamsAnnouncement, TeamsAnnouncementRepository } from '@verbinder/teams-mirror/core';
import { documents, werkgroepen } from '@verbinder/werkgroepen/data-access';
import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { teamsAnnouncementDocuments, teamsAnnouncements } from './teams-announcements.tables';
import { teamsLinks } from './teams-mirror.tables';

@Injectable()
export class DrizzleTeamsAnnouncementRepository extends DrizzleRepository implements TeamsAnnouncementRepository {
  async addToOpen(linkId: string, documentId: string, dueAt: Date): Promise<{ announcement: TeamsAnnouncement; opened: boolean }> {
    // A few rounds at most: an insert can lose against a concurrent one, whose row the next update then finds.
    for (let round = 0; round < 3; round++) {
      // The update locks the OPEN row until this transaction ends: a sender's claim waits for it.
      let [announcement] = await this.db
        .update(teamsAnnouncements)
        .set({ updatedAt: new Date() })
        .where(and(eq(teamsAnnouncements.linkId, linkId), eq(teamsAnnouncements.status, 'OPEN')))
        .returning();
      let opened = false;
      if (!announcement) {
        [announcement] = await this.db.insert(teamsAnnouncements).values({ linkId, dueAt }).onConflictDoNothing().returning();
        if (!announcement) continue;
        opened = true;
      }
      const added = await this.db.insert(teamsAnnouncementDocuments).values({ announcementId: announcement.id, linkId, documentId }).onConflictDoNothing().returning();
      if (added.length > 0) {
        [announcement] = await this.db
          .update(teamsAnnouncements)
          .set({ documentCount: sql`${teamsAnnouncements.documentCount} + 1` })
          .where(eq(teamsAnnouncements.id, announcement.id))
          .returning();
      }
      return { announcement, opened };
    }
    throw new Error(`no open announcement for link ${linkId}`);
  }

  find(id: string): Promise<TeamsAnnouncement | null> {
    return this.findOne(teamsAnnouncements, eq(teamsAnnouncements.id, id));
  }

  async claim(id: string, now: Date, leaseUntil: Date): Promise<TeamsAnnouncement | null> {
    const [row] = await this.db
      .update(teamsAnnouncements)
      .set({ status: 'SENDING', leaseUntil, updatedAt: now })
      .where(and(eq(teamsAnnouncements.id, id), inArray(teamsAnnouncements.status, ['OPEN', 'SENDING']), or(isNull(teamsAnnouncements.leaseUntil), lt(teamsAnnouncements.leaseUntil, now))))
      .returning();
    return row ?? null;
  }

  update(id: string, patch: AnnouncementPatch): Promise<TeamsAnnouncement> {
    return this.updateOne(teamsAnnouncements, eq(teamsAnnouncements.id, id), { ...patch, updatedAt: new Date() });
  }

  async documents(announcementId: string): Promise<AnnouncedDocument[]> {
    const rows = await this.db
      .select({ documentId: documents.id, title: documents.title, deletedAt: documents.deletedAt })
      .from(teamsAnnouncementDocuments)
      .innerJoin(documents, eq(documents.id, teamsAnnouncementDocuments.documentId))
      .where(eq(teamsAnnouncementDocuments.announcementId, announcementId))
      .orderBy(asc(teamsAnnouncementDocuments.addedAt), asc(documents.title));
    return rows.map((r) => ({ documentId: r.documentId, title: r.title, deleted: r.deletedAt !== null }));
  }

  async latestOfLinks(linkIds: readonly string[]): Promise<TeamsAnnouncement[]> {
    if (linkIds.length === 0) return [];
    return this.db
      .selectDistinctOn([teamsAnnouncements.linkId])
      .from(teamsAnnouncements)
      .where(inArray(teamsAnnouncements.linkId, [...linkIds]))
      .orderBy(teamsAnnouncements.linkId, desc(teamsAnnouncements.createdAt));
  }

  async werkgroepName(werkgroepId: string): Promise<string | null> {
    const [row] = await this.db.select({ name: werkgroepen.name }).from(werkgroepen).where(eq(werkgroepen.id, werkgroepId));
    return row?.name ?? null;
  }

  async setWebhook(linkId: string, webhookUrl: string | null): Promise<void> {
    await this.db.update(teamsLinks).set({ announcementWebhookUrl: webhookUrl }).where(eq(teamsLinks.id, linkId));
  }
}
