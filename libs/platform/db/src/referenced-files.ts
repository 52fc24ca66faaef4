import { getTableColumns } from 'drizzle-orm';
import { PgColumn } from 'drizzle-orm/pg-core';
import { Database } from './database';
import { DataMapEntry } from './data-map';

/**
 * Every file the database still names (the data map's `files` columns of every table), for the
 * orphaned-files sweep: a table that stores files in the document store declares its column there,
 * so a new one cannot lose its files to the sweep.
 */
export async function referencedFiles(database: Database, entries: DataMapEntry[]): Promise<Set<string>> {
  const referenced = new Set<string>();
  for (const entry of entries) {
    const columns = getTableColumns(entry.table) as Record<string, PgColumn>;
    for (const key of entry.classification.files ?? []) {
      const rows = (await database.db.selectDistinct({ sha256: columns[key] }).from(entry.table)) as Array<{ sha256: unknown }>;
      for (const row of rows) if (typeof row.sha256 === 'string') referenced.add(row.sha256);
    }
  }
  return referenced;
}
