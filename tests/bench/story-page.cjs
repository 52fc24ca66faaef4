#!/usr/bin/env node
// Benchmark: a public story page served from the server-side page cache, side by side with a bare
// Node HTTP server that returns the same bytes and headers; plus uncached renders per page type.
// Usage: npm run build:api && node tests/bench/story-page.cjs [--seconds 5] [--rounds 3] [--connections 32] [--json] [--no-assert]
// (npm run bench:story-page does both.) Exits 1 when the cached page reaches < 70% of the bare rps.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { freePort, startNode, waitForOk, stop, rssMiB, median, percentile, startBenchApi, runMain } = require('./lib/processes.cjs');
const { comparisonResult, loadRun, loadOptions, reportRatio, versusBare } = require('./lib/cli.cjs');

const { SECONDS, ROUNDS, CONNECTIONS, asJson, assert } = loadOptions({ seconds: 5, rounds: 3, connections: 32 });
const REQUIRED_RATIO = 0.7;

function load(url, { unique = false, seconds = SECONDS } = {}) {
  let n = 0;
  const target = new URL(url);
  const options = { url: target.origin, connections: CONNECTIONS, duration: seconds, pipelining: 1 };
  // Uncached: every request a path the cache has never seen (an ignored query parameter), so
  // every request is a full render: database queries, consent checks, HTML.
  options.requests = [
    unique ? { method: 'GET', setupRequest: (req) => ({ ...req, path: `${target.pathname}?bench=${process.pid}-${++n}` }) } : { method: 'GET', path: target.pathname + target.search },
  ];
  return loadRun(options);
}

async function renderTimes(url, count = 40) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    const res = await fetch(`${url}${url.includes('?') ? '&' : '?'}render=${process.pid}-${i}`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { p50: Number(median(times).toFixed(2)), p95: Number(percentile(times, 95).toFixed(2)) };
}

async function main() {
  const server = await startBenchApi('verbinder-bench-story-');
  const api = server.child;
  const barePort = await freePort();
  let bare;
  try {
    const apiUrl = server.url;
    await server.ready();
    const list = await (await fetch(`${apiUrl}/publiek/noord-west-veluwe/verhalen`)).text();
    const path = /href="(\/publiek\/noord-west-veluwe\/verhalen\/[^"?]+)"/.exec(list)?.[1];
    if (!path) throw new Error('no published demo story found on the stories page');
    const storyUrl = `${apiUrl}${path}`;

    // The exact bytes and headers the API serves, for the bare server.
    const first = await fetch(storyUrl);
    const body = Buffer.from(await first.arrayBuffer());
    const headers = {};
    for (const name of ['content-type', 'cache-control', 'etag', 'content-length']) headers[name] = first.headers.get(name);
    const second = await fetch(storyUrl);
    await second.arrayBuffer();
    const fixture = join(server.dataDir, 'bare-page.json');
    writeFileSync(fixture, JSON.stringify({ headers, body: body.toString('base64') }));
    bare = startNode(join(__dirname, 'bare-http-server.cjs'), { args: [String(barePort), fixture] });
    const bareUrl = `http://127.0.0.1:${barePort}${path}`;
    await waitForOk(bareUrl, bare);
    const same = Buffer.from(await (await fetch(bareUrl)).arrayBuffer());
    if (!same.equals(body)) throw new Error('the bare server does not return the same bytes');

    const comparison = await versusBare({
      rounds: ROUNDS,
      bare: (seconds) => load(bareUrl, { seconds }),
      subject: (seconds) => load(storyUrl, { seconds }),
      apiPid: api.pid,
    });
    const { rounds, ratio } = comparison;
    const rssCached = Math.max(...rounds.map((r) => r.apiRssMiB ?? 0));

    const uncached = await load(storyUrl, { unique: true });
    const rssUncached = rssMiB(api.pid);
    const base = `${apiUrl}/publiek/noord-west-veluwe`;
    const renders = {
      'story page': await renderTimes(storyUrl),
      'story page (Engels)': await renderTimes(`${storyUrl}?taal=en`).catch(() => null),
      'stories list': await renderTimes(`${base}/verhalen`),
      'RSS feed': await renderTimes(`${base}/verhalen.rss`),
      'Atom feed': await renderTimes(`${base}/verhalen.atom`),
      'region home (not server-cached)': await renderTimes(base),
    };

    const result = {
      page: path,
      bytes: body.length,
      connections: CONNECTIONS,
      secondsPerRun: SECONDS,
      rounds: rounds.map((r) => ({ bareRps: Math.round(r.bare.rps), cachedRps: Math.round(r.subject.rps), cachedP99Ms: r.subject.p99, bareP99Ms: r.bare.p99 })),
      cachedRps: Math.round(comparison.subjectRps),
      ...comparisonResult(comparison, REQUIRED_RATIO, uncached),
      renderMs: renders,
      apiRssMiB: { cached: rssCached, uncached: rssUncached },
    };
    reportRatio(result, { asJson, assert }, { ratio, required: REQUIRED_RATIO, what: 'cached story page', against: 'the bare server' }, () => {
      console.log(`Story page ${path} (${body.length} bytes), ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s`);
      for (const [i, r] of result.rounds.entries()) console.log(`  round ${i + 1}: bare ${r.bareRps} req/s · cached ${r.cachedRps} req/s`);
      console.log(`Bare Node HTTP server (median): ${result.bareRps} req/s`);
      console.log(`Verbinder, from the page cache:  ${result.cachedRps} req/s  → ${(ratio * 100).toFixed(1)}% of bare (required ≥ ${REQUIRED_RATIO * 100}%)`);
      console.log(`Verbinder, uncached (every request rendered): ${result.uncachedRps} req/s, p50 ${uncached.p50} ms, p99 ${uncached.p99} ms`);
      console.log('Uncached render time per page type (sequential, 40 requests):');
      for (const [name, t] of Object.entries(renders)) console.log(`  ${name}: ${t ? `p50 ${t.p50} ms, p95 ${t.p95} ms` : 'no translation'}`);
      console.log(`API RSS: ${rssCached} MiB under cached load, ${rssUncached} MiB after uncached load`);
    });
  } finally {
    await stop(bare);
    await server.stop();
  }
}

runMain(main);
