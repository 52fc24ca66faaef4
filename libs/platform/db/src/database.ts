import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Pool, type PoolConfig } from 'pg';
import { infrastructureFaultOf } from '@verbinder/shared/kernel';
import { acquireDataDirLock } from './data-dir-lock';

const countingLogger = {
  logQuery: () => {
    Database.statementCounter.count++;
  },
};

/** The drizzle handle repositories use: the database itself or the current transaction. */
export type Db = PgDatabase<PgQueryResultHKT>;

export type DatabaseOptions = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; poolSize: number };

/** Where the database reports what happens to its connections (the API passes its logger). */
export type DatabaseLog = (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;

/** What /readyz reports about the database. */
export interface DatabaseHealth {
  ok: boolean;
  /** False while writes fail for lack of room (disk full, quota) — seen within the last 15 s. */
  writable: boolean;
  /** Why not ok or not writable. */
  problem?: string;
}

/** How long a write that failed for lack of room keeps the database "not writable" in /readyz. */
const STORAGE_FAULT_HOLD_MS = 15_000;

/** Where the committed SQL migrations live (found from source and from dist alike). */
export function migrationsFolder(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, 'libs', 'platform', 'db', 'migrations');
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
    const local = join(dir, 'migrations');
    if (existsSync(join(local, 'meta', '_journal.json'))) return local;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find libs/platform/db/migrations from ' + __dirname);
    dir = parent;
  }
}

interface Driver {
  root: Db;
  close(): Promise<void>;
  ping(): Promise<void>;
  migrate(folder: string): Promise<void>;
  /** A reason the driver cannot serve right now (PGlite being reopened), or null. */
  problem(): string | null;
}

/**
 * One schema, two drivers: embedded PGlite (file-backed, the default) or a real PostgreSQL
 * server through `pg`. Transactions opened with `transaction()` are visible to every
 * repository call made inside them through AsyncLocalStorage, so core services can span
 * several repositories without seeing drizzle.
 *
 * Infrastructure faults never take the process down: every pg connection has an `error` listener
 * for its whole life, so a dropped connection (restart, failover, terminated backend) fails only
 * the statements in flight and the pool makes new connections; a PGlite instance that aborted
 * (e.g. a checkpoint on a full disk) is reopened from its folder. Writes that fail for lack of room
 * are remembered for /readyz.
 */
export class Database {
  /** Statements sent since the database was opened (benchmarks and tests count them). */
  static statementCounter = { count: 0 };
  private readonly storage = new AsyncLocalStorage<{ tx: Db; afterCommit: Array<() => unknown> }>();
  private lastStorageFault: { at: number; message: string } | null = null;
  private readonly root: Db;

  private constructor(
    readonly kind: 'pglite' | 'postgres',
    private readonly driver: Driver,
  ) {
    this.root = driver.root;
  }

  static async open(options: DatabaseOptions, log: DatabaseLog = () => undefined): Promise<Database> {
    const opened: { database?: Database } = {};
    const noteFailure = (error: unknown) => opened.database?.noteFailure(error);
    const driver = options.kind === 'pglite' ? await openPglite(options.dataDir, log, noteFailure) : openPostgres(options, log, noteFailure);
    opened.database = new Database(options.kind, driver);
    return opened.database;
  }

  /** Remembers a write that failed for lack of room (disk full, quota), for /readyz. */
  private noteFailure(error: unknown): void {
    if (infrastructureFaultOf(error)?.reason === 'storage-full') this.lastStorageFault = { at: Date.now(), message: (error as Error).message };
  }

  /** The current transaction when inside `transaction()`, otherwise the database. */
  get db(): Db {
    return this.storage.getStore()?.tx ?? this.root;
  }

  /** Runs `work` in one transaction (joins the current one when nested). */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.storage.getStore()) return work();
    const afterCommit: Array<() => unknown> = [];
    let result: T;
    try {
      result = await this.root.transaction((tx) => this.storage.run({ tx: tx as unknown as Db, afterCommit }, work));
    } catch (error) {
      this.noteFailure(error);
      throw error;
    }
    for (const hook of afterCommit) {
      try {
        await hook();
      } catch (error) {
        // The transaction is committed; a failing hook (an event fan-out) must not turn it into an error.
        process.emitWarning(`after-commit hook failed: ${(error as Error).message}`);
      }
    }
    return result;
  }

  /** Runs `hook` after the current transaction commits (at once when there is none); dropped on rollback. */
  afterCommit(hook: () => unknown): void {
    const store = this.storage.getStore();
    if (store) store.afterCommit.push(hook);
    else void Promise.resolve().then(hook);
  }

  /**
   * Serialises the current transaction against others taking the same key (a PostgreSQL
   * transaction-level advisory lock; released at commit or rollback).
   */
  async lockForTransaction(key: string): Promise<void> {
    if (!this.storage.getStore()) throw new Error('lockForTransaction needs a transaction');
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
  }

  async migrate(): Promise<void> {
    await this.driver.migrate(migrationsFolder());
  }

  async ping(): Promise<void> {
    const problem = this.driver.problem();
    if (problem) throw Object.assign(new Error(problem), { code: 'DATABASE_RESTARTING' });
    await this.driver.ping();
  }

  /** Reachable (answers `select 1`) and writable (no write failed for lack of room in the last 15 s). */
  async health(): Promise<DatabaseHealth> {
    const fault = this.lastStorageFault && Date.now() - this.lastStorageFault.at < STORAGE_FAULT_HOLD_MS ? this.lastStorageFault : null;
    try {
      await this.ping();
    } catch (error) {
      return { ok: false, writable: !fault, problem: (error as Error).message };
    }
    return fault ? { ok: true, writable: false, problem: `writes fail: ${fault.message}` } : { ok: true, writable: true };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

function openPostgres(options: { url: string; poolSize: number }, log: DatabaseLog, noteFailure: (error: unknown) => void): Driver {
  const pool = new ObservedPool({ connectionString: options.url, max: options.poolSize, connectionTimeoutMillis: 5000, keepAlive: true }, noteFailure);
  // pg-pool listens for `error` only while a client is idle and removes that listener while it is
  // checked out, so a connection dropped mid-transaction (restart, failover, pg_terminate_backend)
  // would be an unhandled 'error' event that ends the process. This listener stays for the
  // connection's whole life; the statement in flight fails on its own and the broken client is
  // dropped from the pool when released.
  pool.on('connect', (client) => {
    client.on('error', (error: Error) => log('warn', 'database connection lost', { error: error.message, code: (error as { code?: string }).code }));
  });
  pool.on('error', (error: Error) => log('warn', 'idle database connection lost', { error: error.message }));
  const root = drizzlePg({ client: pool, logger: countingLogger }) as unknown as Db;
  return {
    root,
    close: () => pool.end(),
    problem: () => null,
    ping: async () => {
      const client = await pool.connect();
      try {
        await client.query('select 1');
      } finally {
        client.release();
      }
    },
    migrate: async (folder) => {
      // Several API nodes may boot at once: one migrates, the others wait on the lock. The session
      // lock and its unlock must use the same connection, so the migration runs on one client.
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('select pg_advisory_lock(7240331)');
        try {
          await migratePg(drizzlePg({ client }) as never, { migrationsFolder: folder });
        } finally {
          await client.query('select pg_advisory_unlock(7240331)');
        }
      } catch (error) {
        broken = error as Error;
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}

/** A pg Pool that remembers failed statements sent outside transactions (for /readyz). */
class ObservedPool extends Pool {
  constructor(
    config: PoolConfig,
    private readonly noteFailure: (error: unknown) => void,
  ) {
    super(config);
  }

  override query(...args: unknown[]): never {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) result.catch(this.noteFailure);
    return result as never;
  }
}

/** PGlite errors after which the instance is unusable (a wasm abort leaves it answering "cannot drop active portal" for ever). */
function isPgliteFatal(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return (
    (error as { name?: unknown } | null)?.name === 'RuntimeError' ||
    (typeof message === 'string' && (/^Aborted\(/.test(message) || /PGlite is closed/.test(message) || (/cannot drop active portal/.test(message) && (error as { code?: unknown }).code === '24000')))
  );
}

async function startPglite(dataDir: string): Promise<PGlite> {
  const client = new PGlite(dataDir);
  await client.waitReady;
  return client;
}

/**
 * Embedded PGlite behind a lock on its folder (one process only), reopened from the folder when
 * the instance aborts; while it is being reopened statements fail at once with a retryable error.
 */
async function openPglite(folder: string, log: DatabaseLog, noteFailure: (error: unknown) => void): Promise<Driver> {
  const dataDir = resolve(folder);
  mkdirSync(dataDir, { recursive: true });
  const release = acquireDataDirLock(dataDir);
  let client: PGlite | null;
  try {
    client = await startPglite(dataDir);
  } catch (error) {
    release();
    throw error;
  }
  let closing = false;
  let reopening: Promise<void> | null = null;
  let restartProblem: string | null = null;

  const reopen = (cause: string) => {
    if (reopening || closing) return;
    restartProblem = `PGlite is being reopened after: ${cause}`;
    reopening = (async () => {
      for (let attempt = 1; !closing; attempt++) {
        try {
          const next = await startPglite(dataDir);
          if (closing) {
            await next.close().catch(() => undefined);
            return;
          }
          client = next;
          restartProblem = null;
          log('info', 'PGlite reopened', { attempt });
          return;
        } catch (error) {
          const waitMs = Math.min(500 * 2 ** attempt, 5_000);
          log('warn', 'PGlite could not be reopened yet', { attempt, retryInMs: waitMs, error: (error as Error).message });
          await new Promise((r) => setTimeout(r, waitMs).unref());
        }
      }
    })().finally(() => {
      reopening = null;
    });
  };
  const current = (): PGlite => {
    if (client) return client;
    throw Object.assign(new Error(restartProblem ?? 'PGlite is not open'), { code: 'DATABASE_RESTARTING' });
  };
  const failed = (used: PGlite, error: unknown) => {
    noteFailure(error);
    if (used !== client || !isPgliteFatal(error)) return;
    client = null;
    log('error', 'PGlite stopped working; reopening it from its folder', { error: (error as Error).message });
    used.close().catch(() => undefined);
    reopen((error as Error).message);
  };
  const guarded = async <T>(run: (c: PGlite) => Promise<T>): Promise<T> => {
    const used = current();
    try {
      return await run(used);
    } catch (error) {
      failed(used, error);
      throw error;
    }
  };
  // What drizzle uses of a PGlite client, always on the current instance.
  const adapter = {
    query: (...args: Parameters<PGlite['query']>) => guarded((c) => c.query(...args)),
    transaction: (work: Parameters<PGlite['transaction']>[0]) => guarded((c) => c.transaction(work)),
  };
  const root = drizzlePglite({ client: adapter as unknown as PGlite, logger: countingLogger }) as unknown as Db;
  return {
    root,
    problem: () => restartProblem,
    ping: async () => {
      await adapter.query('select 1');
    },
    migrate: async (migrationsFolder) => {
      await migratePglite(root as never, { migrationsFolder });
    },
    close: async () => {
      closing = true;
      try {
        await reopening;
        await client?.close();
      } finally {
        client = null;
        release();
      }
    },
  };
}

/** True when `error` (or its drizzle-wrapped cause) is a PostgreSQL unique violation. */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if ((current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
