// Outages while serving, on servers of the test's own (tests/support/private-services.ts):
// - PostgreSQL stopped: /readyz turns 503 at once, a request that needs the database gets the
//   stable retryable SERVICE_UNAVAILABLE error (never a half-written record; public pages and other
//   HTTP routes answer 503 with Retry-After), and when the server is back the API recovers by
//   itself — no restart.
// - Redis stopped: each node keeps serving and delivering to its own clients; when Redis returns,
//   events cross nodes again.
import type { Socket } from 'socket.io-client';
import { ApiHandle, startApi } from '../support/api-process';
import { demoIds, signedIn } from '../support/fixtures';
import { PrivatePostgres, privateServicesUnavailable, startPrivatePostgres } from '../support/private-services';
import { connectSocket, nextEvent } from '../support/realtime-clients';
import { waitFor } from '../support/timing';
import { twoNodes } from '../support/two-nodes';

const unavailable = privateServicesUnavailable();
const describeOutage = unavailable ? describe.skip : describe;
if (unavailable) console.warn(`outage tests skipped: ${unavailable}`);

const readyz = async (api: ApiHandle) => {
  const res = await fetch(`${api.url}/readyz`);
  return { status: res.status, body: (await res.json()) as { status: string; redis?: boolean | null } };
};

describeOutage('PostgreSQL stopped and started while serving', () => {
  let pg: PrivatePostgres;
  let api: ApiHandle;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    api = await startApi({ env: { DATABASE_URL: pg.url, REDIS_URL: '' }, readyTimeoutMs: 90_000 });
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    pg?.destroy();
  });

  it('reports not ready, answers a clear retryable error, and recovers by itself', async () => {
    const verbinder = await signedIn(api.url, 'verbinder');
    const { regionId } = await demoIds(await signedIn(api.url, 'beheerder'));
    const CREATE = 'mutation($r: ID!, $n: String!) { createSchool(input: { regionId: $r, name: $n, kind: VO }) { id } }';
    const beheerder = await signedIn(api.url, 'beheerder');

    pg.stop();
    const down = await waitFor(
      'readyz to report the database',
      async () => {
        const r = await readyz(api);
        return r.status === 503 ? r : null;
      },
      10_000,
    );
    expect(down.body.status).toBe('unavailable');

    const query = await verbinder.query('{ regions { id } }');
    expect(query.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    expect(query.errors?.[0]?.extensions?.['retryable']).toBe(true);
    expect(query.errors?.[0]?.message).toContain('Probeer het over een paar seconden opnieuw');
    // GraphQL over HTTP says so in its status too, with Retry-After (not 200, not 500).
    expect({ status: query.status, retryAfter: query.headers.get('retry-after') }).toEqual({ status: 503, retryAfter: '5' });
    const write = await beheerder.query(CREATE, { r: regionId, n: 'School tijdens storing' });
    expect(write.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    // The public site and other HTTP routes: 503 with Retry-After, a Dutch page for a browser, JSON otherwise.
    const page = await fetch(`${api.url}/publiek/noord-west-veluwe`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('5');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain('Even niet bereikbaar');
    const json = await fetch(`${api.url}/publiek/noord-west-veluwe/actieagenda`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(503);
    expect(await json.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true, retryAfterSeconds: 5 });

    pg.start();
    await waitFor('readyz to recover', async () => (await readyz(api)).status === 200, 30_000);
    const { regions } = await verbinder.request<{ regions: Array<{ id: string }> }>('{ regions { id } }');
    expect(regions.length).toBeGreaterThan(0);
    await beheerder.request(CREATE, { r: regionId, n: 'School na de storing' });
    const { region } = await beheerder.request<{ region: { schools: Array<{ name: string }> } }>('query($id: ID) { region(id: $id) { schools { name } } }', { id: regionId });
    const names = region.schools.map((s) => s.name);
    expect(names).toContain('School na de storing');
    expect(names).not.toContain('School tijdens storing');
    expect((await fetch(`${api.url}/publiek/noord-west-veluwe`)).status).toBe(200);
  }, 90_000);
});

describeOutage('Redis stopped and started under two nodes', () => {
  const nodes = twoNodes('verbinder_redis_outage', { redis: 'private' });

  it('keeps each node working without Redis, and delivers across nodes again when it returns', async () => {
    const beheerderOnA = await signedIn(nodes.nodeA.url, 'beheerder');
    const { regionId } = await demoIds(beheerderOnA);
    const verbinderOnA = await signedIn(nodes.nodeA.url, 'verbinder');
    const verbinderOnB = await signedIn(nodes.nodeB.url, 'verbinder');
    const onA = await connectSocket(nodes.nodeA.url, verbinderOnA.cookieHeader());
    const onB = await connectSocket(nodes.nodeB.url, verbinderOnB.cookieHeader());
    nodes.sockets.push(onA, onB);
    const rename = (d: string) => beheerderOnA.request('mutation($id: ID!, $d: String) { updateRegion(input: { id: $id, description: $d }) { id } }', { id: regionId, d });
    const activityOf = (socket: Socket, ms = 10_000) => nextEvent<{ entityId: string }>(socket, 'region:activity', ms);

    // Both nodes up with Redis: A's event reaches B.
    const first = activityOf(onB);
    await rename('Voor de storing');
    expect((await first).entityId).toBe(regionId);

    await nodes.redis.stop();
    await waitFor('node A to notice Redis is gone', async () => (await readyz(nodes.nodeA)).body.redis === false, 15_000);
    // A single node keeps working: writes succeed and its own clients get the event.
    const local = activityOf(onA);
    await rename('Tijdens de storing');
    expect((await local).entityId).toBe(regionId);

    await nodes.redis.start();
    await waitFor('both nodes to reconnect to Redis', async () => (await readyz(nodes.nodeA)).body.redis === true && (await readyz(nodes.nodeB)).body.redis === true, 30_000);
    // Cross-node delivery resumes (the adapter resubscribes; give it a moment to do so).
    await waitFor(
      'an event from A to reach B again',
      async () => {
        const again = activityOf(onB, 3000).then(
          () => true,
          () => false,
        );
        await rename(`Na de storing ${Date.now()}`);
        return again;
      },
      30_000,
    );
  }, 120_000);
});
