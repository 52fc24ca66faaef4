// A migrated database on either driver for integration tests: embedded PGlite in a temporary
// folder, or a fresh database on the machine's PostgreSQL server. `close` removes it again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../database';
import { createPgDatabase } from './pg-database';

export type Driver = 'pglite' | 'postgres';

export async function openTestDatabase(driver: Driver, name: string): Promise<{ database: Database; close(): Promise<void> }> {
  if (driver === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'verbinder-int-'));
    const database = await Database.open({ kind: 'pglite', dataDir });
    await database.migrate();
    return {
      database,
      close: async () => {
        await database.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const pg = await createPgDatabase(name);
  const database = await Database.open({ kind: 'postgres', url: pg.url, poolSize: 4 });
  await database.migrate();
  return {
    database,
    close: async () => {
      await database.close();
      await pg.drop();
    },
  };
}
