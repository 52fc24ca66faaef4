#!/usr/bin/env node
// Benchmark: /healthz stays responsive while the most expensive allowed request of each kind whose
// cost grows faster than its input runs, again and again, concurrently (docs/security.md, "Input
// limits and CPU bounds"):
//   - draaiboekDiff of two maximal versions (200 000 characters and 1 000 lines each: together the
//     2 000-line limit), wholly different (the edit cap is reached: shown as replaced);
//   - draaiboekDiff of two maximal versions with changes spread just under the edit cap (Myers at
//     its most expensive allowed run);
//   - a 1 MB GraphQL body (the JSON parser and the unsafe-text walk over every variable);
//   - the glossary and document full-text searches with their longest allowed query.
// Usage: npm run build:api && node tests/bench/event-loop-bound.cjs [--seconds 10] [--concurrency 1] [--wave-ms 1000] [--only <part of a kind's name>]
//        [--database-url postgres://… (an empty database; default embedded PGlite)] [--json] [--no-assert]
// (npm run bench:event-loop does both.) Exits 1 when /healthz p99 is 50 ms or more.
const { loadavg } = require('node:os');
const { median, percentile, startBenchApi, runMain } = require('./lib/processes.cjs');
const { numberArg: arg, flag } = require('./lib/cli.cjs');

const SECONDS = arg('seconds', 10);
const CONCURRENCY = arg('concurrency', 1);
const dbIndex = process.argv.indexOf('--database-url');
const DATABASE_URL = dbIndex >= 0 ? process.argv[dbIndex + 1] : '';
const onlyIndex = process.argv.indexOf('--only');
const ONLY = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : null;
const PROBE_EVERY_MS = 20;
const WAVE_MS = arg('wave-ms', 1000);
const LIMIT_P99_MS = 50;
const asJson = flag('json');
const assert = !flag('no-assert');

async function main() {
  const server = await startBenchApi('verbinder-bench-loop-', { DEMO_MODE: 'true', DATABASE_URL, NODE_ENV: 'test' });
  try {
    const url = server.url;
    await server.ready();
    const signIn = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { signInAsDemo(key: "docent") { authenticated } }' }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    const gql = async (query, variables) => {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
      const body = await res.json();
      if (body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors).slice(0, 300)}`);
      return body.data;
    };
    const { mijnWerkgroepen } = await gql('{ mijnWerkgroepen { id name regionId } }');
    const werkgroep = mijnWerkgroepen.find((w) => w.name === 'Interscolaire vakgroep Engels');
    const save = async (body) => {
      const { draaiboek } = await gql('query($w: ID!) { draaiboek(werkgroepId: $w) { version } }', { w: werkgroep.id });
      return (
        await gql('mutation($w: ID!, $b: String!, $v: Int!) { saveDraaiboek(input: { werkgroepId: $w, body: $b, baseVersion: $v }) { version } }', { w: werkgroep.id, b: body, v: draaiboek.version })
      ).saveDraaiboek.version;
    };
    // 1 000 lines of 199 characters plus a newline: 200 000 characters, the draaiboek's maximum,
    // and two of them together the most lines a diff compares (DIFF_MAX_LINES).
    const line = (tag, i) => `${tag} ${String(i).padStart(5, '0')} `.padEnd(199, 'x');
    const version = (fn) => Array.from({ length: 1000 }, (_, i) => fn(i)).join('\n');
    const a = await save(version((i) => line('A', i)));
    const b = await save(version((i) => line('B', i)));
    // Two lines in every five changed: 400 changed lines = 800 edits, under the cap of 1 000.
    const c = await save(version((i) => line(i % 5 < 2 ? 'C' : 'A', i)));

    const diff = (from, to) =>
      JSON.stringify({ query: 'query($w: ID!, $a: Int!, $b: Int!) { draaiboekDiff(werkgroepId: $w, from: $a, to: $b) { kind text } }', variables: { w: werkgroep.id, a: from, b: to } });
    const kinds = {
      'diff, wholly different (cap reached)': diff(a, b),
      'diff, changes just under the cap': diff(a, c),
      // Refused by the service (the search is too long) after the edge parsed and walked all of it.
      '1 MB GraphQL body': JSON.stringify({ query: 'query($s: String) { people(search: $s) { id } }', variables: { s: 'v'.repeat(1000 * 1000 - 100) } }),
      'glossary search, 200 characters': JSON.stringify({
        query: 'query($r: ID!, $s: String) { glossary(regionId: $r, search: $s) { id } }',
        variables: { r: werkgroep.regionId, s: 'begrip '.repeat(28).slice(0, 200) },
      }),
      'document search, long query': JSON.stringify({
        query: 'query($w: ID!, $q: String!) { searchWerkgroepDocuments(werkgroepId: $w, query: $q) { snippet } }',
        variables: { w: werkgroep.id, q: 'stage verslag '.repeat(14).slice(0, 200) },
      }),
    };
    if (ONLY) for (const name of Object.keys(kinds)) if (!name.includes(ONLY)) delete kinds[name];
    // Each kind answers without errors before the run.
    for (const [name, body] of Object.entries(kinds)) {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
      const answer = await res.json();
      const refusedAsMeant = name === '1 MB GraphQL body' && answer.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT';
      if (res.status !== 200 || (answer.errors && !refusedAsMeant)) throw new Error(`${name}: ${res.status} ${JSON.stringify(answer.errors ?? '').slice(0, 300)}`);
    }

    const until = Date.now() + SECONDS * 1000;
    const counts = Object.fromEntries(Object.keys(kinds).map((k) => [k, 0]));
    const fire = async (name) => {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: kinds[name] });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${name} answered ${res.status}`);
      counts[name]++;
    };
    // Waves: every WAVE_MS, CONCURRENCY requests of every kind at once (all in flight together),
    // then the next wave once they are answered. This measures how long one such request holds
    // the event loop, not how many a saturated server can take (that is throughput, see the other benchmarks).
    const load = async () => {
      while (Date.now() < until) {
        const started = Date.now();
        await Promise.all(Object.keys(kinds).flatMap((name) => Array.from({ length: CONCURRENCY }, () => fire(name))));
        await new Promise((r) => setTimeout(r, Math.max(0, WAVE_MS - (Date.now() - started))));
      }
    };
    const latencies = [];
    const probe = async () => {
      while (Date.now() < until) {
        const started = process.hrtime.bigint();
        const res = await fetch(`${url}/healthz`);
        await res.arrayBuffer();
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        await new Promise((r) => setTimeout(r, PROBE_EVERY_MS));
      }
    };
    const load1 = loadavg()[0];
    await Promise.all([probe(), load()]);

    const result = {
      seconds: SECONDS,
      concurrencyPerKind: CONCURRENCY,
      waveMs: WAVE_MS,
      requests: counts,
      healthz: { probes: latencies.length, p50: Number(median(latencies).toFixed(2)), p99: Number(percentile(latencies, 99).toFixed(2)), max: Number(Math.max(...latencies).toFixed(2)) },
      loadAverageAtStart: Number(load1.toFixed(2)),
      limitP99Ms: LIMIT_P99_MS,
    };
    if (asJson) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(`event loop bound: ${SECONDS} s, every ${WAVE_MS} ms ${CONCURRENCY} request(s) of each kind at once (1-min load average at start ${result.loadAverageAtStart})`);
      for (const [name, n] of Object.entries(counts)) console.log(`  ${name}: ${n} answered`);
      console.log(`  /healthz: ${result.healthz.probes} probes, p50 ${result.healthz.p50} ms, p99 ${result.healthz.p99} ms, max ${result.healthz.max} ms (limit p99 < ${LIMIT_P99_MS} ms)`);
    }
    if (assert && result.healthz.p99 >= LIMIT_P99_MS) {
      console.error(`FAIL: /healthz p99 ${result.healthz.p99} ms >= ${LIMIT_P99_MS} ms`);
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
  }
}

runMain(main);
