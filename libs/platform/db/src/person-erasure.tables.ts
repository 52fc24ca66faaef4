import { integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { primaryUuid, timestamptz } from './columns';

/**
 * The log of erasures (AVG art. 17): who asked for which person to be erased, how far it got and
 * how many rows of each table it removed or pseudonymised. Once complete it holds no erased data:
 * `personId` is the pseudonym ("Oud-deelnemer") that remains. One row per person, which makes erasing twice a no-op.
 */
export const personErasures = pgTable('person_erasures', {
  id: primaryUuid(),
  personId: uuid('person_id').notNull().unique(),
  requestedById: uuid('requested_by_id'),
  requestedAt: timestamptz('requested_at').notNull().defaultNow(),
  /** Steps (tables) done of `stepsTotal`: the progress a beheerder sees, and where a resumed run may skip to. */
  stepsDone: integer('steps_done').notNull().default(0),
  stepsTotal: integer('steps_total').notNull(),
  /** Rows deleted or pseudonymised per table (counts only). */
  removed: jsonb('removed').$type<Record<string, number>>().notNull().default({}),
  /**
   * The person's address while the erasure runs (a last pass deletes what other work queued for it
   * meanwhile, and their mail files); null once the erasure is complete.
   */
  pendingEmail: text('pending_email'),
  completedAt: timestamptz('completed_at'),
});
