// Crash durability: the API is killed with SIGKILL while clients keep writing (check-ins on an
// actie, posts in a werkgroep, loket requests through the public intake), then started again on the
// same data — on embedded PGlite and on PostgreSQL. Every write the API acknowledged before the
// kill (a 200 with data) must be there after the restart; writes that got no answer may or may not
// be there, but never half.
// The driver follows TEST_DB like every e2e suite (PGlite by default; CI runs both). Cycles:
// CRASH_CYCLES (default 4 in npm test and CI); the full run is CRASH_CYCLES=20, see
// docs/operations.md ("Crash tests").
import { restartableApi, TEST_DRIVER } from '../support/restartable-api';
import { sleep } from '../support/timing';
import { Acknowledged, acknowledgedResult as ok, missingWrites, prepareLoad, writer, writes } from '../support/write-load';

const CYCLES = Number(process.env['CRASH_CYCLES'] ?? 4);

describe(`acknowledged writes survive SIGKILL on ${TEST_DRIVER}`, () => {
  // Rate limits far above the load, so every refused write is a crash and not a limit.
  const server = restartableApi('crash', { LOGIN_RATE_LIMIT: '10000' }, 90_000);
  const driver = TEST_DRIVER;
  const acknowledged: Acknowledged = { checkIns: [], posts: [], loket: [] };

  it(
    `keeps every acknowledged check-in, post and loket request over ${CYCLES} kills`,
    async () => {
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const load = await prepareLoad((await server.boot()).url);
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
        await server.kill();
        stop.now = true;
        await Promise.all(writers);
      }

      // Everything acknowledged in any cycle is there after the last restart.
      const missing = await missingWrites((await server.boot()).url, acknowledged);

      // The load was real: every kind was acknowledged in every run, many times over.
      expect(acknowledged.checkIns.length).toBeGreaterThan(CYCLES);
      expect(acknowledged.posts.length).toBeGreaterThan(CYCLES);
      expect(acknowledged.loket.length).toBeGreaterThan(CYCLES);
      expect(missing).toEqual({ checkIns: [], posts: [], loket: [] });
    },
    60_000 + CYCLES * 45_000,
  );
});
