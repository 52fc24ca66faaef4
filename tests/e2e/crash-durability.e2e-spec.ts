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
import { demoIds, signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { werkgroepIds } from '../support/werkgroepen-fixtures';
import { sleep } from '../support/timing';
import { formTokens } from '../support/loket-fixtures';

const CYCLES = Number(process.env['CRASH_CYCLES'] ?? 4);

type Driver = 'pglite' | 'postgres';

interface Acknowledged {
  checkIns: string[];
  posts: string[];
  loket: string[];
}

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

  /** Keeps calling `write` one after another until `stop` is set; records what was acknowledged. */
  async function writer(stop: { now: boolean }, write: (n: number) => Promise<string | null>, into: string[]): Promise<void> {
    for (let n = 0; !stop.now; n++) {
      try {
        // An answer with data is an acknowledgement, even if it arrives as the kill happens.
        const marker = await write(n);
        if (marker) into.push(marker);
      } catch {
        // No answer (connection refused or reset by the kill): not acknowledged.
        if (stop.now) return;
        await sleep(20);
      }
    }
  }

  it(`keeps every acknowledged check-in, post and loket request over ${CYCLES} kills`, async () => {
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      api = await boot();
      const verbinder = await signedIn(api.url, 'verbinder');
      const docent = await signedIn(api.url, 'docent');
      const anonymous = new GraphqlHttpClient(api.url);
      const ids = await demoIds(await signedIn(api.url, 'beheerder'));
      const { engelsWerkgroepId } = await werkgroepIds(await signedIn(api.url, 'beheerder'), ids.regionId);
      const nextFormToken = await formTokens(anonymous);
      await sleep(3100); // the intake refuses a form sent within 3 s of showing it

      const stop = { now: false };
      const tag = `c${cycle}`;
      const ok = <T>(result: { data?: T | null; errors?: unknown[] }) => !!result.data && !result.errors?.length;
      const writers = [
        writer(
          stop,
          async (n) => {
            const text = `crash-${driver}-${tag}-checkin-${n}`;
            const r = await verbinder.query('mutation($i: CheckInInput!) { addCheckIn(input: $i) { id } }', { i: { actieId: ids.actieId, status: 'OP_KOERS', progress: n % 100, text } });
            return ok(r) ? text : null;
          },
          acknowledged.checkIns,
        ),
        writer(
          stop,
          async (n) => {
            const body = `crash-${driver}-${tag}-post-${n}`;
            const r = await docent.query('mutation($i: WerkgroepPostInput!) { createWerkgroepPost(input: $i) { id } }', { i: { werkgroepId: engelsWerkgroepId, body } });
            return ok(r) ? body : null;
          },
          acknowledged.posts,
        ),
        writer(
          stop,
          async (n) => {
            const formToken = nextFormToken();
            if (!formToken) {
              // Each form token is good for one request: this writer is done for the cycle.
              await sleep(50);
              return null;
            }
            const companyName = `Crashbedrijf ${driver} ${tag} ${n}`;
            const r = await anonymous.query('mutation($input: LoketIntakeInput!) { submitLoketRequest(input: $input) { message } }', {
              input: {
                regionSlug: 'noord-west-veluwe',
                companyName,
                kvk: String(10_000_000 + cycle * 1000 + n),
                contactName: 'Test Crash',
                contactEmail: `crash-${cycle}-${n}@bedrijf.example`,
                type: 'GASTLES',
                consent: true,
                formToken,
              },
            });
            return ok(r) ? companyName : null;
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
    const verbinder = await signedIn(api.url, 'verbinder');
    const docent = await signedIn(api.url, 'docent');
    const beheerder = await signedIn(api.url, 'beheerder');
    const ids = await demoIds(beheerder);
    const { engelsWerkgroepId } = await werkgroepIds(beheerder, ids.regionId);

    const { actie } = await verbinder.request<{ actie: { checkIns: Array<{ text: string }> } }>('query($id: ID!) { actie(id: $id) { checkIns { text } } }', { id: ids.actieId });
    const checkIns = new Set(actie.checkIns.map((c) => c.text));
    const posts = new Set<string>();
    let before: string | undefined;
    for (;;) {
      const { werkgroepPosts } = await docent.request<{ werkgroepPosts: Array<{ body: string; createdAt: string }> }>(
        'query($w: ID!, $b: DateTime) { werkgroepPosts(werkgroepId: $w, before: $b, limit: 100) { body createdAt } }',
        { w: engelsWerkgroepId, b: before ?? null },
      );
      for (const p of werkgroepPosts) posts.add(p.body);
      if (werkgroepPosts.length < 100) break;
      before = werkgroepPosts.map((p) => p.createdAt).sort()[0];
    }
    const { loketRequests } = await beheerder.request<{ loketRequests: Array<{ company: { name: string } }> }>('query($r: ID!) { loketRequests(regionId: $r) { company { name } } }', { r: ids.regionId });
    const companies = new Set(loketRequests.map((r) => r.company.name));

    // The load was real: every kind was acknowledged in every run, many times over.
    expect(acknowledged.checkIns.length).toBeGreaterThan(CYCLES);
    expect(acknowledged.posts.length).toBeGreaterThan(CYCLES);
    expect(acknowledged.loket.length).toBeGreaterThan(CYCLES);
    expect(acknowledged.checkIns.filter((t) => !checkIns.has(t))).toEqual([]);
    expect(acknowledged.posts.filter((b) => !posts.has(b))).toEqual([]);
    expect(acknowledged.loket.filter((c) => !companies.has(c))).toEqual([]);
  }, 60_000 + CYCLES * 45_000);
});
