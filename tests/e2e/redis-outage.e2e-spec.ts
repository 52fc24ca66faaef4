// Redis outage rule (docs/operations.md "Redis outage"), on a Redis of the test's own under two
// API nodes sharing one database:
// - events are relayed when they happen or not at all: what was written during the outage never
//   arrives late in a burst when Redis returns;
// - acknowledgements (`meeting:join`) come at once while Redis is away;
// - a werkgroep member removed on node A while Redis is away leaves the group's room on A at once;
//   node B learns it on the `resync` after Redis returns (its sockets re-check their rooms);
// - when Redis is back every node tells its socket.io clients `resync` and completes its GraphQL
//   subscriptions (the client subscribes again and refetches).
import { ApiHandle } from '../support/api-process';
import { DemoIds, demoIds, signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { privateServicesUnavailable } from '../support/private-services';
import { connectSocket, graphqlWsClient, nextEvent, subscribe } from '../support/realtime-clients';
import { settlesWithin, sleep, waitFor } from '../support/timing';
import { twoNodes } from '../support/two-nodes';
import { werkgroepIds } from '../support/werkgroepen-fixtures';

const unavailable = privateServicesUnavailable();
const describeOutage = unavailable ? describe.skip : describe;
if (unavailable) console.warn(`redis outage tests skipped: ${unavailable}`);

const UPDATE_WERKGROEP = 'mutation($id: ID!, $input: WerkgroepInput!) { updateWerkgroep(id: $id, input: $input) { id } }';
const REMOVE_MEMBER = 'mutation($w: ID!, $p: ID!) { removeWerkgroepMember(werkgroepId: $w, personId: $p) }';

describeOutage('Redis stopped and started under two nodes: the outage rule', () => {
  const nodes = twoNodes('verbinder_redis_rule', { redis: 'private' });
  let ids: DemoIds;
  let techniekId: string;

  const redisUp = async (api: ApiHandle) => ((await (await fetch(`${api.url}/readyz`)).json()) as { redis?: boolean | null }).redis;
  const open = async (api: ApiHandle, client: GraphqlHttpClient) => {
    const socket = await connectSocket(api.url, client.cookieHeader());
    nodes.sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    const beheerder = await signedIn(nodes.nodeA.url, 'beheerder');
    ids = await demoIds(beheerder);
    techniekId = (await werkgroepIds(beheerder, ids.regionId)).techniekWerkgroepId;
  }, 180_000);

  it('drops events during the outage, acks at once, revokes locally at once, and resyncs every client afterwards', async () => {
    const verbinderA = await signedIn(nodes.nodeA.url, 'verbinder');
    const verbinderB = await signedIn(nodes.nodeB.url, 'verbinder');
    const docentA = await signedIn(nodes.nodeA.url, 'docent');
    const docentB = await signedIn(nodes.nodeB.url, 'docent');
    // The docent joins the members-only techniek group (as a guest) and follows it on both nodes.
    await verbinderA.request('mutation($w: ID!, $p: ID!) { upsertWerkgroepMember(input: { werkgroepId: $w, personId: $p, role: GAST }) { personId } }', {
      w: techniekId,
      p: ids.personId,
    });
    const sanneOnA = await open(nodes.nodeA, verbinderA);
    const sanneOnB = await open(nodes.nodeB, verbinderB);
    const docentOnA = await open(nodes.nodeA, docentA);
    const docentOnB = await open(nodes.nodeB, docentB);
    for (const socket of [sanneOnA, docentOnA, docentOnB]) expect(await socket.emitWithAck('werkgroep:watch', techniekId)).toEqual({ ok: true });
    // A GraphQL subscriber on node B.
    const ws = graphqlWsClient(nodes.nodeB.url, verbinderB.cookieHeader());
    nodes.wsClients.push(ws);
    const sub = subscribe<{ regionActivity: { entity: string } }>(ws, 'subscription($r: ID!) { regionActivity(regionId: $r) { entity } }', { r: ids.regionId });
    await sleep(700);
    const beheerderA = await signedIn(nodes.nodeA.url, 'beheerder');
    const describeRegion = (d: string) => beheerderA.request('mutation($id: ID!, $d: String) { updateRegion(input: { id: $id, description: $d }) { id } }', { id: ids.regionId, d });
    const werkgroepInput = (description: string) => ({ regionId: ids.regionId, kind: 'INTERSCOLAIRE_VAKGROEP', name: 'Vakgroep techniek', cadenceDays: 7, description });

    // With Redis: A's event reaches B's socket and subscription.
    const before = nextEvent(sanneOnB, 'region:activity');
    await describeRegion('Voor de storing');
    await before;
    await sub.next();

    await nodes.redis.stop();
    await waitFor('both nodes to notice Redis is gone', async () => (await redisUp(nodes.nodeA)) === false && (await redisUp(nodes.nodeB)) === false, 15_000);
    const lateOnB: unknown[] = [];
    sanneOnB.on('region:activity', (activity) => lateOnB.push(activity));
    const resyncs = [sanneOnA, sanneOnB, docentOnA, docentOnB].map((socket) => nextEvent<{ reason: string }>(socket, 'resync', 60_000));

    // Acknowledgements do not wait for Redis: joining a meeting answers at once, with presence of this node.
    const presence = nextEvent<{ people: Array<{ personId: string }> }>(sanneOnA, 'meeting:presence');
    const joined = sanneOnA.timeout(4000).emitWithAck('meeting:join', ids.agendaId);
    expect(await settlesWithin(joined, 4000)).toBe(true);
    expect(await joined).toEqual({ ok: true });
    expect((await presence).people.length).toBe(1);

    // Writes during the outage: node A's own clients get them; node B's never will (dropped, not queued).
    const local = nextEvent(sanneOnA, 'region:activity');
    for (let i = 0; i < 5; i++) await describeRegion(`Tijdens de storing ${i}`);
    await local;

    // Removed on node A during the outage: A's socket of the docent leaves the room at once.
    const removedOnA = nextEvent<{ werkgroepId: string }>(docentOnA, 'werkgroep:removed');
    await verbinderA.request(REMOVE_MEMBER, { w: techniekId, p: ids.personId });
    expect(await removedOnA).toEqual({ werkgroepId: techniekId });
    const docentSawOnA: unknown[] = [];
    docentOnA.on('werkgroep:changed', (change) => docentSawOnA.push(change));
    const sanneSees = nextEvent(sanneOnA, 'werkgroep:changed');
    await verbinderA.request(UPDATE_WERKGROEP, { id: techniekId, input: werkgroepInput('Tijdens de storing gewijzigd.') });
    await sanneSees;
    expect(docentSawOnA).toEqual([]);

    // Redis returns: every client on both nodes is told to refetch; node B's sockets re-checked their rooms first.
    const removedOnB = nextEvent<{ werkgroepId: string }>(docentOnB, 'werkgroep:removed', 60_000);
    await nodes.redis.start();
    for (const resync of resyncs) expect(await resync).toEqual({ reason: 'redis-reconnected' });
    expect(await removedOnB).toEqual({ werkgroepId: techniekId });
    // The GraphQL subscription on B completed: the client subscribes again.
    expect(await settlesWithin(sub.completed, 10_000)).toBe(true);

    // Nothing written during the outage arrives late on B (the rule: relayed at once or never).
    await sleep(1500);
    expect(lateOnB).toEqual([]);

    // Cross-node delivery works again, and B's removed docent no longer gets the group's events.
    const docentSawOnB: unknown[] = [];
    docentOnB.on('werkgroep:changed', (change) => docentSawOnB.push(change));
    await waitFor(
      'an event from A to reach B again',
      async () => {
        const again = nextEvent(sanneOnB, 'region:activity', 3000).then(
          () => true,
          () => false,
        );
        await describeRegion(`Na de storing ${Date.now()}`);
        return again;
      },
      30_000,
    );
    expect(await sanneOnB.emitWithAck('werkgroep:watch', techniekId)).toEqual({ ok: true });
    const sanneSeesOnB = nextEvent(sanneOnB, 'werkgroep:changed');
    await verbinderA.request(UPDATE_WERKGROEP, { id: techniekId, input: werkgroepInput('Na de storing gewijzigd.') });
    await sanneSeesOnB;
    expect(docentSawOnB).toEqual([]);
  }, 150_000);
});
