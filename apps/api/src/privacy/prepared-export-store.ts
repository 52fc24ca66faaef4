import { mkdir, opendir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Database, personExports } from '@verbinder/platform/db';
import { and, eq, inArray, lte } from 'drizzle-orm';

/** How many expired exports (and directory entries) one retention run handles at most; the next run goes on. */
const SWEEP_BATCH = 500;
/** A file in DATA_DIR/exports that no row names (a job killed mid-write, a person erased) is deleted once it is this old. */
const ORPHAN_AFTER_MS = 24 * 60 * 60 * 1000;

/** The name of a prepared export's file (random) and of its temporary file while it is written (by export id). */
export const EXPORT_FILE = /^[A-Za-z0-9_-]{20,64}\.json$/;
export const TEMP_FILE = /^[0-9a-f-]{36}\.tmp$/;

/**
 * The files of exports prepared in the background (inzage, AVG art. 15), in DATA_DIR/exports, and
 * their retention: once `expiresAt` has passed the file is deleted, then its row. The composition
 * root builds one for the retention job and for PersonDataExportService.
 */
export class PreparedExportStore {
  constructor(
    private readonly database: Database,
    readonly dir: string,
  ) {}

  /** Makes DATA_DIR/exports (only the API's own user may read it). */
  async ensureDir(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
  }

  pathOf(fileName: string): string {
    if (!EXPORT_FILE.test(fileName) && !TEMP_FILE.test(fileName)) throw new Error('not an export file name');
    return join(this.dir, fileName);
  }

  tempPathOf(exportId: string): string {
    return this.pathOf(`${exportId}.tmp`);
  }

  /** Deletes a file; one that is already gone is fine. */
  async remove(fileName: string): Promise<boolean> {
    try {
      await unlink(this.pathOf(fileName));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** Deletes the files (ready or being written) of a person's exports, for their erasure; the rows go with the erasure's step for the table. */
  async removeFilesOf(personId: string): Promise<number> {
    let removed = 0;
    const rows = await this.database.db.select({ id: personExports.id, fileName: personExports.fileName }).from(personExports).where(eq(personExports.personId, personId)).limit(SWEEP_BATCH);
    for (const row of rows) {
      if (row.fileName && (await this.remove(row.fileName))) removed++;
      if (await this.remove(`${row.id}.tmp`)) removed++;
    }
    return removed;
  }

  /**
   * The retention rule: deletes the files of expired exports and then their rows (a file first, so a
   * crash in between leaves a row that the next run removes, never a file without a row that
   * outlives its term), and files that no row names once they are a day old.
   */
  async purgeExpired(now: Date): Promise<{ personExports: number; personExportFiles: number }> {
    let files = 0;
    const expired = await this.database.db.select({ id: personExports.id, fileName: personExports.fileName }).from(personExports).where(lte(personExports.expiresAt, now)).limit(SWEEP_BATCH);
    for (const row of expired) {
      if (row.fileName && (await this.remove(row.fileName))) files++;
      if (await this.remove(`${row.id}.tmp`)) files++;
    }
    if (expired.length > 0) {
      await this.database.db.delete(personExports).where(
        and(
          inArray(
            personExports.id,
            expired.map((r) => r.id),
          ),
          lte(personExports.expiresAt, now),
        ),
      );
    }
    files += await this.removeOrphans(now);
    return { personExports: expired.length, personExportFiles: files };
  }

  /** Files in the directory that no row names (or a temporary file of no export in preparation), older than a day; at most SWEEP_BATCH entries a run. */
  private async removeOrphans(now: Date): Promise<number> {
    const candidates: string[] = [];
    try {
      const dir = await opendir(this.dir);
      for await (const entry of dir) {
        if (entry.isFile() && (EXPORT_FILE.test(entry.name) || TEMP_FILE.test(entry.name))) candidates.push(entry.name);
        if (candidates.length >= SWEEP_BATCH) break;
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    if (candidates.length === 0) return 0;
    const finals = candidates.filter((name) => EXPORT_FILE.test(name));
    const temps = candidates.filter((name) => TEMP_FILE.test(name)).map((name) => name.slice(0, -'.tmp'.length));
    const named = new Set<string>();
    if (finals.length > 0) {
      for (const row of await this.database.db.select({ fileName: personExports.fileName }).from(personExports).where(inArray(personExports.fileName, finals))) {
        if (row.fileName) named.add(row.fileName);
      }
    }
    if (temps.length > 0) {
      for (const row of await this.database.db.select({ id: personExports.id, status: personExports.status }).from(personExports).where(inArray(personExports.id, temps))) {
        if (row.status === 'preparing') named.add(`${row.id}.tmp`);
      }
    }
    let removed = 0;
    for (const name of candidates) {
      if (named.has(name)) continue;
      const info = await stat(this.pathOf(name)).catch(() => null);
      if (info && now.getTime() - info.mtimeMs >= ORPHAN_AFTER_MS && (await this.remove(name))) removed++;
    }
    return removed;
  }
}
