// Two API processes sharing one PostgreSQL database and one Redis: an event caused on
// node A reaches clients on node B (socket.io through the Redis adapter, graphql-ws through
// Redis pub/sub), exactly once, and both nodes migrate and seed without stepping on each other.
import { GraphqlHttpClient } from '../support/graphql-client';
import { DemoIds, demoIds, signedIn } from '../support/fixtures';
import { connectLive, connectSocket, nextEvent, subscribe } from '../support/realtime-clients';
import { makeStory, STORY_REGION, storyClients } from '../support/stories-public-fixtures';
import { sleep, waitFor } from '../support/timing';
import { describeWithRedis } from '../support/services';
import { twoNodes } from '../support/two-nodes';

const REDIS_URL = process.env['TEST_REDIS_URL'] || 'redis://127.0.0.1:6379';

describeWithRedis('two API nodes sharing PostgreSQL and Redis', () => {
  // A small sign-in limit, so the test can show that failed attempts count across both nodes. Both
  // boot at once: migrations take an advisory lock, the demo seed is idempotent.
  const nodes = twoNodes('verbinder_scale', { redis: REDIS_URL, env: { LOGIN_RATE_LIMIT: '4' }, together: true, timeoutMs: 120_000 });
  let ids: DemoIds;

  beforeAll(async () => {
    ids = await demoIds(await signedIn(nodes.nodeA.url, 'beheerder'));
  });

  it('seeded the demo data once', async () => {
    const beheerder = await signedIn(nodes.nodeB.url, 'beheerder');
    const { regions } = await beheerder.request<{ regions: Array<{ slug: string }> }>('{ regions { slug } }');
    expect(regions.filter((r) => r.slug === 'noord-west-veluwe')).toHaveLength(1);
  });

  it('shares sessions: signed in on A, recognised on B', async () => {
    const verbinder = await signedIn(nodes.nodeA.url, 'verbinder');
    const res = await fetch(`${nodes.nodeB.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: verbinder.cookieHeader() },
      body: JSON.stringify({ query: '{ viewer { authenticated person { email } } }' }),
    });
    expect(((await res.json()) as { data: { viewer: { person: { email: string } } } }).data.viewer.person.email).toBe('sanne.devries@example.org');
  });

  it('delivers a mutation on node A to socket.io and graphql-ws clients on node B, once', async () => {
    const onB = await signedIn(nodes.nodeB.url, 'verbinder');
    const { socket, ws } = await connectLive(nodes.nodeB.url, onB, nodes);
    const sub = subscribe<{ regionActivity: { entityId: string; entity: string } }>(ws, 'subscription($r: ID!) { regionActivity(regionId: $r) { entity entityId } }', {
      r: ids.regionId,
    });
    await sleep(700);

    let socketDeliveries = 0;
    socket.on('region:activity', () => socketDeliveries++);
    const viaSocket = nextEvent<{ entityId: string }>(socket, 'region:activity');
    const beheerderOnA = await signedIn(nodes.nodeA.url, 'beheerder');
    const { createSchool } = await beheerderOnA.request<{ createSchool: { id: string } }>(
      'mutation($r: ID!) { createSchool(input: { regionId: $r, name: "School van knooppunt A", kind: VO }) { id } }',
      { r: ids.regionId },
    );

    expect((await viaSocket).entityId).toBe(createSchool.id);
    expect((await sub.next()).data?.regionActivity).toEqual({ entity: 'school', entityId: createSchool.id });
    await sleep(1000);
    expect(socketDeliveries).toBe(1);
    expect(sub.pending()).toBe(0);
    sub.close();
  });

  it('delivers a notification caused on node B to its person connected to node A', async () => {
    const docentOnA = await signedIn(nodes.nodeA.url, 'docent');
    const socket = await connectSocket(nodes.nodeA.url, docentOnA.cookieHeader());
    nodes.sockets.push(socket);
    const notification = nextEvent<{ title: string }>(socket, 'notification:new');
    const beheerderOnB = await signedIn(nodes.nodeB.url, 'beheerder');
    await beheerderOnB.request('mutation($p: ID!, $r: ID!) { addMembership(input: { personId: $p, regionId: $r, role: DECAAN, layer: PROFESSIONEEL }) { id } }', {
      p: ids.personId,
      r: ids.regionId,
    });
    expect((await notification).title).toBe('Je bent toegevoegd aan Noord-West Veluwe');
  });

  it('ends live connections on node B when the session is signed out on node A, and takes a removed member out of the region there', async () => {
    const me = await signedIn(nodes.nodeA.url, 'verbinder');
    const { socket, ws } = await connectLive(nodes.nodeB.url, me, nodes);
    const sub = subscribe<{ notificationReceived: { title: string } }>(ws, 'subscription { notificationReceived { title } }');
    await sleep(700);
    const gone = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
    await me.request('mutation { signOut }');
    expect(await gone).toBe('io server disconnect');
    await Promise.race([sub.error, sub.completed]);

    // A membership removed on node A: the member's socket on node B leaves the region room.
    const admin = await signedIn(nodes.nodeA.url, 'beheerder');
    const { createPerson } = await admin.request<{ createPerson: { id: string } }>(
      'mutation { createPerson(input: { name: "Twee Knooppunten", email: "twee.knooppunten@example.org", password: "lang-genoeg-wachtwoord" }) { id } }',
    );
    const { addMembership } = await admin.request<{ addMembership: { id: string } }>(
      'mutation($p: ID!, $r: ID!) { addMembership(input: { personId: $p, regionId: $r, role: DOCENT, layer: PROFESSIONEEL }) { id } }',
      { p: createPerson.id, r: ids.regionId },
    );
    const member = new GraphqlHttpClient(nodes.nodeB.url);
    await member.signIn('twee.knooppunten@example.org', 'lang-genoeg-wachtwoord');
    const { socket: memberSocket, ws: memberWs } = await connectLive(nodes.nodeB.url, member, nodes);
    const regionSub = subscribe<{ regionActivity: { entityId: string } }>(memberWs, 'subscription($r: ID!) { regionActivity(regionId: $r) { entityId } }', { r: ids.regionId });
    await sleep(700);
    await admin.request('mutation($id: ID!) { removeMembership(id: $id) }', { id: addMembership.id });
    await regionSub.completed;
    await sleep(300);
    let regionEvents = 0;
    memberSocket.on('region:activity', () => regionEvents++);
    await admin.request('mutation($r: ID!) { createSchool(input: { regionId: $r, name: "Na verwijdering op A", kind: VO }) { id } }', { r: ids.regionId });
    await sleep(1000);
    expect(regionEvents).toBe(0);
    expect(memberSocket.connected).toBe(true);
  });

  it("drops a story from the other node's public page cache as soon as it goes offline", async () => {
    const onA = await storyClients(nodes.nodeA.url);
    const story = await makeStory(onA, { title: 'Twee knooppunten, één verhaal', lead: 'Over schaal.', body: '<p>Gelezen op B.</p>', person: 'Juf Bakker' });
    const path = `${nodes.nodeB.url}/publiek/${STORY_REGION}/verhalen/${story.slug}`;
    // Twice on B: the first render fills B's page cache, the second is served from it.
    expect((await fetch(path)).status).toBe(200);
    expect(await (await fetch(path)).text()).toContain('Gelezen op B.');

    await onA.verbinder.request('mutation($id: ID!, $r: String!) { withdrawStoryConsent(id: $id, reason: $r) { consent { id } } }', { id: story.consentId, r: 'Ingetrokken op A' });
    // The event crosses Redis pub/sub: B answers 410 within its delivery time, never the cached page after it.
    const deadline = Date.now() + 2000;
    let status = (await fetch(path)).status;
    while (status !== 410 && Date.now() < deadline) {
      await sleep(50);
      status = (await fetch(path)).status;
    }
    expect(status).toBe(410);
    expect(await (await fetch(`${nodes.nodeB.url}/publiek/${STORY_REGION}/verhalen.rss`)).text()).not.toContain(story.slug);
  });

  it("drops node B's cached dashboard answer as soon as a check-in is written on node A", async () => {
    const DASHBOARD = 'query($r: ID!) { actieagenda(regionId: $r) { lines { acties { id progress latestCheckIn { text } } } } }';
    type Dashboard = { actieagenda: { lines: Array<{ acties: Array<{ id: string; progress: number; latestCheckIn: { text: string } | null }> }> } };
    const onB = await signedIn(nodes.nodeB.url, 'verbinder');
    const actieOnB = async () => (await onB.request<Dashboard>(DASHBOARD, { r: ids.regionId })).actieagenda.lines.flatMap((l) => l.acties).find((a) => a.id === ids.actieId)!;
    await actieOnB();
    await actieOnB(); // now answered from B's cache

    const onA = await signedIn(nodes.nodeA.url, 'verbinder');
    await onA.request('mutation($id: ID!) { addCheckIn(input: { actieId: $id, status: OP_KOERS, progress: 37, text: "Geschreven op knooppunt A." }) { id } }', { id: ids.actieId });
    // Within 2 s: well under the 5 s life of a cache entry, so it is the event that refreshed B.
    const seen = await waitFor(
      'the check-in on node B',
      async () => {
        const actie = await actieOnB();
        return actie.latestCheckIn?.text === 'Geschreven op knooppunt A.' && actie;
      },
      2000,
      50,
    );
    expect(seen).toMatchObject({ progress: 37, latestCheckIn: { text: 'Geschreven op knooppunt A.' } });
  });

  it('ends a session on node B as soon as it is signed out on node A, although B had cached it', async () => {
    const client = await signedIn(nodes.nodeA.url, 'verbinder');
    const cookie = client.cookieHeader();
    const viewerOnB = async () => {
      const res = await fetch(`${nodes.nodeB.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: '{ viewer { authenticated } }' }),
      });
      return ((await res.json()) as { data: { viewer: { authenticated: boolean } } }).data.viewer.authenticated;
    };
    expect(await viewerOnB()).toBe(true);
    expect(await viewerOnB()).toBe(true);
    await client.request('mutation { signOut }');
    await waitFor('node B to forget the session', async () => !(await viewerOnB()), 2000, 50);
  });

  it('counts failed sign-ins on both nodes together: the limit holds however requests are spread', async () => {
    const attempt = async (url: string) => (await new GraphqlHttpClient(url).signIn('sanne.devries@example.org', 'fout-wachtwoord')).errors?.[0].extensions?.code;
    // Four wrong passwords, alternating nodes: each is refused as wrong.
    for (const url of [nodes.nodeA.url, nodes.nodeB.url, nodes.nodeA.url, nodes.nodeB.url]) expect(await attempt(url)).toBe('INVALID_CREDENTIALS');
    // The fifth is refused by the limit on either node (each node alone saw only two).
    expect(await attempt(nodes.nodeA.url)).toBe('RATE_LIMITED');
    expect(await attempt(nodes.nodeB.url)).toBe('RATE_LIMITED');
  });
});
