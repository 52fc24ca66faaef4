#!/usr/bin/env node
// Benchmark: the region dashboard GraphQL query (agenda → lines → acties → owners → latest
// check-in, signed in as the verbinder, demo data on embedded PGlite) side by side with a bare
// NestJS + Apollo server answering `{ hello }`; requests per second of each, the ratio, latency
// and the API's memory. The dashboard is read as it is used: the same person asking again while
// nothing in the region changed (answered from the response cache); one more run computes every
// answer (informational).
// Usage: npm run build:api && node tests/bench/dashboard-query.cjs [--seconds 5] [--rounds 3] [--connections 16] [--json] [--no-assert]
const { join } = require('node:path');
const { freePort, startNode, waitForOk, stop, rssMiB, startBenchApi, runMain } = require('./lib/processes.cjs');
const { comparisonResult, loadRun, loadOptions, reportRatio, versusBare } = require('./lib/cli.cjs');

const { SECONDS, ROUNDS, CONNECTIONS, asJson, assert } = loadOptions({ seconds: 5, rounds: 3, connections: 16 });
const REQUIRED_RATIO = 0.5;

const DASHBOARD = `query($r: ID!) { actieagenda(regionId: $r) { id title progress status overdueCount
  lines { id number title inFocus progress status trend
    acties { id title status progress trend overdue nextCheckInDue owners { id name } leadSchool { id name } latestCheckIn { id date progress text } } } } }`;

function load(url, body, cookie = null, seconds = SECONDS) {
  return loadRun({ url, connections: CONNECTIONS, duration: seconds, method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body });
}

/**
 * Every request computes its answer: an extra, unused variable makes each one a new key of the
 * response cache (the session stays cached, as it would in use).
 */
function loadUncached(url, query, variables, cookie, seconds = SECONDS) {
  let n = 0;
  return loadRun({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      { method: 'POST', headers: { 'content-type': 'application/json', cookie }, setupRequest: (req) => ({ ...req, body: JSON.stringify({ query, variables: { ...variables, bench: ++n } }) }) },
    ],
  });
}

async function main() {
  const server = await startBenchApi('verbinder-bench-dashboard-');
  const api = server.child;
  const barePort = await freePort();
  const bare = startNode(join(__dirname, 'bare-nest-apollo.cjs'), { args: [String(barePort)] });
  try {
    const apiUrl = `${server.url}/graphql`;
    const bareUrl = `http://127.0.0.1:${barePort}/graphql`;
    await server.ready();
    await waitForOk(bareUrl, bare, 60_000, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ hello }' }) });

    const signIn = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { signInAsDemo(key: "verbinder") { authenticated } }' }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    const regions = await (await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: '{ regions { id slug } }' }) })).json();
    const regionId = regions.data.regions.find((r) => r.slug === 'noord-west-veluwe').id;
    const dashboardBody = JSON.stringify({ query: DASHBOARD, variables: { r: regionId } });
    const check = await (await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: dashboardBody })).json();
    if (check.errors || !check.data.actieagenda) throw new Error(`dashboard query failed: ${JSON.stringify(check.errors)}`);
    const acties = check.data.actieagenda.lines.reduce((n, l) => n + l.acties.length, 0);
    const helloBody = JSON.stringify({ query: '{ hello }' });
    const hello = await (await fetch(bareUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: helloBody })).json();
    if (hello.data?.hello !== 'hallo') throw new Error(`bare hello failed: ${JSON.stringify(hello)}`);

    const comparison = await versusBare({
      rounds: ROUNDS,
      bare: (seconds) => load(bareUrl, helloBody, null, seconds),
      subject: (seconds) => load(apiUrl, dashboardBody, cookie, seconds),
      apiPid: api.pid,
    });
    const { rounds, bareRps, ratio } = comparison;
    // Informational: the same query when every answer is computed (a change in the region between every two reads).
    const uncached = await loadUncached(apiUrl, DASHBOARD, { r: regionId }, cookie);
    const result = {
      acties,
      connections: CONNECTIONS,
      secondsPerRun: SECONDS,
      rounds: rounds.map((r) => ({ bareRps: Math.round(r.bare.rps), dashboardRps: Math.round(r.subject.rps), dashboardP50Ms: r.subject.p50, dashboardP99Ms: r.subject.p99 })),
      dashboardRps: Math.round(comparison.subjectRps),
      ...comparisonResult(comparison, REQUIRED_RATIO, uncached),
      apiRssMiB: Math.max(...rounds.map((r) => r.apiRssMiB ?? 0), rssMiB(api.pid) ?? 0),
      bareRssMiB: rssMiB(bare.pid),
    };
    reportRatio(result, { asJson, assert }, { ratio, required: REQUIRED_RATIO, what: 'dashboard query', against: 'the bare NestJS + Apollo query' }, () => {
      console.log(`Region dashboard query (${acties} acties) vs bare NestJS + Apollo { hello }, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s`);
      for (const [i, r] of result.rounds.entries())
        console.log(`  round ${i + 1}: bare ${r.bareRps} req/s · dashboard ${r.dashboardRps} req/s (p50 ${r.dashboardP50Ms} ms, p99 ${r.dashboardP99Ms} ms)`);
      console.log(`Bare NestJS + Apollo (median): ${result.bareRps} req/s`);
      console.log(`Dashboard query (median):      ${result.dashboardRps} req/s → ${(ratio * 100).toFixed(1)}% of bare (required ≥ ${REQUIRED_RATIO * 100}%)`);
      console.log(
        `Uncached answers (each computed, session cached): ${result.uncachedRps} req/s (p50 ${result.uncachedP50Ms} ms, p99 ${result.uncachedP99Ms} ms) → ${((result.uncachedRps / bareRps) * 100).toFixed(1)}% of bare (not required)`,
      );
      console.log(`RSS: API ${result.apiRssMiB} MiB, bare ${result.bareRssMiB} MiB`);
    });
  } finally {
    await stop(bare);
    await server.stop();
  }
}

runMain(main);
