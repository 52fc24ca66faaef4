import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, timestamp, uniqueIndex, uuid, integer } from 'drizzle-orm/pg-core';
import { persons } from '@verbinder/regions/data-access';
import { teamsLinks, teamsMirrorItems } from './teams-mirror.tables';

/** Per linked channel drive: the delta link of the last scan, and the scan lease (several API nodes). */
export const teamsDriftCursors = pgTable('teams_drift_cursors', {
  linkId: uuid('link_id')
    .primaryKey()
    .references(() => teamsLinks.id, { onDelete: 'cascade' }),
  deltaLink: text('delta_link'),
  leaseUntil: timestamp('lease_until', { withTimezone: true }),
  lastScanAt: timestamp('last_scan_at', { withTimezone: true }),
  lastError: text('last_error'),
});

/**
 * A mirrored file changed or deleted in Teams by a person. At most one open drift per mirror
 * item (a later change updates it); resolved rows stay as history.
 */
export const teamsDrifts = pgTable(
  'teams_drifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => teamsMirrorItems.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['CHANGED', 'DELETED'] }).notNull(),
    driveItemId: text('drive_item_id').notNull(),
    teamsETag: text('teams_etag'),
    teamsName: text('teams_name'),
    size: bigint('size', { mode: 'number' }),
    /** Display name only. */
    modifiedBy: text('modified_by'),
    modifiedAt: timestamp('modified_at', { withTimezone: true }),
    detectedAt: timestamp('detected_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolution: text('resolution', { enum: ['IMPORTED', 'KEPT_VERBINDER', 'DOCUMENT_DELETED'] }),
    resolvedById: uuid('resolved_by_id').references(() => persons.id, { onDelete: 'set null' }),
    importedVersion: integer('imported_version'),
  },
  (t) => [
    uniqueIndex('teams_drifts_open_key')
      .on(t.itemId)
      .where(sql`${t.resolvedAt} is null`),
    index('teams_drifts_item_idx').on(t.itemId, t.detectedAt),
  ],
);
