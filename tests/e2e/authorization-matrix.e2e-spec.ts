// The two-region authorization matrix: every Query, Mutation and Subscription of the schema, every
// socket.io event the gateway accepts and every HTTP route of Nest's route table × anonymous,
// each persona of region A (Noord-West Veluwe), the same personas of region B (Assen) and the
// platform beheerder, against objects of region A. The operations, events and routes are read
// from the running API (introspection, and Nest's own "Mapped {…}" / "subscribed to" start-up
// lines), so a new one without a case fails the first test. Expectations follow the tenant rule
// (docs/security.md): region B's people are refused everything of region A and are never
// answered with its data; region A's people as cases/personas.cases.ts says.
//
// Order: routes, sockets and subscriptions first, then queries (concurrently), then mutations
// one by one per identity, region B before region A and least privileged first, so what someone
// may change cannot hide a refusal of someone before them.
import type { Socket } from 'socket.io-client';

import { ApiHandle, startApi } from '../support/api-process';
import { signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { makePng } from '../support/images';
import { settlesWithin } from '../support/timing';
import { type Identity, IDENTITIES, matrixPeople, type MatrixPeople, regionOf } from '../support/matrix-identities';
import type { Client as WsClient } from 'graphql-ws';
import { connectSocket, graphqlWsClient, nextEvent } from '../support/realtime-clients';
import { ALL_AUTHZ, authzIds } from './cases/all.cases';
import { NO_SUCH_STORY } from '../support/stories-fixtures';
import { ROUTE_CASES, type RouteIds } from './cases/http-routes.cases';
import { accessOf, ACCESS_OVERRIDES, type Expectation, expectationOf } from './cases/personas.cases';
import { SOCKET_EVENT_CASES, SUBSCRIPTION_CASES } from './cases/realtime.cases';
import type { Ids } from './cases/types';
import { UNKNOWN_POST } from './cases/werkgroepen-stream.cases';

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
/** Sign-in and sign-out replace or end the caller's session: each is sent from a session of its own. */
const OWN_SESSION = new Set(['signIn', 'signInAsDemo', 'signOut']);
const CONCURRENCY = 8;
const HTTP_CODES: Record<number, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };
/** Ids in the shared table that are not region A's secrets: regions are public, people's ids are in the directory, region B's own things. */
const NOT_SECRET: ReadonlyArray<keyof Ids> = [
  'regionId',
  'otherRegionId',
  'otherSchoolId',
  'outsiderPersonId',
  'erasablePersonId',
  'personId',
  'loketMedewerkerId',
  'engelsMemberId',
  'publicActivityId',
  'callerSchoolId',
];

/** What one identity got for one operation, event or route. */
interface Observed {
  /** Error codes (GraphQL), or the code for an HTTP status / refused acknowledgement. */
  codes: string[];
  /** Nothing of the object came back (data null, no event, a refusal status). */
  empty: boolean;
  /** Everything that came back, for the leak check. */
  text: string;
  /** What was sent (ids in it are not a leak when echoed). */
  sent: string;
}

interface Verdict {
  kind: 'query' | 'mutation' | 'subscription' | 'socket' | 'route';
  name: string;
  identity: Identity;
  expected: Expectation;
  problem: string | null;
}

describe('authorization matrix: two regions × every operation, event and route', () => {
  let api: ApiHandle;
  let people: MatrixPeople;
  let ids: RouteIds;
  let secrets: string[] = [];
  const discovered = { queries: [] as string[], mutations: [] as string[], subscriptions: [] as string[], socketEvents: [] as string[], routes: [] as string[] };
  const verdicts: Verdict[] = [];

  beforeAll(async () => {
    api = await startApi({ env: { LOGIN_RATE_LIMIT: '10000' }, readyTimeoutMs: 180_000 });
    const docent = await signedIn(api.url, 'docent');
    const shared = await authzIds(api.url, docent);
    people = await matrixPeople(api.url, { id: shared.regionId });
    ids = { ...shared, ...(await routeIds(api.url, people.sessions.get('platform')!, shared)) };
    secrets = await regionSecrets(people.sessions.get('platform')!, ids, people.regionB.id);
    Object.assign(discovered, await discover(api, docent));

    verdicts.push(...(await runRoutes(api.url, people, ids, secrets)));
    verdicts.push(...(await runSockets(api.url, people, ids, secrets)));
    verdicts.push(...(await runSubscriptions(api.url, people, ids, secrets)));
    verdicts.push(...(await runGraphql(people, ids, secrets, discovered.queries, discovered.mutations)));
  }, 600_000);

  afterAll(async () => {
    const count = operations().length;
    process.stdout.write(`authorization matrix: ${count} operations × ${IDENTITIES.length} identities = ${count * IDENTITIES.length} cases\n`);
    await api?.stop();
  });

  /** Every operation, event and route the matrix judges, by kind (the GraphQL endpoint is its operations). */
  const operations = () => [
    ...discovered.queries.map((name) => `query ${name}`),
    ...discovered.mutations.map((name) => `mutation ${name}`),
    ...discovered.subscriptions.map((name) => `subscription ${name}`),
    ...discovered.socketEvents.map((name) => `socket ${name}`),
    ...discovered.routes.filter((name) => !ROUTE_CASES[name]?.covered).map((name) => `route ${name}`),
  ];

  it('has a case for every Query, Mutation, Subscription, socket.io event and HTTP route', () => {
    expect(discovered.routes.length).toBeGreaterThan(0);
    expect(discovered.socketEvents.length).toBeGreaterThan(0);
    expect([...discovered.queries, ...discovered.mutations].sort()).toEqual(Object.keys(ALL_AUTHZ).sort());
    expect(Object.keys(ACCESS_OVERRIDES).filter((name) => !(name in ALL_AUTHZ))).toEqual([]);
    expect(discovered.subscriptions.sort()).toEqual(Object.keys(SUBSCRIPTION_CASES).sort());
    expect(discovered.socketEvents.sort()).toEqual(Object.keys(SOCKET_EVENT_CASES).sort());
    expect(discovered.routes.sort()).toEqual(Object.keys(ROUTE_CASES).sort());
    // One judged case per operation and identity.
    const judged = new Set(verdicts.map((v) => `${v.kind} ${v.name} ${v.identity}`));
    expect(
      operations()
        .flatMap((op) => IDENTITIES.map((identity) => `${op} ${identity}`))
        .filter((c) => !judged.has(c)),
    ).toEqual([]);
  });

  it.each(IDENTITIES)('%s is allowed, refused or kept in the dark exactly as expected, and never answered with data it may not see', (identity) => {
    const problems = verdicts.filter((v) => v.identity === identity && v.problem).map((v) => `${v.kind} ${v.name}: ${v.problem}`);
    expect(problems).toEqual([]);
  });
});

// ---- judging ----

function judge(identity: Identity, expected: Expectation, o: Observed, secrets: readonly string[]): string | null {
  const refused = o.codes.some((code) => REFUSALS.has(code));
  const notFound = !refused && o.codes.length > 0 && o.codes.every((code) => code === 'NOT_FOUND');
  const got = o.codes.join(',') || 'no error';
  const outsider = identity === 'anonymous' || regionOf(identity) === 'B';
  if (expected === 'allow' && refused) return `expected allow, got ${got}`;
  if (expected === 'hidden' && !notFound) return `expected NOT_FOUND (hidden), got ${got}`;
  if (expected === 'deny') {
    const wanted = identity === 'anonymous' ? ['UNAUTHENTICATED'] : regionOf(identity) === 'B' ? ['FORBIDDEN', 'NOT_FOUND'] : ['FORBIDDEN'];
    if (!o.codes.length || !o.codes.every((code) => wanted.includes(code))) return `expected ${wanted.join(' or ')}, got ${got}`;
  }
  if ((expected === 'deny' || expected === 'hidden') && !o.empty) return `refused but answered with data: ${o.text.slice(0, 300)}`;
  if (outsider) {
    const leaked = secrets.filter((s) => o.text.includes(s) && !o.sent.includes(s));
    if (leaked.length) return `answer carries region A's data (${leaked.join(', ')})`;
  }
  return null;
}

/** Region A's ids (except what is public or a person's id) and the e-mail addresses of its people who are not in region B. */
async function regionSecrets(platform: GraphqlHttpClient, ids: RouteIds, regionBId: string): Promise<string[]> {
  const emailsOf = async (id: string) =>
    (
      await platform.request<{ region: { memberships: Array<{ person: { email: string } }> } }>('query($r: ID) { region(id: $r) { memberships { person { email } } } }', { r: id })
    ).region.memberships.map((m) => m.person.email);
  const inB = new Set(await emailsOf(regionBId));
  const emails = (await emailsOf(ids.regionId)).filter((e) => !inB.has(e));
  const objectIds = Object.entries(ids)
    .filter(([key, value]) => typeof value === 'string' && !NOT_SECRET.includes(key as keyof Ids) && /^[0-9a-f-]{36}$/.test(value))
    .map(([, value]) => value as string);
  return [...new Set([...objectIds, ...emails])];
}

// ---- discovery ----

async function discover(api: ApiHandle, client: GraphqlHttpClient) {
  const { __schema } = await client.request<{ __schema: Record<'queryType' | 'mutationType' | 'subscriptionType', { fields: Array<{ name: string }> }> }>(
    '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }',
  );
  const names = (type: { fields: Array<{ name: string }> }) => type.fields.map((f) => f.name);
  // Nest's own start-up lines: the route table (RouterExplorer) and the gateway's messages (WebSocketsController).
  const logs = api.logs();
  const routes = [...logs.matchAll(/Mapped \{([^,}]+), ([A-Z]+)\} route/g)].map((m) => `${m[2]} ${m[1]}`);
  const socketEvents = [...logs.matchAll(/subscribed to the \\?"([^"\\]+)\\?" message/g)].map((m) => m[1]);
  return {
    queries: names(__schema.queryType),
    mutations: names(__schema.mutationType),
    subscriptions: names(__schema.subscriptionType),
    socketEvents: [...new Set(socketEvents)],
    routes: [...new Set(routes)],
  };
}

/** The objects the routes need: a published and a draft story of region A (the draft with an image), and a region feed. */
async function routeIds(url: string, platform: GraphqlHttpClient, i: Ids): Promise<Omit<RouteIds, keyof Ids>> {
  const { stories } = await platform.request<{ stories: Array<{ slug: string; status: string }> }>('query($r: ID!) { stories(regionId: $r, statuses: [PUBLISHED]) { slug status } }', {
    r: i.regionId,
  });
  const { createStory } = await platform.request<{ createStory: { id: string } }>(
    'mutation($r: ID!) { createStory(input: { regionId: $r, title: "Matrix: concept", lead: "Nog niet openbaar", body: "<p>Tekst</p>", audience: [OUDERS] }) { id } }',
    { r: i.regionId },
  );
  const upload = new FormData();
  upload.append('alt', 'Concept');
  upload.append('file', new Blob([makePng(8, 8)], { type: 'image/png' }), 'concept.png');
  const response = await fetch(`${url}/bestanden/verhalen/${createStory.id}/afbeeldingen`, { method: 'POST', body: upload, headers: { cookie: platform.cookieHeader(), origin: url } });
  const { image } = (await response.json()) as { image: { url: string } };
  const docent = await signedIn(url, 'docent');
  const { createWerkgroepPost } = await docent.request<{ createWerkgroepPost: { id: string } }>(
    'mutation($w: ID!) { createWerkgroepPost(input: { werkgroepId: $w, body: "Matrix: bericht" }) { id } }',
    {
      w: i.engelsWerkgroepId,
    },
  );
  const { createCalendarFeed } = await platform.request<{ createCalendarFeed: { url: string } }>('mutation($r: ID!) { createCalendarFeed(scope: REGION, regionId: $r) { url } }', { r: i.regionId });
  if (!stories[0]) throw new Error('the demo has no published story in region A');
  return {
    slug: 'noord-west-veluwe',
    publishedStorySlug: stories[0].slug,
    draftStoryId: createStory.id,
    draftImageSha256: image.url.split('/').pop()!,
    postId: createWerkgroepPost.id,
    feedFile: createCalendarFeed.url.split('/').pop()!,
  };
}

// ---- HTTP routes ----

async function runRoutes(url: string, people: MatrixPeople, ids: RouteIds, secrets: readonly string[]): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  for (const [name, c] of Object.entries(ROUTE_CASES)) {
    if (c.covered) continue;
    const [method] = name.split(' ');
    const answers = await mapLimit(IDENTITIES, CONCURRENCY, async (identity) => {
      const { path, body } = c.request(ids);
      const session = people.sessions.get(identity);
      const headers: Record<string, string> = { origin: url };
      if (session) headers['cookie'] = session.cookieHeader();
      const response = await fetch(`${url}${path}`, { method, headers, body: body?.(), redirect: 'manual', signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      return {
        identity,
        status: response.status,
        observed: { codes: response.ok || response.status < 400 ? [] : [HTTP_CODES[response.status] ?? `HTTP ${response.status}`], empty: !response.ok, text, sent: path },
      };
    });
    for (const { identity, status, observed } of answers) {
      let problem: string | null;
      if (c.public) {
        // Public by design: the same answer for everyone, never a refusal or a crash.
        const first = answers[0].status;
        problem = status >= 500 || status === 401 || status === 403 ? `public route answered ${status}` : status !== first ? `public route answered ${status}, anonymous got ${first}` : null;
        verdicts.push({ kind: 'route', name, identity, expected: 'allow', problem });
      } else {
        const denied = expectationOf(c.access!, { neutral: c.neutral }, identity);
        const expected = denied === 'deny' && c.hiddenFromOthers && regionOf(identity) !== 'B' ? 'hidden' : denied;
        problem = judge(identity, expected, observed, secrets);
        if (!problem && expected === 'allow' && !(status >= 200 && status < 300)) problem = `expected 2xx, got ${status}: ${observed.text.slice(0, 200)}`;
        verdicts.push({ kind: 'route', name, identity, expected, problem });
      }
    }
  }
  return verdicts;
}

// ---- socket.io ----

async function runSockets(url: string, people: MatrixPeople, ids: RouteIds, secrets: readonly string[]): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  const sockets = new Map<Identity, Socket>();
  const received = new Map<Identity, string[]>();
  try {
    for (const identity of IDENTITIES) {
      const session = people.sessions.get(identity);
      const socket = await connectSocket(url, session?.cookieHeader() ?? '').catch((error: Error) => error);
      if (socket instanceof Error) {
        // Anonymous: the handshake itself is refused; so is every event.
        for (const [event, c] of Object.entries(SOCKET_EVENT_CASES)) {
          const expected = expectationOf(c.access, { neutral: c.neutral }, identity);
          verdicts.push({ kind: 'socket', name: event, identity, expected, problem: judge(identity, expected, { codes: [socket.message], empty: true, text: '', sent: '' }, secrets) });
        }
        continue;
      }
      sockets.set(identity, socket);
      const log: string[] = [];
      received.set(identity, log);
      socket.onAny((event: string, payload: unknown) => log.push(`${event} ${JSON.stringify(payload)}`));
    }
    for (const [identity, socket] of sockets) {
      for (const [event, c] of Object.entries(SOCKET_EVENT_CASES)) {
        const args = c.args(ids);
        const expected = expectationOf(c.access, { neutral: c.neutral }, identity);
        let observed: Observed;
        if (c.acknowledged) {
          const ack = (await socket.timeout(10_000).emitWithAck(event, args)) as { ok: boolean; code?: string };
          observed = { codes: ack.ok ? [] : [ack.code ?? 'REFUSED'], empty: !ack.ok, text: JSON.stringify(ack), sent: JSON.stringify(args) };
        } else {
          socket.emit(event, args);
          observed = { codes: [], empty: true, text: '', sent: JSON.stringify(args) };
        }
        verdicts.push({ kind: 'socket', name: event, identity, expected, problem: judge(identity, expected, observed, secrets) });
      }
    }
    // Receive nothing: changes in region A's rooms (region, meeting presence, werkgroep), then one
    // in region B's room. On one connection events arrive in order, so once region B's change is
    // in, region B's people must have received nothing of region A before it.
    const platform = people.sessions.get('platform')!;
    await platform.request('mutation($id: ID!) { updateSchool(input: { id: $id, koepel: "Matrix kamer" }) { id } }', { id: ids.schoolId });
    await people.sessions.get('A:docent')!.request('mutation($w: ID!) { createWerkgroepPost(input: { werkgroepId: $w, body: "Matrix: kamer" }) { id } }', { w: ids.engelsWerkgroepId });
    await sockets.get('A:verbinder')!.timeout(10_000).emitWithAck('meeting:join', ids.agendaId);
    const bDone = [...sockets]
      .filter(([identity]) => regionOf(identity) === 'B')
      .map(([identity, socket]) => ({ identity, done: nextEvent<{ regionId: string }>(socket, 'region:activity', 10_000, (e) => e.regionId === people.regionB.id) }));
    await platform.request('mutation($id: ID!) { updateSchool(input: { id: $id, koepel: "Matrix kamer" }) { id } }', { id: people.regionB.schoolId });
    for (const { identity, done } of bDone) {
      await done;
      const leaked = received.get(identity)!.filter((line) => [ids.regionId, ids.agendaId, ids.engelsWerkgroepId, ...secrets].some((s) => line.includes(s)));
      verdicts.push({ kind: 'socket', name: 'events of region A', identity, expected: 'deny', problem: leaked.length ? `received ${leaked.join(' | ').slice(0, 300)}` : null });
    }
  } finally {
    for (const socket of sockets.values()) socket.close();
  }
  return verdicts;
}

// ---- subscriptions (graphql-ws) ----

type Outcome = { codes: string[]; data: unknown[] };

async function runSubscriptions(url: string, people: MatrixPeople, ids: RouteIds, secrets: readonly string[]): Promise<Verdict[]> {
  const clients = IDENTITIES.map((identity) => {
    const session = people.sessions.get(identity);
    // Anonymous connects as a loket status page would: the guard then decides per operation.
    return { identity, client: graphqlWsClient(url, session?.cookieHeader() ?? '', session ? undefined : { loketStatus: true }) };
  });
  const outcomes = new Map<string, Outcome>();
  const unsubscribes: Array<() => void> = [];
  const key = (name: string, identity: Identity) => `${name} ${identity}`;
  /** Subscribes and records what comes back; resolves at the first answer of any kind. */
  const watch = (client: WsClient, k: string, doc: string, variables?: Record<string, unknown>) => {
    const outcome: Outcome = { codes: [], data: [] };
    outcomes.set(k, outcome);
    return new Promise<void>((answered) => {
      const codesOf = (errors: ReadonlyArray<{ extensions?: Record<string, unknown> }>) => errors.map((e) => String(e.extensions?.['code']));
      unsubscribes.push(
        client.subscribe(
          { query: doc, variables },
          {
            next: (result) => {
              if (result.errors?.length) outcome.codes.push(...codesOf(result.errors));
              if (result.data) outcome.data.push(result.data);
              answered();
            },
            error: (error) => {
              outcome.codes.push(...(Array.isArray(error) ? codesOf(error as Array<{ extensions?: Record<string, unknown> }>) : [closeCode(error)]));
              answered();
            },
            complete: () => answered(),
          },
        ),
      );
    });
  };
  try {
    const sentinels: Array<Promise<void>> = [];
    for (const { identity, client } of clients) {
      for (const [name, c] of Object.entries(SUBSCRIPTION_CASES)) void watch(client, key(name, identity), c.doc, c.vars?.(ids));
      // Refused for everyone at once: once its answer is in, the subscriptions sent before it have been taken in.
      sentinels.push(watch(client, key('sentinel', identity), 'subscription { regionActivity(regionId: "geen-id") { regionId } }'));
    }
    await Promise.all(sentinels);
    // Changes of region A, repeated until everyone who may follow them has one (the server takes a
    // subscription in asynchronously).
    const triggerClients = { platform: people.sessions.get('platform')!, docentA: people.sessions.get('A:docent')! };
    for (const [name, c] of Object.entries(SUBSCRIPTION_CASES)) {
      if (!c.trigger) continue;
      const waiting = () => IDENTITIES.filter((identity) => expectationOf(c.access, c, identity) === 'allow' && !outcomes.get(key(name, identity))?.data.length);
      for (let attempt = 0; attempt < 20 && waiting().length; attempt++) {
        await c.trigger(triggerClients, ids);
        await until(() => waiting().length === 0, 500);
      }
    }
  } finally {
    for (const unsubscribe of unsubscribes) unsubscribe();
    await Promise.all(clients.map(({ client }) => client.dispose()));
  }
  const verdicts: Verdict[] = [];
  for (const [name, c] of Object.entries(SUBSCRIPTION_CASES)) {
    for (const identity of IDENTITIES) {
      const expected = expectationOf(c.access, c, identity);
      const o = outcomes.get(key(name, identity))!;
      let problem = judge(identity, expected, { codes: o.codes, empty: o.data.length === 0, text: JSON.stringify(o.data), sent: JSON.stringify(c.vars?.(ids) ?? {}) }, secrets);
      if (!problem && expected === 'allow' && c.trigger && !o.data.length) problem = `not refused, but region A's change never arrived (${o.codes.join(',')})`;
      verdicts.push({ kind: 'subscription', name, identity, expected, problem });
    }
  }
  return verdicts;
}

function closeCode(error: unknown): string {
  const code = (error as { code?: number }).code;
  return code === 4403 || code === 4401 ? 'UNAUTHENTICATED' : `CLOSED ${code ?? String(error)}`;
}

// ---- queries and mutations ----

async function runGraphql(people: MatrixPeople, ids: RouteIds, secrets: readonly string[], queries: string[], mutations: string[]): Promise<Verdict[]> {
  const endedEverywhere: Array<Promise<{ identity: Identity; problem: string | null }>> = [];
  const idsFor = (identity: Identity): Ids => (regionOf(identity) === 'B' ? { ...ids, callerSchoolId: people.regionB.schoolId } : ids);
  const run = async (identity: Identity, name: string): Promise<Verdict> => {
    const kind = queries.includes(name) ? 'query' : 'mutation';
    const c = ALL_AUTHZ[name];
    if (!c) return { kind, name, identity, expected: 'deny', problem: 'no case' };
    const client = OWN_SESSION.has(name) || identity === 'anonymous' ? await people.freshSession(identity) : people.sessions.get(identity)!;
    const vars = c.vars?.(idsFor(identity));
    const doc = documentFor(identity, c.doc, ids);
    const live = name === 'signOut' && identity !== 'anonymous' ? await liveConnections(client) : null;
    const result = await client.query(doc, vars);
    if (live) endedEverywhere.push(live().then((problem) => ({ identity, problem })));
    const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
    const empty = !result.data || Object.values(result.data).every((v) => v === null);
    const expected = expectationOf(accessOf(name, c), c, identity);
    const problem = judge(identity, expected, { codes, empty, text: JSON.stringify({ data: result.data, errors: result.errors }), sent: doc + JSON.stringify(vars ?? {}) }, secrets);
    return { kind, name, identity, expected, problem };
  };
  const verdicts = await mapLimit(
    IDENTITIES.flatMap((identity) => queries.map((name) => [identity, name] as const)),
    CONCURRENCY,
    ([identity, name]) => run(identity, name),
  );
  for (const identity of IDENTITIES) for (const name of mutations) verdicts.push(await run(identity, name));
  for (const { identity, problem } of await Promise.all(endedEverywhere)) {
    const verdict = verdicts.find((v) => v.name === 'signOut' && v.identity === identity)!;
    verdict.problem ??= problem;
  }
  return verdicts;
}

/**
 * Some shared cases name a story or post that does not exist (region A's people get a domain
 * answer there). Region B is refused whatever the object, so it gets region A's real draft story
 * and werkgroep post instead: the refusal must not depend on the object being unknown.
 */
function documentFor(identity: Identity, doc: string, ids: RouteIds): string {
  return regionOf(identity) === 'B' ? doc.replaceAll(NO_SUCH_STORY, ids.draftStoryId).replaceAll(UNKNOWN_POST, ids.postId) : doc;
}

/**
 * A socket.io connection and a graphql-ws subscription on the session; the returned check tells
 * whether both were ended once the session was signed out (sessions end everywhere).
 */
async function liveConnections(client: GraphqlHttpClient): Promise<() => Promise<string | null>> {
  const socket = await connectSocket(client.baseUrl, client.cookieHeader());
  const socketEnded = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
  const ws = graphqlWsClient(client.baseUrl, client.cookieHeader());
  const connected = new Promise<void>((resolve) => ws.on('connected', () => resolve()));
  let wsEnded: () => void = () => undefined;
  const subscriptionEnded = new Promise<void>((resolve) => (wsEnded = resolve));
  ws.on('closed', () => wsEnded());
  const unsubscribe = ws.subscribe({ query: 'subscription { notificationReceived { id } }' }, { next: () => undefined, error: () => wsEnded(), complete: () => wsEnded() });
  await connected;
  return async () => {
    const [socketGone, subscriptionGone] = await Promise.all([settlesWithin(socketEnded, 10_000), settlesWithin(subscriptionEnded, 10_000)]);
    socket.close();
    unsubscribe();
    await ws.dispose();
    const open = [socketGone ? null : 'its socket.io connection', subscriptionGone ? null : 'its graphql-ws subscription'].filter(Boolean);
    return open.length ? `the session was signed out, but ${open.join(' and ')} stayed open` : null;
  };
}

// ---- helpers ----

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await fn(items[index]);
      }
    }),
  );
  return results;
}

/** Resolves when `done()` holds or after `ms`, whichever comes first (for polling, never as an assertion). */
async function until(done: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}
