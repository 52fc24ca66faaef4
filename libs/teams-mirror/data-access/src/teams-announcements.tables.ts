import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, primaryUuid, requiredRef, timestamptz, updatedAt } from '@verbinder/platform/db';
import { documents } from '@verbinder/werkgroepen/data-access';
import { teamsLinks } from './teams-mirror.tables';

/**
 * One coalesced announcement per link: OPEN while documents may join (until due_at), then
 * SENDING, SENT, FAILED or SKIPPED. At most one OPEN announcement per link.
 */
export const teamsAnnouncements = pgTable(
  'teams_announcements',
  {
    id: primaryUuid(),
    linkId: requiredRef('link_id', () => teamsLinks.id),
    status: text('status', { enum: ['OPEN', 'SENDING', 'SENT', 'FAILED', 'SKIPPED'] })
      .notNull()
      .default('OPEN'),
    dueAt: timestamptz('due_at').notNull(),
    documentCount: integer('document_count').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamptz('next_attempt_at'),
    lastError: text('last_error'),
    sentAt: timestamptz('sent_at'),
    /** A sender is posting it until then (several API nodes). */
    leaseUntil: timestamptz('lease_until'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('teams_announcements_link_idx').on(t.linkId, t.createdAt),
    uniqueIndex('teams_announcements_open_key')
      .on(t.linkId)
      .where(sql`${t.status} = 'OPEN'`),
  ],
);

/** The documents of an announcement; a document is announced once per link. */
export const teamsAnnouncementDocuments = pgTable(
  'teams_announcement_documents',
  {
    announcementId: requiredRef('announcement_id', () => teamsAnnouncements.id),
    linkId: requiredRef('link_id', () => teamsLinks.id),
    documentId: requiredRef('document_id', () => documents.id),
    addedAt: timestamptz('added_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.announcementId, t.documentId] }), unique('teams_announcement_documents_link_key').on(t.linkId, t.documentId)],
);
