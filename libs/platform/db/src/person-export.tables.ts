import { bigint, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, primaryUuid, timestamptz } from './columns';

/**
 * Exports (inzage, AVG art. 15) too large to make in a request, prepared in the background: who
 * asked for whose data, the progress (tables done of total) and, once ready, the file under
 * DATA_DIR/exports and when it expires. The data itself is only in the file; the retention sweep
 * deletes the file and then the row.
 */
export const personExports = pgTable(
  'person_exports',
  {
    id: primaryUuid(),
    personId: uuid('person_id').notNull(),
    requestedById: uuid('requested_by_id'),
    /** `preparing` until the file is written, then `ready`. */
    status: text('status', { enum: ['preparing', 'ready'] })
      .notNull()
      .default('preparing'),
    tablesDone: integer('tables_done').notNull().default(0),
    tablesTotal: integer('tables_total').notNull(),
    /** The file's name in DATA_DIR/exports (random, not guessable); null until ready. */
    fileName: text('file_name'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    createdAt: createdAt(),
    readyAt: timestamptz('ready_at'),
    /** When the file and this row are deleted (also for an export that never got ready). */
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [index('person_exports_person_idx').on(t.personId), index('person_exports_expires_idx').on(t.expiresAt)],
);
