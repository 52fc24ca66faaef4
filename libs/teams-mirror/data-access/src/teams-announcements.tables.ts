import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { documents } from '@verbinder/werkgroepen/data-access';
import { teamsLinks } from './teams-mirror.tables';

/**
 * One coalesced announcement per link: OPEN while documents may join (until due_at), then
 * SENDING, SENT, FAILED or SKIPPED. At most one OPEN announcement per link.
 */
export const teamsAnnouncements = pgTable(
  'teams_announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    linkId: uuid('link_id')
      .notNull()
      .references(() => teamsLinks.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['OPEN', 'SENDING', 'SENT', 'FAILED', 'SKIPPED'] })
      .notNull()
      .default('OPEN'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    documentCount: integer('document_count').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** A sender is posting it until then (several API nodes). */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
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
    announcementId: uuid('announcement_id')
      .notNull()
      .references(() => teamsAnnouncements.id, { onDelete: 'cascade' }),
    linkId: uuid('link_id')
      .notNull()
      .references(() => teamsLinks.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.announcementId, t.documentId] }), unique('teams_announcement_documents_link_key').on(t.linkId, t.documentId)],
);
