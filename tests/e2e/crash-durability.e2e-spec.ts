// Crash durability: the API is killed with SIGKILL while clients keep writing (check-ins on an
// actie, posts in a werkgroep, loket requests through the public intake), then started again on the
// same data — on embedded PGlite and on PostgreSQL. Every write the API acknowledged before the
// kill (a 200 with data) must be there after the restart; writes that got no answer may or may not
// be there, but never half.
// The driver follows TEST_DB like every e2e suite (PGlite by default; CI runs both). Cycles:
// CRASH_CYCLES (default 4 in npm test and CI); the full run is CRASH_CYCLES=20, see
// docs/operations.md ("Crash tests").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiHandle, createPgDatabase, PgDatabase, startApi } from '../support/api-process';
import { sleep } from '../support/timing';
import { Acknowledged, acknowledgedResult as ok, missingWrites, prepareLoad, writer, writes } from '../support/write-load';

const CYCLES = Number(process.env['CRASH_CYCLES'] ?? 4);

type Driver = 'pglite' | 'postgres';

const DRIVERS: Driver[] = process.env['TEST_DB'] === 'postgres' ? ['postgres'] : ['pglite'];

describe.each<Driver>(DRIVERS)('acknowledged writes survive SIGKILL on %s', (driver) => {
  let dataDir: string;
  let pg: PgDatabase | null = null;
  let api: ApiHandle | null = null;
  const acknowledged: Acknowledged = { checkIns: [], posts: [], loket: [] };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'verbinder-crash-'));
    if (driver === 'postgres') pg = await createPgDatabase('verbinder_crash');
  }, 60_000);

  afterAll(async () => {
    await api?.kill();
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const boot = () =>
    startApi({
      dataDir,
      // Rate limits far above the load, so every refused write is a crash and not a limit.
      env: { DATABASE_URL: pg?.url ?? '', REDIS_URL: '', LOGIN_RATE_LIMIT: '10000' },
      readyTimeoutMs: 90_000,
    });

  it(
    `keeps every acknowledged check-in, post and loket request over ${CYCLES} kills`,
    async () => {
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        api = await boot();
        const load = await prepareLoad(api.url);
        const stop = { now: false };
        const tag = `c${cycle}`;
        const writers = [
          writer(
            stop,
            async (n) => {
              const text = `crash-${driver}-${tag}-checkin-${n}`;
              return ok(await writes.checkIn(load, text, n)) ? text : null;
            },
            acknowledged.checkIns,
          ),
          writer(
            stop,
            async (n) => {
              const body = `crash-${driver}-${tag}-post-${n}`;
              return ok(await writes.post(load, body)) ? body : null;
            },
            acknowledged.posts,
          ),
          writer(
            stop,
            async (n) => {
              const companyName = `Crashbedrijf ${driver} ${tag} ${n}`;
              return ok(await writes.loket(load, companyName, 10_000_000 + cycle * 1000 + n, `crash-${cycle}-${n}@bedrijf.example`)) ? companyName : null;
            },
            acknowledged.loket,
          ),
        ];
        // Kill somewhere in the middle of the writes (different moments per cycle).
        await sleep(500 + ((cycle * 373) % 1200));
        await api.kill();
        stop.now = true;
        await Promise.all(writers);
      }

      // Everything acknowledged in any cycle is there after the last restart.
      api = await boot();
      const missing = await missingWrites(api.url, acknowledged);

      // The load was real: every kind was acknowledged in every run, many times over.
      expect(acknowledged.checkIns.length).toBeGreaterThan(CYCLES);
      expect(acknowledged.posts.length).toBeGreaterThan(CYCLES);
      expect(acknowledged.loket.length).toBeGreaterThan(CYCLES);
      expect(missing).toEqual({ checkIns: [], posts: [], loket: [] });
    },
    60_000 + CYCLES * 45_000,
  );
});
