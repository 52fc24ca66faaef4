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

/** A name is searched for in free text only with at least two words (a first name alone matches too much). */
const MIN_NAME_WORDS = 2;

/** Escapes a string for a PostgreSQL regular expression. */
const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Counts changed rows without bringing them into the process. */
const ONE = { one: sql<number>`1` };

/**
 * A column whose text holds the address as a whole address: not `bijjan@…` for `jan@…`, and not
 * `jan@school.example.org` for `jan@school.example` (a rate-limit key `email:jan@…`).
 */
export function holdsAddress(column: PgColumn, email: string): SQL {
  const pattern = `(^|[^a-z0-9._%+-])${escapeRegex(email.toLowerCase())}($|[^a-z0-9.-])`;
  return sql`lower(${column}::text) ~ ${pattern}`;
}

/**
 * `column` or `column.field` (a string field of a jsonb column, e.g. `payload.to`) as text. Only the
 * declared fields are read or changed: a JSON document is never edited as text.
 */
function target(columns: Record<string, PgColumn>, path: string): { column: PgColumn; key: string; field: string | null; text: SQL } {
  const [key, field = null] = path.split('.', 2) as [string, string?];
  const column = columns[key];
  return { column, key, field, text: field ? sql`(${column} ->> ${field})` : sql`${column}` };
}

/** The rows (of `delete` tables) that are the person's by address: `subject.email` and `erasure.emailIn` (exact, any case; a key holding the address). */
function byAddress(entry: DataMapEntry, email: string): SQL | null {
  const { erasure, subject } = entry.classification;
  if (erasure?.action !== 'delete') return null;
  const columns = getTableColumns(entry.table) as Record<string, PgColumn>;
  const conditions: SQL[] = [
    ...(subject?.email ?? []).map((key) => sql`lower(${columns[key]}) = ${email.toLowerCase()}`),
    ...(erasure.emailIn ?? []).map((path) => {
      const t = target(columns, path);
      return t.field ? sql`lower(${t.text}) = ${email.toLowerCase()}` : holdsAddress(t.column, email);
    }),
  ];
  return conditions.length ? (or(...conditions) ?? null) : null;
}

/** The steps after the first (one per table with something to do by person id), in data-map order. */
export function erasureSteps(entries: DataMapEntry[]): DataMapEntry[] {
  return entries.filter(({ classification: { erasure, subject } }) => {
    if (erasure?.action === 'delete') return (subject?.personId ?? []).length > 0;
    if (erasure?.action === 'keep') return erasure.pseudonymise !== undefined || (erasure.removeFromLists ?? []).length > 0;
    return false;
  });
}

/**
 * Rows found by the person's address: deleted (the first step, and the last pass for what other
 * work queued meanwhile). Returns the rows removed per table (tables without any left out).
 */
export async function eraseByAddress(database: Database, entries: DataMapEntry[], email: string): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  for (const entry of entries) {
    const condition = byAddress(entry, email);
    if (!condition) continue;
    const rows = await database.db.delete(entry.table).where(condition).returning(ONE);
    if (rows.length > 0) removed[entry.tableName] = rows.length;
  }
  return removed;
}

/** Whether any row a `delete` table has for the address matches `extra` (e.g. an e-mail job being sent), locking those rows. */
export async function lockByAddress(database: Database, entry: DataMapEntry, email: string, extra: SQL): Promise<boolean> {
  const condition = byAddress(entry, email);
  if (!condition) return false;
  const rows = await database.db.select(ONE).from(entry.table).where(condition).for('update');
  if (rows.length === 0) return false;
  return (
    (
      await database.db
        .select(ONE)
        .from(entry.table)
        .where(sql`(${condition}) and (${extra})`)
    ).length > 0
  );
}

/**
 * The first step: the person's full name (two words or more), quoted in the declared text fields of
 * rows that stay for others (`erasure.nameIn`: others' notifications, the text of e-mails to
 * others), becomes the pseudonym — as a whole name, in any case, never inside a longer word.
 */
export async function pseudonymiseQuotedName(database: Database, entries: DataMapEntry[], name: string): Promise<Record<string, number>> {
  const changed: Record<string, number> = {};
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < MIN_NAME_WORDS) return changed;
  const pattern = `(^|[^[:alnum:]])${words.map(escapeRegex).join('\\s+')}($|[^[:alnum:]])`;
  const replacement = `\\1${ERASED_PERSON_NAME}\\2`;
  for (const entry of entries) {
    const { erasure } = entry.classification;
    if (erasure?.action !== 'delete' && erasure?.action !== 'keep') continue;
    const columns = getTableColumns(entry.table) as Record<string, PgColumn>;
    for (const path of erasure.nameIn ?? []) {
      const t = target(columns, path);
      const value = sql`regexp_replace(${t.text}, ${pattern}, ${replacement}, 'gi')`;
      const rows = await database.db
        .update(entry.table)
        .set({ [t.key]: t.field ? sql`jsonb_set(${t.column}, ${`{${t.field}}`}::text[], to_jsonb(${value}))` : value })
        .where(sql`${t.text} ~* ${pattern}`)
        .returning(ONE);
      if (rows.length > 0) changed[entry.tableName] = (changed[entry.tableName] ?? 0) + rows.length;
    }
  }
  return changed;
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
    return (
      await database.db
        .delete(entry.table)
        .where(or(...conditions))
        .returning(ONE)
    ).length;
  }
  let changed = 0;
  if (erasure?.action === 'keep' && (erasure.removeFromLists ?? []).length > 0) {
    // A jsonb list of person ids (a series' organisers): the id goes from the list, the row stays.
    for (const key of erasure.removeFromLists ?? []) {
      const column = columns[key];
      changed += (
        await database.db
          .update(entry.table)
          .set({ [key]: sql`${column} - ${personId}::text` })
          .where(sql`${column} @> jsonb_build_array(${personId}::text)`)
          .returning(ONE)
      ).length;
    }
  }
  if (erasure?.action === 'keep' && erasure.pseudonymise) {
    const { by, names } = erasure.pseudonymise;
    const named = or(...by.map((key) => eq(columns[key], personId)));
    const notYet = or(...names.map((key) => ne(columns[key], ERASED_PERSON_NAME)));
    const values = Object.fromEntries(names.map((key) => [key, ERASED_PERSON_NAME]));
    changed += (
      await database.db
        .update(entry.table)
        .set(values)
        .where(sql`(${named}) and (${notYet})`)
        .returning(ONE)
    ).length;
  }
  return changed;
}
