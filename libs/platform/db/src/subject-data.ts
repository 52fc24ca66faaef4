// Inzage (AVG art. 15) driven by the data map: every table whose classification names how a row is
// a person's own is searched, so a new table with a `subject` is in every export without more code.
import { asc, count, eq, getTableColumns, or, SQL } from 'drizzle-orm';
import { getTableConfig, PgColumn } from 'drizzle-orm/pg-core';
import { Database } from './database';
import { DataCategory, DataMapEntry } from './data-map';

export interface SubjectTableData {
  domain: string;
  table: string;
  purpose: string;
  retention: string;
  rows: Array<Record<string, unknown>>;
  /** True when more rows exist than an export holds (see `maxRows`). */
  truncated: boolean;
}

/** Secrets are never exported, even to their owner: only their presence is (hashes of passwords and links, ID tokens, a Teams channel's webhook address). */
const SECRET = /(Hash|IdToken|WebhookUrl)$/;
export const NOT_EXPORTED_SECRET = '[niet geëxporteerd: beveiligingsgegeven]';
export const NOT_EXPORTED_OTHERS = '[niet geëxporteerd: gegevens van anderen]';

function exportValue(key: string, category: DataCategory, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (SECRET.test(key)) return NOT_EXPORTED_SECRET;
  // Sensitive columns (pupils in stories) are about someone else than the staff member asking.
  if (category === 'sensitive') return NOT_EXPORTED_OTHERS;
  return value instanceof Date ? value.toISOString() : value;
}

/** A table with rows that can be a person's own (it names a `subject`), and how to find them. */
export interface SubjectTable {
  entry: DataMapEntry;
  /** The rows that are the person's own. */
  where: SQL;
  /** The primary key, for a stable order when reading in batches. */
  order: PgColumn[];
  toExport(row: Record<string, unknown>): Record<string, unknown>;
}

/** Every table of the data map with a `subject`, in data-map order (the export's order). */
export function subjectTables(entries: DataMapEntry[], person: { id: string; email: string }): SubjectTable[] {
  const out: SubjectTable[] = [];
  for (const entry of entries) {
    const subject = entry.classification.subject;
    if (!subject) continue;
    const columns = getTableColumns(entry.table) as Record<string, PgColumn>;
    const conditions: SQL[] = [...(subject.personId ?? []).map((key) => eq(columns[key], person.id)), ...(subject.email ?? []).map((key) => eq(columns[key], person.email))];
    if (conditions.length === 0) continue;
    const config = getTableConfig(entry.table);
    const order = [...config.columns.filter((c) => c.primary), ...config.primaryKeys.flatMap((pk) => pk.columns)];
    const categories = entry.classification.columns as Record<string, DataCategory>;
    out.push({
      entry,
      where: or(...conditions) as SQL,
      order: (order.length > 0 ? order : Object.values(columns)) as unknown as PgColumn[],
      toExport: (row) => Object.fromEntries(Object.keys(columns).map((key) => [columns[key].name, exportValue(key, categories[key], row[key])])),
    });
  }
  return out;
}

/** How many rows are the person's own, per table (cheap COUNT queries, nothing loaded). */
export async function countSubjectRows(database: Database, tables: SubjectTable[]): Promise<number[]> {
  const counts: number[] = [];
  for (const table of tables) {
    const [row] = await database.db.select({ n: count() }).from(table.entry.table).where(table.where);
    counts.push(Number(row?.n ?? 0));
  }
  return counts;
}

/** One batch (`limit` rows from `offset`, in primary-key order) of a table's rows that are the person's own, as exported. */
export async function subjectRowBatch(database: Database, table: SubjectTable, offset: number, limit: number): Promise<Array<Record<string, unknown>>> {
  const rows = (await database.db
    .select()
    .from(table.entry.table)
    .where(table.where)
    .orderBy(...table.order.map((c) => asc(c)))
    .limit(limit)
    .offset(offset)) as Array<Record<string, unknown>>;
  return rows.map(table.toExport);
}

/** Every row that is the person's own, table by table (tables without rows left out), in data-map order. */
export async function collectSubjectData(database: Database, entries: DataMapEntry[], person: { id: string; email: string }, maxRows = 5000): Promise<SubjectTableData[]> {
  const out: SubjectTableData[] = [];
  for (const table of subjectTables(entries, person)) {
    const entry = table.entry;
    const rows = (await database.db
      .select()
      .from(entry.table)
      .where(table.where)
      .limit(maxRows + 1)) as Array<Record<string, unknown>>;
    if (rows.length === 0) continue;
    out.push({
      domain: entry.domain,
      table: entry.tableName,
      purpose: entry.classification.purpose,
      retention: entry.classification.retention.rule,
      rows: rows.slice(0, maxRows).map(table.toExport),
      truncated: rows.length > maxRows,
    });
  }
  return out;
}
