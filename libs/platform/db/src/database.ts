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
import { Pool } from 'pg';

const countingLogger = {
  logQuery: () => {
    Database.statementCounter.count++;
  },
};

/** The drizzle handle repositories use: the database itself or the current transaction. */
export type Db = PgDatabase<PgQueryResultHKT>;

export type DatabaseOptions = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; poolSize: number };

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

/**
 * One schema, two drivers: embedded PGlite (file-backed, the default) or a real PostgreSQL
 * server through `pg`. Transactions opened with `transaction()` are visible to every
 * repository call made inside them through AsyncLocalStorage, so core services can span
 * several repositories without seeing drizzle.
 */
export class Database {
  /** Statements sent since the database was opened (benchmarks and tests count them). */
  static statementCounter = { count: 0 };
  private readonly storage = new AsyncLocalStorage<{ tx: Db; afterCommit: Array<() => unknown> }>();

  private constructor(
    readonly kind: 'pglite' | 'postgres',
    private readonly root: Db,
    private readonly closeFn: () => Promise<void>,
    private readonly pingFn: () => Promise<void>,
  ) {}

  static async open(options: DatabaseOptions): Promise<Database> {
    if (options.kind === 'pglite') {
      mkdirSync(options.dataDir, { recursive: true });
      const client = new PGlite(resolve(options.dataDir));
      await client.waitReady;
      const db = drizzlePglite({ client, logger: countingLogger }) as unknown as Db;
      return new Database(
        'pglite',
        db,
        () => client.close(),
        async () => {
          await client.query('select 1');
        },
      );
    }
    const pool = new Pool({ connectionString: options.url, max: options.poolSize, connectionTimeoutMillis: 5000 });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    const db = drizzlePg({ client: pool, logger: countingLogger }) as unknown as Db;
    return new Database(
      'postgres',
      db,
      () => pool.end(),
      async () => {
        const client = await pool.connect();
        try {
          await client.query('select 1');
        } finally {
          client.release();
        }
      },
    );
  }

  /** The current transaction when inside `transaction()`, otherwise the database. */
  get db(): Db {
    return this.storage.getStore()?.tx ?? this.root;
  }

  /** Runs `work` in one transaction (joins the current one when nested). */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.storage.getStore()) return work();
    const afterCommit: Array<() => unknown> = [];
    const result = await this.root.transaction((tx) => this.storage.run({ tx: tx as unknown as Db, afterCommit }, work));
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
    const folder = migrationsFolder();
    if (this.kind === 'pglite') {
      await migratePglite(this.root as never, { migrationsFolder: folder });
      return;
    }
    // Several API nodes may boot at once: one migrates, the others wait on the lock.
    await this.root.execute(sql`select pg_advisory_lock(7240331)`);
    try {
      await migratePg(this.root as never, { migrationsFolder: folder });
    } finally {
      await this.root.execute(sql`select pg_advisory_unlock(7240331)`);
    }
  }

  async ping(): Promise<void> {
    await this.pingFn();
  }

  async close(): Promise<void> {
    await this.closeFn();
  }
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
