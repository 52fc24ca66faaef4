// Inzage (AVG art. 15) driven by the data map: every table whose classification names how a row is
// a person's own is searched, so a new table with a `subject` is in every export without more code.
import { eq, getTableColumns, or, SQL } from 'drizzle-orm';
import { PgColumn } from 'drizzle-orm/pg-core';
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

/** Every row that is the person's own, table by table (tables without rows left out), in data-map order. */
export async function collectSubjectData(database: Database, entries: DataMapEntry[], person: { id: string; email: string }, maxRows = 5000): Promise<SubjectTableData[]> {
  const out: SubjectTableData[] = [];
  for (const entry of entries) {
    const subject = entry.classification.subject;
    if (!subject) continue;
    const columns = getTableColumns(entry.table) as Record<string, PgColumn>;
    const conditions: SQL[] = [
      ...(subject.personId ?? []).map((key) => eq(columns[key], person.id)),
      ...(subject.email ?? []).map((key) => eq(columns[key], person.email)),
    ];
    if (conditions.length === 0) continue;
    const rows = (await database.db
      .select()
      .from(entry.table)
      .where(or(...conditions))
      .limit(maxRows + 1)) as Array<Record<string, unknown>>;
    if (rows.length === 0) continue;
    const categories = entry.classification.columns as Record<string, DataCategory>;
    out.push({
      domain: entry.domain,
      table: entry.tableName,
      purpose: entry.classification.purpose,
      retention: entry.classification.retention.rule,
      rows: rows.slice(0, maxRows).map((row) => Object.fromEntries(Object.keys(columns).map((key) => [columns[key].name, exportValue(key, categories[key], row[key])]))),
      truncated: rows.length > maxRows,
    });
  }
  return out;
}
