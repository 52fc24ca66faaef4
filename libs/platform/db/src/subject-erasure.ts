// Erasure (AVG art. 17) driven by the data map: what happens to a table's rows is declared beside
// the table (`erasure`), so a new table with a `subject` cannot be forgotten (dataMapProblems) and
// is erased without more code. PersonErasureService (apps/api) runs the steps and logs them.
import { eq, getTableColumns, ne, or, SQL, sql } from 'drizzle-orm';
import { PgColumn } from 'drizzle-orm/pg-core';
import { Database } from './database';
import { DataMapEntry, ERASED_PERSON_NAME } from './data-map';

/** The person as they were before erasure; name and address are needed once, in the first step. */
export interface ErasedSubject {
  id: string;
  name: string;
  email: string;
}

/** Names shorter than this are not searched for in free text (too many words would match). */
const MIN_QUOTED_NAME = 4;

/** Escapes a string for a PostgreSQL regular expression. */
const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A column whose text (or JSON as text) holds the address as a whole address: not `bijjan@…` for
 * `jan@…`, and not `jan@school.example.org` for `jan@school.example`.
 */
export function holdsAddress(column: PgColumn, email: string): SQL {
  const pattern = `(^|[^a-z0-9._%+-])${escapeRegex(email.toLowerCase())}($|[^a-z0-9.-])`;
  return sql`lower(${column}::text) ~ ${pattern}`;
}

/** The steps after the first (one per table with something to do by person id), in data-map order. */
export function erasureSteps(entries: DataMapEntry[]): DataMapEntry[] {
  return entries.filter(({ classification: { erasure, subject } }) => {
    if (erasure?.action === 'delete') return (subject?.personId ?? []).length > 0;
    if (erasure?.action === 'keep') return erasure.pseudonymise !== undefined;
    return false;
  });
}

/**
 * The first step, once and in the same transaction as the person becoming the pseudonym: deletes the
 * rows of `delete` tables found by the person's e-mail address (`subject.email`, `erasure.emailIn`),
 * and replaces their name where others' rows quote it (`erasure.nameIn`). Returns the rows removed
 * or changed per table (tables without any left out).
 */
export async function eraseByAddressAndName(database: Database, entries: DataMapEntry[], subject: ErasedSubject): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  const count = (table: string, n: number) => {
    if (n > 0) removed[table] = (removed[table] ?? 0) + n;
  };
  for (const entry of entries) {
    const { erasure } = entry.classification;
    if (erasure?.action !== 'delete' && erasure?.action !== 'keep') continue;
    const columns = getTableColumns(entry.table) as Record<string, PgColumn>;
    const name = subject.name.trim();
    if (erasure.nameIn && name.length >= MIN_QUOTED_NAME) {
      // \m and \M: word boundaries, so "Jan de Vries" is not replaced inside "Jan de Vriesland".
      const pattern = `\\m${escapeRegex(name)}\\M`;
      for (const key of erasure.nameIn) {
        const column = columns[key];
        const replaced = column.columnType === 'PgJsonb' ? sql`regexp_replace(${column}::text, ${pattern}, ${ERASED_PERSON_NAME}, 'g')::jsonb` : sql`regexp_replace(${column}, ${pattern}, ${ERASED_PERSON_NAME}, 'g')`;
        const rows = await database.db
          .update(entry.table)
          .set({ [key]: replaced })
          .where(sql`${column}::text ~ ${pattern}`)
          .returning();
        count(entry.tableName, rows.length);
      }
    }
    if (erasure.action !== 'delete') continue;
    const conditions: SQL[] = [
      ...(entry.classification.subject?.email ?? []).map((key) => sql`lower(${columns[key]}) = ${subject.email.toLowerCase()}`),
      ...(erasure.emailIn ?? []).map((key) => holdsAddress(columns[key], subject.email)),
    ];
    if (conditions.length === 0) continue;
    const rows = await database.db
      .delete(entry.table)
      .where(or(...conditions))
      .returning();
    count(entry.tableName, rows.length);
  }
  return removed;
}

/**
 * One step by person id: a `delete` table loses the person's rows; a `keep` table with `pseudonymise`
 * gets the pseudonym in its name columns where the person is named. Idempotent (a step run again
 * finds nothing left to do). Returns the rows changed.
 */
export async function eraseStep(database: Database, entry: DataMapEntry, personId: string): Promise<number> {
  const { erasure, subject } = entry.classification;
  const columns = getTableColumns(entry.table) as Record<string, PgColumn>;
  if (erasure?.action === 'delete') {
    const conditions = (subject?.personId ?? []).map((key) => eq(columns[key], personId));
    if (conditions.length === 0) return 0;
    return (await database.db.delete(entry.table).where(or(...conditions)).returning()).length;
  }
  if (erasure?.action === 'keep' && erasure.pseudonymise) {
    const { by, names } = erasure.pseudonymise;
    const named = or(...by.map((key) => eq(columns[key], personId)));
    const notYet = or(...names.map((key) => ne(columns[key], ERASED_PERSON_NAME)));
    const values = Object.fromEntries(names.map((key) => [key, ERASED_PERSON_NAME]));
    return (
      await database.db
        .update(entry.table)
        .set(values)
        .where(sql`(${named}) and (${notYet})`)
        .returning()
    ).length;
  }
  return 0;
}
