#!/usr/bin/env node
// Benchmark: real-time fan-out of one event to 1,000 socket.io clients in one region room —
// delivery latency p50/p99 on one API node (embedded PGlite) and across two API nodes (shared
// PostgreSQL, Redis adapter: event caused on node A, all clients on node B), side by side with a
// bare socket.io server (and two bare servers through the same Redis adapter) broadcasting the
// same kind of payload. Latency = receipt time at the client − the moment the server stamped on the
// event as it emitted it (same clock: everything runs on this machine).
// Usage: npm run build:api && node tests/bench/fanout.cjs [--clients 1000] [--events 20] [--one-node] [--json] [--no-assert]
// Needs PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test) and Redis
// (TEST_REDIS_URL, default redis://127.0.0.1:6379) for the two-node part.
const { join } = require('node:path');
const { io } = require('socket.io-client');
const { Client } = require('pg');
const { freePort, startNode, waitForOk, stop, rssMiB, percentile, startBenchApi, runMain } = require('./lib/processes.cjs');

const { numberArg: arg, flag } = require('./lib/cli.cjs');
const CLIENTS = arg('clients', 1000);
const EVENTS = arg('events', 20);
const asJson = flag('json');
const assert = !flag('no-assert');
const oneNodeOnly = flag('one-node');
const PG_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const LIMITS = { oneNodeP99: 100, twoNodeP99: 150 };

async function graphql(url, query, variables, cookie) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] };
}

const signIn = async (url, key) => (await graphql(url, 'mutation($k: String!) { signInAsDemo(key: $k) { authenticated } }', { k: key })).cookie;

/** Connects `n` websocket clients, a few at a time, and resolves when all are connected. */
async function connectClients(url, n, cookie) {
  const sockets = [];
  for (let i = 0; i < n; i += 50) {
    const batch = [];
    for (let j = i; j < Math.min(n, i + 50); j++) {
      const socket = io(url, { transports: ['websocket'], extraHeaders: cookie ? { cookie } : {}, reconnection: false, forceNew: true, timeout: 30_000 });
      sockets.push(socket);
      batch.push(
        new Promise((resolve, reject) => {
          socket.once('connect', resolve);
          socket.once('connect_error', reject);
        }),
      );
    }
    await Promise.all(batch);
  }
  return sockets;
}

/** Sends `EVENTS` events through `trigger` and returns every client's delivery latency (ms). */
async function measure(sockets, trigger) {
  const latencies = [];
  for (let e = 0; e < EVENTS + 2; e++) {
    const warmup = e < 2;
    const received = new Promise((resolve, reject) => {
      let left = sockets.length;
      const timer = setTimeout(() => reject(new Error(`only ${sockets.length - left} of ${sockets.length} clients got the event`)), 15_000);
      for (const socket of sockets) {
        socket.once('region:activity', (payload) => {
          if (!warmup) latencies.push(Date.now() - Date.parse(payload.at));
          if (--left === 0) {
            clearTimeout(timer);
            resolve();
          }
        });
      }
    });
    await trigger(e);
    await received;
    await new Promise((r) => setTimeout(r, 250));
  }
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies), samples: latencies.length };
}

function closeAll(sockets) {
  for (const s of sockets) s.close();
}

async function startBare(redisUrl = null, key = 'x') {
  const port = await freePort();
  const child = startNode(join(__dirname, 'bare-socketio-server.cjs'), { args: [String(port)], env: redisUrl ? { REDIS_URL: redisUrl, BENCH_KEY: key } : { REDIS_URL: '' } });
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(url, child);
  return { child, url };
}

async function startApi(env) {
  const api = await startBenchApi('verbinder-bench-fanout-', env);
  await api.ready();
  return api;
}

async function apiRound(nodeA, nodeB) {
  const clientCookie = await signIn(nodeB.url, 'verbinder');
  const beheerder = await signIn(nodeA.url, 'beheerder');
  const { data } = await graphql(nodeA.url, '{ regions { id slug } }', {}, beheerder);
  const regionId = data.regions.find((r) => r.slug === 'noord-west-veluwe').id;
  const sockets = await connectClients(nodeB.url, CLIENTS, clientCookie);
  try {
    const result = await measure(sockets, (e) =>
      graphql(nodeA.url, 'mutation($id: ID!, $d: String) { updateRegion(input: { id: $id, description: $d }) { id } }', { id: regionId, d: `Meting ${e}` }, beheerder),
    );
    // One node: nodeA and nodeB are the same process.
    return { ...result, rssMiB: nodeA === nodeB ? rssMiB(nodeA.child.pid) : { nodeA: rssMiB(nodeA.child.pid), nodeB: rssMiB(nodeB.child.pid) } };
  } finally {
    closeAll(sockets);
  }
}

async function bareRound(a, b) {
  const sockets = await connectClients(b.url, CLIENTS, null);
  try {
    return { ...(await measure(sockets, () => fetch(`${a.url}/emit`, { method: 'POST' }))), rssMiB: rssMiB(b.child.pid) };
  } finally {
    closeAll(sockets);
  }
}

async function main() {
  const results = {};
  // One node.
  {
    const bare = await startBare();
    try {
      results.bareOneNode = await bareRound(bare, bare);
    } finally {
      await stop(bare.child);
    }
    const api = await startApi({});
    try {
      results.apiOneNode = await apiRound(api, api);
    } finally {
      await api.stop();
    }
  }
  // Two nodes through Redis.
  if (!oneNodeOnly) {
    const key = `${process.pid}`;
    const [bareA, bareB] = await Promise.all([startBare(REDIS_URL, key), startBare(REDIS_URL, key)]);
    try {
      results.bareTwoNodes = await bareRound(bareA, bareB);
    } finally {
      await Promise.all([stop(bareA.child), stop(bareB.child)]);
    }
    const dbName = `verbinder_bench_fanout_${process.pid}`;
    const admin = new Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    const url = new URL(PG_URL);
    url.pathname = `/${dbName}`;
    const env = { DATABASE_URL: url.toString(), REDIS_URL };
    const nodeA = await startApi(env);
    const nodeB = await startApi(env);
    try {
      results.apiTwoNodes = await apiRound(nodeA, nodeB);
    } finally {
      await Promise.all([nodeA.stop(), nodeB.stop()]);
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
  }

  if (asJson) {
    process.stdout.write(`${JSON.stringify({ clients: CLIENTS, events: EVENTS, ...results }, null, 2)}\n`);
  } else {
    console.log(`Fan-out of one event to ${CLIENTS} socket.io clients in one room, ${EVENTS} events (after 2 warm-up events)`);
    const line = (name, r) =>
      r && console.log(`  ${name.padEnd(34)} p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   max ${String(r.max).padStart(4)} ms   RSS ${JSON.stringify(r.rssMiB)} MiB`);
    line('bare socket.io, one node', results.bareOneNode);
    line('Verbinder API, one node', results.apiOneNode);
    line('bare socket.io, two nodes (Redis)', results.bareTwoNodes);
    line('Verbinder API, two nodes (Redis)', results.apiTwoNodes);
  }
  const failures = [];
  if (results.apiOneNode.p99 >= LIMITS.oneNodeP99) failures.push(`one node p99 ${results.apiOneNode.p99} ms ≥ ${LIMITS.oneNodeP99} ms`);
  if (results.apiTwoNodes && results.apiTwoNodes.p99 >= LIMITS.twoNodeP99) failures.push(`two nodes p99 ${results.apiTwoNodes.p99} ms ≥ ${LIMITS.twoNodeP99} ms`);
  if (assert && failures.length) {
    console.error(`FAIL: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

runMain(main);
