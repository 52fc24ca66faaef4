// The outbox worker on a real database (PGlite): kinds registered `concurrent` run side by side up
// to the configured concurrency, claiming the next job as soon as one finishes; other kinds run one
// at a time; a failing job goes back to pending.
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
    for (let n = 0; n < 9; n++) await outbox.enqueue({ kind: 'test.mirror', payload: { n } });
    for (let n = 0; n < 4; n++) await outbox.enqueue({ kind: 'test.mail', payload: { n } });
    await outbox.enqueue({ kind: 'test.mirror', payload: { n: 99, fail: true } });

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
});
