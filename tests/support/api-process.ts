// Starts the built API (dist/apps/api/src/main.js) as a child process for cross-app suites.
//
// Storage follows the environment of the test run, so the same suites run both ways:
//   default                  embedded PGlite in a fresh temporary DATA_DIR
//   TEST_DB=postgres         a fresh database on the local PostgreSQL (see pg-database.ts)
//   TEST_REDIS_URL=redis://… passed to the API as REDIS_URL
// Whatever startApi creates (temp DATA_DIR, PostgreSQL database) is removed again by stop()/kill().
// To restart an API on the same data, create the storage yourself and pass it in
// (`dataDir`, or `env.DATABASE_URL` from createPgDatabase()); then it is yours to clean up.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { createPgDatabase, type PgDatabase } from './pg-database';
import { settlesWithin, sleep } from './timing';

export { createPgDatabase, type PgDatabase } from './pg-database';
export { GraphqlHttpClient, type GraphqlError, type GraphqlResult, SESSION_COOKIE } from './graphql-client';
export { CookieJar } from './cookie-jar';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const API_MAIN = join(REPO_ROOT, 'dist', 'apps', 'api', 'src', 'main.js');

// Generous: on a loaded 2-core machine a cold boot (migrations, demo seed) has taken over 60 s.
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;
const LOG_LIMIT_CHARS = 4_000_000;
const LOG_TAIL_CHARS = 6_000;

// Variables the API reads; never inherited from the shell that runs jest, only set explicitly.
const API_ENV_KEYS = [
  'NODE_ENV',
  'HOST',
  'PORT',
  'PUBLIC_URL',
  'LOG_LEVEL',
  'DATA_DIR',
  'DATABASE_URL',
  'DATABASE_POOL_SIZE',
  'REDIS_URL',
  'STARTUP_WAIT_SECONDS',
  'SESSION_SECRET',
  'SESSION_TTL_HOURS',
  'COOKIE_SECURE',
  'DEMO_MODE',
  'SEED_DEMO',
  'LOGIN_RATE_LIMIT',
  'LOGIN_RATE_WINDOW_SECONDS',
  'GRAPHQL_MAX_DEPTH',
  'GRAPHQL_MAX_COST',
  'GRAPHQL_MAX_ALIASES',
  'GRAPHQL_MAX_TOKENS',
  'GRAPHQL_INTROSPECTION',
  'OIDC_ISSUER_URL',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_LABEL',
  'OIDC_SCOPES',
  'OIDC_ALLOWED_TENANT_IDS',
  'WEB_DIST_DIR',
  'NODE_OPTIONS',
  'SMTP_URL',
  'MAIL_FROM',
  'OUTBOX_POLL_MS',
  'REMINDER_INTERVAL_MS',
  'RETENTION_INTERVAL_MS',
  'ERASURE_STEP_PAUSE_MS',
  'CLOCK_OFFSET_DAYS',
  'DEPARTED_RETENTION_MONTHS',
  'PERSON_EXPORT_INLINE_MAX_ROWS',
  'PERSON_EXPORT_RETENTION_HOURS',
  'WAITLIST_CLAIM_HOURS',
  'DOCUMENT_MAX_BYTES',
  'TEAMS_ANNOUNCE_WINDOW_SECONDS',
  'OUTBOX_LEASE_SECONDS',
  'OUTBOX_CONCURRENCY',
  'TEAMS_MIRROR_LEASE_SECONDS',
  'MS_GRAPH_CLIENT_ID',
  'MS_GRAPH_CLIENT_SECRET',
  'MS_GRAPH_AUTHORITY_HOST',
  'MS_GRAPH_BASE_URL',
  'MS_GRAPH_CA_FILE',
  'MS_GRAPH_PERMISSION_MODEL',
  'MS_GRAPH_DRIFT_INTERVAL_MS',
  'PUBLIC_PAGE_CACHE_TTL_MS',
  'METRICS_TOKEN',
  'DISK_MIN_FREE_MB',
  'ALLOWED_ORIGINS',
  'WEBHOOK_ALLOW_PRIVATE_ADDRESSES',
  'TRUST_PROXY',
  'LOG_FORMAT',
];

export interface StartApiOptions {
  /** Extra or overriding environment for the API (wins over everything startApi derives). */
  env?: Record<string, string>;
  /** Port to listen on; a free one when absent. */
  port?: number;
  /** PGlite folder; a fresh temporary folder (removed on stop) when absent. */
  dataDir?: string;
  /** How long to wait for GET /readyz to answer 200 (default 120 s). */
  readyTimeoutMs?: number;
  /** Called with every chunk the process writes (stdout and stderr), also before it is ready. */
  onOutput?: (chunk: string) => void;
}

export interface ApiHandle {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  dataDir: string;
  /** DATABASE_URL the API got (undefined when it runs on PGlite). */
  databaseUrl?: string;
  redisUrl?: string;
  pid: number;
  /** SIGTERM and wait for the process to exit (fails when it does not exit within 20 s). */
  stop(): Promise<void>;
  /** SIGKILL (a crash) and wait for the exit. */
  kill(): Promise<void>;
  /** Everything the process wrote to stdout and stderr so far. */
  logs(): string;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function getFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') {
        server.close();
        reject(new Error('could not determine a free port'));
        return;
      }
      server.close(() => resolvePort(address.port));
    });
  });
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Never leave API processes behind when jest exits without calling stop().
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

class LogBuffer {
  private text = '';
  append(chunk: string): void {
    this.text += chunk;
    if (this.text.length > LOG_LIMIT_CHARS) this.text = this.text.slice(this.text.length - LOG_LIMIT_CHARS / 2);
  }
  all(): string {
    return this.text;
  }
  tail(chars = LOG_TAIL_CHARS): string {
    return this.text.length > chars ? `…${this.text.slice(-chars)}` : this.text;
  }
}

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of API_ENV_KEYS) delete env[key];
  return env;
}

export async function startApi(opts: StartApiOptions = {}): Promise<ApiHandle> {
  if (!existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} does not exist: build the API first (npm run build).`);
  }
  installExitHook();

  const port = opts.port ?? (await getFreePort());
  const url = `http://127.0.0.1:${port}`;
  const cleanups: Array<() => Promise<void> | void> = [];

  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'verbinder-api-'));
  if (!opts.dataDir) cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    DATA_DIR: dataDir,
    DEMO_MODE: 'true',
    SEED_DEMO: 'true',
    SESSION_SECRET: 'e2e-session-secret-0123456789abcdef0123456789',
    LOG_LEVEL: 'info',
  };

  let database: PgDatabase | undefined;
  try {
    if (process.env['TEST_DB'] === 'postgres' && !(opts.env && 'DATABASE_URL' in opts.env)) {
      database = await createPgDatabase('verbinder_e2e');
      const db = database;
      cleanups.push(() => db.drop());
      env['DATABASE_URL'] = db.url;
    } else if (process.env['TEST_DB'] && process.env['TEST_DB'] !== 'postgres' && process.env['TEST_DB'] !== 'pglite') {
      throw new Error(`TEST_DB must be "postgres" or "pglite", not "${process.env['TEST_DB']}"`);
    }
    // Not when the global setup found it unreachable (TEST_REDIS_UNAVAILABLE): the API would wait for it at boot.
    const redisUrl = process.env['TEST_REDIS_UNAVAILABLE'] ? undefined : process.env['TEST_REDIS_URL'];
    if (redisUrl) env['REDIS_URL'] = redisUrl;
    Object.assign(env, opts.env ?? {});
  } catch (error) {
    await runCleanups(cleanups);
    throw error;
  }

  const logs = new LogBuffer();
  const child = spawn(process.execPath, [API_MAIN], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const output = (chunk: string) => {
    logs.append(chunk);
    opts.onOutput?.(chunk);
  };
  child.stdout?.setEncoding('utf8').on('data', output);
  child.stderr?.setEncoding('utf8').on('data', output);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolveExit({ code, signal });
    });
  });
  const spawnError = new Promise<Error>((resolveError) => child.once('error', resolveError));

  let cleanedUp = false;
  const cleanupOnce = async () => {
    if (cleanedUp) return;
    cleanedUp = true;
    await runCleanups(cleanups);
  };

  const terminate = async (signal: NodeJS.Signals, timeoutMs: number): Promise<boolean> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return settlesWithin(exited, timeoutMs);
  };

  const handle: ApiHandle = {
    url,
    port,
    dataDir,
    databaseUrl: env['DATABASE_URL'] || undefined,
    redisUrl: env['REDIS_URL'] || undefined,
    pid: child.pid ?? -1,
    logs: () => logs.all(),
    async stop() {
      const exitedInTime = await terminate('SIGTERM', STOP_TIMEOUT_MS);
      if (!exitedInTime) {
        await terminate('SIGKILL', 5_000);
        await cleanupOnce();
        throw new Error(`API (pid ${child.pid}) did not exit within ${STOP_TIMEOUT_MS / 1000} s after SIGTERM; killed it.\n${logs.tail()}`);
      }
      await cleanupOnce();
    },
    async kill() {
      await terminate('SIGKILL', 10_000);
      await cleanupOnce();
    },
  };

  const readyTimeoutMs = opts.readyTimeoutMs ?? READY_TIMEOUT_MS;
  const deadline = Date.now() + readyTimeoutMs;
  let lastProblem = 'no answer yet';
  try {
    for (;;) {
      const early = await Promise.race([
        exited.then((info) => `exited (code ${info.code}, signal ${info.signal})`),
        spawnError.then((error) => `could not be started: ${error.message}`),
        sleep(0).then(() => undefined),
      ]);
      if (early) throw new Error(`API ${early} before it was ready.\n--- output ---\n${logs.tail()}`);
      if (Date.now() > deadline) {
        throw new Error(`API did not become ready at ${url}/readyz within ${readyTimeoutMs / 1000} s (last: ${lastProblem}).\n--- output ---\n${logs.tail()}`);
      }
      try {
        const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
        const body = await response.text();
        if (response.status === 200 && (JSON.parse(body) as { status?: string }).status === 'ready') break;
        lastProblem = `HTTP ${response.status} ${body.slice(0, 200)}`;
      } catch (error) {
        lastProblem = error instanceof Error ? error.message : String(error);
      }
      await sleep(250);
    }
  } catch (error) {
    await terminate('SIGKILL', 10_000);
    await cleanupOnce();
    throw error;
  }
  return handle;
}

async function runCleanups(cleanups: Array<() => Promise<void> | void>): Promise<void> {
  const problems: unknown[] = [];
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      problems.push(error);
    }
  }
  if (problems.length) throw new Error(`cleanup failed: ${problems.map(String).join('; ')}`);
}
