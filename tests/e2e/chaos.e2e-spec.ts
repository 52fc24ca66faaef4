// Chaos: the infrastructure under a running API fails while clients keep writing (check-ins,
// werkgroep posts, loket intake: tests/support/write-load.ts). For every scenario the API process
// never exits, every write it acknowledged is stored afterwards, every refusal is HTTP 503/507 with
// Retry-After and a stable code (SERVICE_UNAVAILABLE / INSUFFICIENT_STORAGE), and service resumes
// without a restart. One line of figures per scenario (requests, acknowledged, refused, unanswered,
// recovery time) is printed; docs/operations.md ("Chaos tests") records them.
//
// Servers of the test's own on loopback (tests/support/private-services.ts). The run follows TEST_DB
// like every e2e suite, each half once in CI:
//   TEST_DB=postgres  private PostgreSQL and Redis, two API nodes: (a) PostgreSQL stopped
//                     immediate, (b) stopped fast, (c) restarted, (d) the API's sessions terminated
//                     (pg_terminate_backend), (e) Redis stopped and started; and a node started
//                     while PostgreSQL is down comes up once it returns (during (a)).
//   otherwise         embedded PGlite: (g) a second process on the same folder refuses to start
//                     (and so do db:reset and admin:create), (f) the disk of DATA_DIR (a small tmpfs)
//                     fills up and is freed again (skipped with a reason where mount is not allowed).
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Socket } from 'socket.io-client';
import { ApiHandle, REPO_ROOT, startApi } from '../support/api-process';
import { demoIds, signedIn } from '../support/fixtures';
import { GraphqlResult } from '../support/graphql-client';
import { PrivatePostgres, PrivateRedis, privateServicesUnavailable, startPrivatePostgres, startPrivateRedis } from '../support/private-services';
import { connectSocket, graphqlWsClient, subscribe } from '../support/realtime-clients';
import { sleep, waitFor } from '../support/timing';
import { Acknowledged, acknowledgedResult, LoadClients, missingWrites, prepareLoad, writer, writes } from '../support/write-load';

const SERVER_HALF = process.env['TEST_DB'] === 'postgres';
const unavailable = SERVER_HALF ? privateServicesUnavailable() : null;
if (unavailable) console.warn(`chaos tests (PostgreSQL, Redis) skipped: ${unavailable}`);

// Rate limits far above the load, so every refusal is the outage and not a limit; every request reads its session.
const LOAD_ENV = { LOGIN_RATE_LIMIT: '10000', SESSION_CACHE_MS: '0', GRAPHQL_RESPONSE_CACHE_MS: '0' };

let kvk = 30_000_000 + (process.pid % 1000) * 10_000;

/** Steady writes from some clients; counts what was acknowledged, refused properly, refused badly or not answered. */
class ChaosLoad {
  readonly acknowledged: Acknowledged = { checkIns: [], posts: [], loket: [] };
  requests = 0;
  refusals = 0;
  unanswered = 0;
  unansweredReason: string | undefined;
  readonly bad: string[] = [];
  private readonly ackTimes: number[] = [];
  private readonly stop = { now: false };
  private readonly running: Array<Promise<void>>;

  /** `postBytes`: pad werkgroep posts with incompressible text to this size (to fill a disk sooner). */
  constructor(clients: LoadClients[], tag: string, postBytes = 0) {
    const pad = () => (postBytes ? ` ${randomBytes(postBytes).toString('base64').slice(0, postBytes)}` : '');
    this.running = clients.flatMap((c, i) => [
      writer(this.stop, (n) => this.attempt(`chaos-${tag}-${i}-checkin-${n}`, (m) => writes.checkIn(c, m, n)), this.acknowledged.checkIns),
      writer(this.stop, (n) => this.attempt(`chaos-${tag}-${i}-post-${n}${pad()}`, (m) => writes.post(c, m)), this.acknowledged.posts),
      writer(this.stop, (n) => this.attempt(`Chaosbedrijf ${tag} ${i} ${n}`, (m) => writes.loket(c, m, kvk++, `chaos-${tag}-${i}-${n}@bedrijf.example`)), this.acknowledged.loket),
    ]);
  }

  private async attempt(marker: string, send: (marker: string) => Promise<GraphqlResult<unknown> | null>): Promise<string | null> {
    let result: GraphqlResult<unknown> | null;
    try {
      result = await send(marker);
    } catch (error) {
      this.unanswered++;
      this.unansweredReason ??= `${(error as Error).message} ${String((error as { cause?: Error }).cause?.message ?? '')}`;
      this.requests++;
      throw error;
    }
    if (!result) return null; // nothing sent (the loket writer's form tokens are used up)
    this.requests++;
    if (acknowledgedResult(result)) {
      this.ackTimes.push(Date.now());
      return marker;
    }
    const code = result.errors?.[0]?.extensions?.code;
    const proper = ((code === 'SERVICE_UNAVAILABLE' && result.status === 503) || (code === 'INSUFFICIENT_STORAGE' && result.status === 507)) && !!result.headers.get('retry-after');
    if (proper) this.refusals++;
    else this.bad.push(`HTTP ${result.status} ${String(code)} retry-after=${result.headers.get('retry-after')}: ${result.errors?.[0]?.message}`);
    await sleep(100); // a client waits a little after a refusal
    return null;
  }

  /** When the first write after `since` was acknowledged, or null. */
  firstAckAfter(since: number): number | null {
    return this.ackTimes.find((t) => t >= since) ?? null;
  }

  async finish(): Promise<void> {
    this.stop.now = true;
    await Promise.all(this.running);
  }
}

function mergeInto(all: Acknowledged, load: ChaosLoad): void {
  all.checkIns.push(...load.acknowledged.checkIns);
  all.posts.push(...load.acknowledged.posts);
  all.loket.push(...load.acknowledged.loket);
}

const count = (a: Acknowledged) => a.checkIns.length + a.posts.length + a.loket.length;

/** The process is still the one we started and answers. */
async function assertAlive(api: ApiHandle): Promise<void> {
  expect(() => process.kill(api.pid, 0)).not.toThrow();
  expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  expect(api.logs()).not.toMatch(/Unhandled 'error' event|uncaughtException|unhandledRejection/);
}

/** Writes `file` until the file system answers ENOSPC (the API keeps writing meanwhile, so no exact size is known). */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  try {
    for (let chunk = 8 * 1024 * 1024; chunk >= 512;) {
      try {
        writeSync(fd, Buffer.alloc(chunk));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
        chunk /= 2;
      }
    }
  } finally {
    closeSync(fd);
  }
}

const readyz = async (api: ApiHandle) => {
  const res = await fetch(`${api.url}/readyz`);
  return { status: res.status, body: (await res.json()) as { status: string; redis?: boolean | null; databaseStatus?: { reachable: boolean; writable: boolean } } };
};

/**
 * Runs `fault` under a steady load; `fault` returns the moment the infrastructure was back (or the
 * fault ended). Waits for a write acknowledged after that, then checks and prints the figures.
 */
async function scenario(name: string, apis: ApiHandle[], clients: LoadClients[], all: Acknowledged, fault: (load: ChaosLoad) => Promise<number>, postBytes = 0): Promise<void> {
  const load = new ChaosLoad(clients, name.slice(0, 3).replace(/\W/g, ''), postBytes);
  await sleep(800);
  let restoredAt = Date.now();
  let recoveredAt: number | null = null;
  try {
    restoredAt = await fault(load);
    recoveredAt = await waitFor(`${name}: a write acknowledged after recovery`, async () => load.firstAckAfter(restoredAt), 30_000, 50);
    await sleep(300);
  } finally {
    await load.finish();
    mergeInto(all, load);
    console.log(
      `chaos ${name}: ${load.requests} requests, ${count(load.acknowledged)} acknowledged, ${load.refusals} refused (503/507 + Retry-After), ` +
        `${load.bad.length} other refusals, ${load.unanswered} unanswered; first acknowledged write ${recoveredAt === null ? '—' : `${recoveredAt - restoredAt} ms`} after recovery` +
        (load.unansweredReason ? ` (unanswered: ${load.unansweredReason})` : '') +
        (load.bad.length ? ` (first other refusal: ${load.bad[0]})` : ''),
    );
  }
  expect(load.bad.slice(0, 5)).toEqual([]);
  expect(count(load.acknowledged)).toBeGreaterThan(0);
  for (const api of apis) await assertAlive(api);
}

const describeServers = SERVER_HALF && !unavailable ? describe : describe.skip;

describeServers('chaos on PostgreSQL and Redis', () => {
  let pg: PrivatePostgres;
  let redis: PrivateRedis;
  let nodeA: ApiHandle | undefined;
  let nodeB: ApiHandle | undefined;
  const sockets: Socket[] = [];
  const all: Acknowledged = { checkIns: [], posts: [], loket: [] };

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    redis = await startPrivateRedis();
    nodeA = await startApi({ env: { DATABASE_URL: pg.url, REDIS_URL: redis.url, ...LOAD_ENV }, readyTimeoutMs: 120_000 });
  }, 180_000);

  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await Promise.all([nodeA?.stop(), nodeB?.stop()]);
    await redis?.stop();
    pg?.destroy();
  });

  it('survives PostgreSQL stops, a restart, terminated sessions and a Redis outage under load, losing nothing acknowledged', async () => {
    const a = nodeA as ApiHandle;
    const onA = await prepareLoad(a.url);

    // (a) immediate stop (a crash of the server); meanwhile a second node boots and waits for it.
    let booting: Promise<ApiHandle> | undefined;
    await scenario('(a) PostgreSQL stopped immediate', [a], [onA], all, async () => {
      pg.stop('immediate');
      let waiting = false;
      booting = startApi({
        env: { DATABASE_URL: pg.url, REDIS_URL: redis.url, STARTUP_WAIT_SECONDS: '90', ...LOAD_ENV },
        readyTimeoutMs: 150_000,
        onOutput: (chunk) => (waiting ||= chunk.includes('waiting for PostgreSQL')),
      });
      booting.catch(() => undefined);
      await sleep(2500);
      await waitFor('the second node to wait for PostgreSQL', async () => waiting, 60_000, 100);
      await sleep(1000);
      pg.start();
      return Date.now();
    });
    nodeB = await (booting as Promise<ApiHandle>);
    const b = nodeB;

    // (b) fast stop; while it is down every transport answers with the retryable code.
    const verbinder = await signedIn(a.url, 'verbinder');
    const { agendaId } = await demoIds(await signedIn(a.url, 'beheerder'));
    const socket = await connectSocket(a.url, verbinder.cookieHeader());
    sockets.push(socket);
    const ws = graphqlWsClient(a.url, verbinder.cookieHeader());
    let wsClosed = 0;
    ws.on('closed', () => wsClosed++);
    const held = subscribe(ws, 'subscription { notificationReceived { id } }');
    await sleep(300);
    await scenario('(b) PostgreSQL stopped fast', [a, b], [onA], all, async () => {
      pg.stop('fast');
      const http = await verbinder.query('{ regions { id } }');
      expect({ status: http.status, retryAfter: http.headers.get('retry-after'), code: http.errors?.[0]?.extensions?.code }).toEqual({ status: 503, retryAfter: '5', code: 'SERVICE_UNAVAILABLE' });
      const overWs = subscribe(ws, '{ regions { id } }');
      expect((await overWs.next(10_000)).errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
      const ack = (await socket.timeout(10_000).emitWithAck('meeting:join', agendaId)) as { ok: boolean; code?: string; retryAfterSeconds?: number };
      // The acknowledgement carries the same retry hint as the HTTP Retry-After header.
      expect(ack).toEqual({ ok: false, code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
      // New connections whose session cannot be checked: socket.io refuses with the code, graphql-ws
      // closes with 1013 "Try Again Later" (which its clients retry).
      await expect(connectSocket(a.url, verbinder.cookieHeader())).rejects.toThrow('SERVICE_UNAVAILABLE');
      const fresh = graphqlWsClient(a.url, verbinder.cookieHeader());
      const closedWith = new Promise<number>((resolve) => fresh.on('closed', (event) => resolve((event as { code: number }).code)));
      const refusedOp = subscribe(fresh, '{ regions { id } }');
      expect(await closedWith).toBe(1013);
      refusedOp.close();
      await fresh.dispose();
      const notReady = await readyz(a);
      expect(notReady.status).toBe(503);
      expect(notReady.body.databaseStatus?.reachable).toBe(false);
      await sleep(1000);
      pg.start();
      return Date.now();
    });
    const again = subscribe(ws, '{ regions { id } }');
    expect((await again.next(10_000)).data).toBeTruthy();
    expect(wsClosed).toBe(0);
    held.close();
    await ws.dispose();

    // (c) restart in one step.
    await scenario('(c) PostgreSQL restarted', [a, b], [onA], all, async () => {
      pg.restart();
      return Date.now();
    });

    // (d) the API's sessions terminated, three times while writes are in flight.
    await scenario('(d) pg_terminate_backend', [a, b], [onA], all, async () => {
      const admin = new Client({ connectionString: pg.url });
      await admin.connect();
      try {
        let terminated = 0;
        for (let i = 0; i < 3; i++) {
          const { rows } = await admin.query<{ n: number }>(
            "select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where pid <> pg_backend_pid() and backend_type = 'client backend'",
          );
          terminated += rows[0].n;
          await sleep(300);
        }
        expect(terminated).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
      return Date.now();
    });

    // (e) Redis stopped and started under both nodes: writes keep being acknowledged throughout.
    const onB = await prepareLoad(b.url);
    await scenario('(e) Redis stopped and started', [a, b], [onA, onB], all, async (load) => {
      await redis.stop();
      await waitFor('node A to notice Redis is gone', async () => (await readyz(a)).body.redis === false, 15_000);
      const during = Date.now();
      await sleep(2000);
      expect(load.firstAckAfter(during)).not.toBeNull();
      await redis.start();
      const restarted = Date.now();
      await waitFor('both nodes back on Redis', async () => (await readyz(a)).body.redis === true && (await readyz(b)).body.redis === true, 30_000, 100);
      console.log(`chaos (e) Redis: both nodes reconnected ${Date.now() - restarted} ms after Redis started`);
      return restarted;
    });

    expect(await missingWrites(a.url, all)).toEqual({ checkIns: [], posts: [], loket: [] });
    console.log(`chaos PostgreSQL/Redis: ${count(all)} acknowledged writes, all present`);
  }, 240_000);
});

const describePglite = SERVER_HALF ? describe.skip : describe;

describePglite('chaos on PGlite', () => {
  let root: string;
  let dataDir: string;
  let mounted: string | null = null;
  let api: ApiHandle | undefined;
  const all: Acknowledged = { checkIns: [], posts: [], loket: [] };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'verbinder-chaos-'));
    dataDir = join(root, 'data');
    mkdirSync(dataDir);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=160m', 'tmpfs', dataDir], { stdio: 'pipe' });
      mounted = dataDir;
    } catch (error) {
      console.warn(`chaos (f) disk full skipped: cannot mount a tmpfs here (${((error as Error).message.split('\n')[0] ?? '').slice(0, 120)})`);
    }
    // DISK_MIN_FREE_MB off: this 160 MB folder is meant to fill up; the free-space readiness rule has
    // its own test (upload-hostile.e2e-spec.ts). What is judged here is the database on a full disk.
    api = await startApi({ dataDir, env: { REDIS_URL: '', DISK_MIN_FREE_MB: '0', ...LOAD_ENV }, readyTimeoutMs: 120_000 });
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    if (mounted) execFileSync('umount', ['-l', mounted]);
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a second process on the folder and survives a full disk, losing nothing acknowledged', async () => {
    const first = api as ApiHandle;
    const clients = await prepareLoad(first.url);

    // (g) a second API process, db:reset and admin:create on the same folder all refuse, naming the holder.
    await scenario('(g) second process on the PGlite folder', [first], [clients], all, async () => {
      const refused = await startApi({ dataDir, env: { REDIS_URL: '' }, readyTimeoutMs: 60_000 }).then(
        async (second) => {
          await second.kill();
          return 'it started';
        },
        (error: Error) => error.message,
      );
      expect(refused).toContain('exited (code 1');
      expect(refused).toContain(`in gebruik door proces ${first.pid}`);
      expect(refused).toContain(`in use by process ${first.pid}`);
      for (const cli of ['db-reset.js', 'create-admin.js']) {
        const run = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'apps', 'api', 'src', 'cli', cli), '--email', 'x@example.org'], {
          cwd: REPO_ROOT,
          env: { PATH: process.env['PATH'], NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect({ cli, status: run.status, named: run.stderr.includes(`proces ${first.pid}`) }).toEqual({ cli, status: 1, named: true });
      }
      return Date.now();
    });

    // (f) the disk under DATA_DIR fills up, then space is freed again.
    if (!mounted) return;
    const filler = join(dataDir, 'filler');
    let sawNotWritable = false;
    await scenario(
      '(f) disk full under PGlite',
      [first],
      [clients],
      all,
      async (load) => {
        fillDisk(filler);
        const fullAt = Date.now();
        await waitFor('a refused write while the disk is full', async () => load.refusals + load.bad.length > 0, 20_000, 100);
        await waitFor(
          'readyz to report the database not writable',
          async () => {
            const r = await readyz(first);
            sawNotWritable ||= r.status === 503 && r.body.databaseStatus?.writable === false;
            return sawNotWritable || r.body.databaseStatus?.reachable === false;
          },
          15_000,
          200,
        );
        console.log(`chaos (f): first refusal within ${Date.now() - fullAt} ms of the disk filling`);
        rmSync(filler);
        return Date.now();
      },
      4000,
    );
    expect(existsSync(filler)).toBe(false);
    await waitFor('readyz to report ready again', async () => (await readyz(first)).status === 200, 30_000, 250);

    expect(await missingWrites(first.url, all)).toEqual({ checkIns: [], posts: [], loket: [] });
    console.log(`chaos PGlite: ${count(all)} acknowledged writes, all present`);
  }, 200_000);
});
