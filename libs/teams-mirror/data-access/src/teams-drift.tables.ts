import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, uniqueIndex, uuid, integer } from 'drizzle-orm/pg-core';
import { optionalRef, primaryUuid, requiredRef, timestamptz } from '@verbinder/platform/db';
import { persons } from '@verbinder/regions/data-access';
import { teamsLinks, teamsMirrorItems } from './teams-mirror.tables';

/** Per linked channel drive: the delta link of the last scan, and the scan lease (several API nodes). */
export const teamsDriftCursors = pgTable('teams_drift_cursors', {
  linkId: uuid('link_id')
    .primaryKey()
    .references(() => teamsLinks.id, { onDelete: 'cascade' }),
  deltaLink: text('delta_link'),
  leaseUntil: timestamptz('lease_until'),
  lastScanAt: timestamptz('last_scan_at'),
  lastError: text('last_error'),
});

/**
 * A mirrored file changed or deleted in Teams by a person. At most one open drift per mirror
 * item (a later change updates it); resolved rows stay as history.
 */
export const teamsDrifts = pgTable(
  'teams_drifts',
  {
    id: primaryUuid(),
    itemId: requiredRef('item_id', () => teamsMirrorItems.id),
    kind: text('kind', { enum: ['CHANGED', 'DELETED'] }).notNull(),
    driveItemId: text('drive_item_id').notNull(),
    teamsETag: text('teams_etag'),
    teamsName: text('teams_name'),
    size: bigint('size', { mode: 'number' }),
    /** Display name only. */
    modifiedBy: text('modified_by'),
    modifiedAt: timestamptz('modified_at'),
    detectedAt: timestamptz('detected_at').notNull().defaultNow(),
    resolvedAt: timestamptz('resolved_at'),
    resolution: text('resolution', { enum: ['IMPORTED', 'KEPT_VERBINDER', 'DOCUMENT_DELETED'] }),
    resolvedById: optionalRef('resolved_by_id', () => persons.id),
    importedVersion: integer('imported_version'),
  },
  (t) => [
    uniqueIndex('teams_drifts_open_key')
      .on(t.itemId)
      .where(sql`${t.resolvedAt} is null`),
    index('teams_drifts_item_idx').on(t.itemId, t.detectedAt),
  ],
);
