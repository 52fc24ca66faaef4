// One data folder and database that outlive the API process: for the suites that kill (SIGKILL) or
// stop the built API and start it again on the same data, and read the database directly afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '@verbinder/platform/db';
import { type ApiHandle, createPgDatabase, type PgDatabase, startApi } from './api-process';

export type Driver = 'pglite' | 'postgres';

/** The driver of the run: PostgreSQL with TEST_DB=postgres, embedded PGlite otherwise (CI runs both). */
export const TEST_DRIVER: Driver = process.env['TEST_DB'] === 'postgres' ? 'postgres' : 'pglite';

export interface RestartableApi {
  /** The PGlite and file folder every start shares. */
  readonly dataDir: string;
  /** The API the last `boot` started (fails when none runs). */
  readonly api: ApiHandle;
  /** Starts the API on the shared data, with `env` over the suite's environment (on `port`, or a free one); it becomes `api`. */
  boot(env?: Record<string, string>, port?: number): Promise<ApiHandle>;
  /** SIGKILLs the running API (a crash). */
  kill(): Promise<void>;
  /** Stops the running API (SIGTERM), so the database can be opened directly. */
  stop(): Promise<void>;
  /** The shared database, opened directly (with the API stopped); the caller closes it. */
  openDatabase(): Promise<Database>;
}

/**
 * Registers the beforeAll (a temporary folder `verbinder-<name>-…`, on PostgreSQL a fresh database
 * `verbinder_<name>_…`) and the afterAll (kill what still runs, drop the database, remove the folder).
 * Every boot runs without Redis and sends no e-mail over SMTP (mail files only), with `env` on top.
 */
export function restartableApi(name: string, env: Record<string, string> = {}, readyTimeoutMs = 120_000): RestartableApi {
  let dataDir: string | undefined;
  let pg: PgDatabase | null = null;
  let api: ApiHandle | null = null;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), `verbinder-${name}-`));
    if (TEST_DRIVER === 'postgres') pg = await createPgDatabase(`verbinder_${name}`);
  }, 60_000);
  afterAll(async () => {
    await api?.kill();
    await pg?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  const running = (): ApiHandle => {
    if (!api) throw new Error('the API does not run');
    return api;
  };
  const folder = (): string => {
    if (!dataDir) throw new Error('the data folder is made in beforeAll');
    return dataDir;
  };
  return {
    get dataDir() {
      return folder();
    },
    get api() {
      return running();
    },
    async boot(extra = {}, port?: number) {
      api = await startApi({ dataDir: folder(), port, env: { DATABASE_URL: pg?.url ?? '', REDIS_URL: '', SMTP_URL: '', ...env, ...extra }, readyTimeoutMs });
      return api;
    },
    async kill() {
      await running().kill();
      api = null;
    },
    async stop() {
      await running().stop();
      api = null;
    },
    openDatabase() {
      return Database.open(pg ? { kind: 'postgres', url: pg.url, poolSize: 2 } : { kind: 'pglite', dataDir: join(folder(), 'pglite') });
    },
  };
}
