// The outbox worker on a real database (PGlite): kinds registered `concurrent` run side by side up
// to the configured concurrency, claiming the next job as soon as one finishes; other kinds run one
// at a time; a failing job goes back to pending. Enqueueing is idempotent by key, and a running
// job's lease is renewed so a second worker does not take it while it runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '@verbinder/platform/db';
import { DatabaseOutbox, OutboxWorker } from '@verbinder/platform/outbox';
import { sql } from 'drizzle-orm';

describe('OutboxWorker concurrency', () => {
  let database: Database;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'verbinder-outbox-'));
    database = await Database.open({ kind: 'pglite', dataDir });
    await database.migrate();
  }, 60_000);

  afterAll(async () => {
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs concurrent kinds up to the limit and the others one at a time', async () => {
    const logger = { warn: () => undefined, error: () => undefined };
    const worker = new OutboxWorker(database, logger, { pollMs: 60_000, batchSize: 10, concurrency: 3 });
    const outbox = new DatabaseOutbox(database);
    const inFlight = { mirror: 0, mail: 0 };
    const peak = { mirror: 0, mail: 0 };
    const done: string[] = [];
    const handler = (kind: 'mirror' | 'mail', ms: number) => async (payload: unknown) => {
      inFlight[kind] += 1;
      peak[kind] = Math.max(peak[kind], inFlight[kind]);
      await new Promise((resolve) => setTimeout(resolve, ms));
      inFlight[kind] -= 1;
      if ((payload as { fail?: boolean }).fail) throw new Error('kapot');
      done.push(`${kind}:${(payload as { n: number }).n}`);
    };
    worker.register('test.mirror', handler('mirror', 60), { concurrent: true });
    worker.register('test.mail', handler('mail', 20));
    for (let n = 0; n < 9; n++) await outbox.enqueue({ kind: 'test.mirror', payload: { n }, key: `mirror:${n}` });
    for (let n = 0; n < 4; n++) await outbox.enqueue({ kind: 'test.mail', payload: { n }, key: `mail:${n}` });
    await outbox.enqueue({ kind: 'test.mirror', payload: { n: 99, fail: true }, key: 'mirror:99' });

    expect(await worker.drain()).toBe(14);
    expect(peak).toEqual({ mirror: 3, mail: 1 });
    expect(done.filter((d) => d.startsWith('mirror')).sort()).toEqual(Array.from({ length: 9 }, (_, n) => `mirror:${n}`).sort());
    expect(done.filter((d) => d.startsWith('mail')).sort()).toEqual(['mail:0', 'mail:1', 'mail:2', 'mail:3']);
    const rows = (await database.db.execute(sql`select status, count(*)::int as n from outbox group by status order by status`)) as unknown as { rows: Array<{ status: string; n: number }> };
    expect(rows.rows).toEqual([
      { status: 'done', n: 13 },
      { status: 'pending', n: 1 },
    ]);
    await worker.onModuleDestroy();
  });

  it('keeps one job per idempotency key, and refuses a job without one', async () => {
    const outbox = new DatabaseOutbox(database);
    const job = { kind: 'test.once', payload: { to: 'a@example.org' }, key: 'test-once:1' };
    // Twice, as a retried operation would: the second is a no-op.
    expect(await database.transaction(() => outbox.enqueue(job))).toBe(true);
    expect(await database.transaction(() => outbox.enqueue({ ...job, payload: { to: 'b@example.org' } }))).toBe(false);
    const rows = (await database.db.execute(sql`select payload from outbox where key = 'test-once:1'`)) as unknown as { rows: Array<{ payload: { to: string } }> };
    expect(rows.rows).toEqual([{ payload: { to: 'a@example.org' } }]);
    await expect(outbox.enqueue({ kind: 'test.once', payload: {} } as never)).rejects.toThrow('without an idempotency key');
  });

  it('renews the lease of a running job, so another worker does not run it as well', async () => {
    const logger = { warn: () => undefined, error: () => undefined };
    const outbox = new DatabaseOutbox(database);
    await outbox.enqueue({ kind: 'test.slow', payload: {}, key: 'test-slow:1' });
    let release: () => void = () => undefined;
    const runs: string[] = [];
    const slow = (name: string) => async (_payload: unknown, job: { id: string; attempts: number }) => {
      runs.push(`${name}:${job.attempts}`);
      if (name === 'first') await new Promise<void>((resolve) => (release = resolve));
    };
    const first = new OutboxWorker(database, logger, { pollMs: 60_000, batchSize: 1, leaseSeconds: 1 });
    const second = new OutboxWorker(database, logger, { pollMs: 60_000, batchSize: 1, leaseSeconds: 1 });
    first.register('test.slow', slow('first'));
    second.register('test.slow', slow('second'));
    first.onApplicationBootstrap(); // starts polling and the heartbeat
    await waitUntil(() => runs.length === 1);
    // Three leases later the first worker still holds it: the second finds nothing to claim.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await second.drain()).toBe(0);
    release();
    await waitUntil(async () => {
      const done = (await database.db.execute(sql`select status from outbox where key = 'test-slow:1'`)) as unknown as { rows: Array<{ status: string }> };
      return done.rows[0]?.status === 'done';
    });
    expect(runs).toEqual(['first:1']);
    await first.onModuleDestroy();
    await second.onModuleDestroy();
  }, 30_000);
});

async function waitUntil(predicate: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await predicate()); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!(await predicate())) throw new Error('condition not met within 10 s');
}
