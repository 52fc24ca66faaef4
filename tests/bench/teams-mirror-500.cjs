#!/usr/bin/env node
// Benchmark: 500 documents of mixed sizes mirrored to one Teams channel while the fake Graph server
// answers 10 % (or --rate) of requests with 429 + Retry-After. Asserts every document ends up
// exactly once, that the fake counted no request inside a Retry-After window and no second with
// more than 4 requests to the channel, and that the wall time stays within 1.3× (10 %) / 1.6×
// (30 %) the floor the rules allow.
//
// Usage: npm run bench:teams-mirror   (builds the API and the fake, then runs this file)
//        node tests/bench/teams-mirror-500.cjs [--documents 500] [--rate 0.1] [--retry-after 1] [--concurrency 4] [--max-ratio 1.3] [--nodes 2] [--json]
//
// --nodes 2: two API processes (dist/apps/api/src/main.js) on one PostgreSQL database
// (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test; a throwaway database is
// created) and one Redis (TEST_REDIS_URL, default redis://127.0.0.1:6379), sharing DATA_DIR; the
// documents are uploaded through both, the statuses read over GraphQL.
//
// How it runs: the API (startApp, embedded PGlite in a temporary folder, the demo seed) and the
// fake (tools/teams-fake, HTTPS) in this process. The documents are uploaded over HTTP (multipart,
// as the docent) into the demo Engels group while it has no link, so nothing is queued; then the
// beheerder links the group, which fans out into one mirror job per document. The clock runs from
// the link mutation until every item of the link is MIRRORED.
//
// The minimum: every Graph request the mirror needs without 429s goes to the one channel drive,
// which the mirror (and Microsoft) allow 4 per second. Needed requests = the requests the fake
// answered with a success, excluding the one filesFolder call (rate-limited per team, not per
// drive), the token service and the control API. A 429'd request is repeated identically, so the
// others are exactly the ones needed; the script also predicts them from the sizes (simple upload
// ≤ 4 MiB: 1; larger: createUploadSession + one PUT per 5 MiB range; documents in folders: one
// lookup per path segment and one create per new folder) and prints both.
// The floor: needed / 4 seconds, plus the time the fake's Retry-After windows closed the tenant
// (their union): no compliant client can use those seconds. Ratio = wall / floor. The ratio to
// needed / 4 alone (the floor of a client that ignores Retry-After) is printed too.
require('../../dist/apps/api/src/workspace-aliases');
require('reflect-metadata');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { randomBytes } = require('node:crypto');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { loadConfig } = require('@verbinder/platform/config');
const { JsonLogger } = require('@verbinder/platform/events');
const { TEAMS_MIRROR_REPOSITORY, SIMPLE_UPLOAD_MAX_BYTES, DEFAULT_UPLOAD_RANGE_BYTES, mirrorFileName } = require('@verbinder/teams-mirror/core');
const { startApp } = require('../../dist/apps/api/src/bootstrap');
const { startTeamsFake } = require('../../dist/tools/teams-fake/teams-fake');

const { numberArg: arg, flag } = require('./lib/cli.cjs');
const DOCUMENTS = arg('documents', 500);
const RATE_429 = arg('rate', 0.1);
const RETRY_AFTER_S = arg('retry-after', 1);
/** OUTBOX_CONCURRENCY of the API (default: the API's own default, 4). */
const CONCURRENCY = arg('concurrency', null);
const NODES = arg('nodes', 1);
const MAX_RATIO = arg('max-ratio', RATE_429 <= 0.1 ? 1.3 : 1.6);
const CHANNEL_RPS = 4;
const asJson = flag('json');

/** Deterministic sizes: every 20th document 4.5–12 MiB (upload session), the rest 1–300 KiB. */
function documentSpec(i) {
  const large = i % 20 === 7;
  const size = large ? Math.round((4.5 + ((i * 37) % 75) / 10) * 1024 * 1024) : 1024 + ((i * 7919) % (300 * 1024));
  const title = `Bench ${String(i).padStart(3, '0')}`;
  if (large) return { title, fileName: `bench-${i}.pdf`, bytes: Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(size - 9)]) };
  const line = `Verslag ${i} van de vakgroep Engels. `;
  return { title, fileName: `bench-${i}.txt`, bytes: Buffer.from(line.repeat(Math.ceil(size / line.length)).slice(0, size)) };
}

/** Requests needed without 429s for one file of this size. */
const requestsFor = (size) => (size <= SIMPLE_UPLOAD_MAX_BYTES ? 1 : 1 + Math.ceil(size / DEFAULT_UPLOAD_RANGE_BYTES));

async function graphql(url, cookie, query, variables) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function signIn(url, key) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { signInAsDemo(key: "${key}") { authenticated } }` }),
  });
  return res.headers.get('set-cookie').split(';')[0];
}

async function inPool(items, size, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/** Total length (ms) of the union of [startMs, endMs) windows. */
function unionMs(windows) {
  const sorted = [...windows].sort((a, b) => a.startMs - b.startMs);
  let total = 0;
  let end = -Infinity;
  for (const w of sorted) {
    if (w.endMs <= end) continue;
    total += w.endMs - Math.max(w.startMs, end);
    end = w.endMs;
  }
  return total;
}

/** Two API processes on PostgreSQL + Redis (--nodes 2); answers { urls, close }. */
async function startNodes(env, dataDir) {
  const { spawn } = require('node:child_process');
  const { Client } = require('pg');
  const base = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const name = `verbinder_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const dbUrl = new URL(base);
  dbUrl.pathname = `/${name}`;
  const children = [];
  const urls = [];
  for (let i = 0; i < NODES; i++) {
    const port = 43000 + Math.floor(Math.random() * 2000) + i;
    const child = spawn(process.execPath, [join(__dirname, '../../dist/apps/api/src/main.js')], {
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: dbUrl.toString(), REDIS_URL: process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    const url = `http://127.0.0.1:${port}`;
    for (let t = 0; ; t++) {
      const ready = await fetch(`${url}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) break;
      if (t > 240) throw new Error(`node ${i} not ready`);
      await new Promise((r) => setTimeout(r, 250));
    }
    urls.push(url);
  }
  return {
    urls,
    async close() {
      await Promise.all(children.map((child) => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM')))));
      const drop = new Client({ connectionString: base });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await drop.end();
    },
  };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'verbinder-bench-teams-'));
  const fake = await startTeamsFake({ seed: 500 });
  const caFile = join(dataDir, 'teams-fake-ca.pem');
  writeFileSync(caFile, fake.ca);
  const tenant = fake.createTenant({ displayName: 'Vmbo De Brug' });
  const team = fake.createTeam({ tenantId: tenant.id, displayName: 'Vakgroep Engels' });
  const channel = fake.createChannel({ teamId: team.id, displayName: 'Engels' });
  fake.provision(team.id, channel.id);
  const env = {
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    SEED_DEMO: 'true',
    OUTBOX_POLL_MS: '200',
    REMINDER_INTERVAL_MS: '86400000',
    ...(CONCURRENCY ? { OUTBOX_CONCURRENCY: String(CONCURRENCY) } : {}),
    MS_GRAPH_CLIENT_ID: fake.clientId,
    MS_GRAPH_CLIENT_SECRET: fake.clientSecret,
    MS_GRAPH_AUTHORITY_HOST: fake.url,
    MS_GRAPH_BASE_URL: fake.graphBaseUrl,
    MS_GRAPH_CA_FILE: caFile,
  };
  const config = loadConfig(env);
  const nodes = NODES > 1 ? await startNodes(env, dataDir) : null;
  const app = nodes ? null : await startApp(config, new JsonLogger('error'));
  const urls = nodes ? nodes.urls : [app.url];
  try {
    const beheerder = await signIn(urls[0], 'beheerder');
    const docent = await signIn(urls[0], 'docent');
    const appUrl = urls[0];
    const { region } = await graphql(appUrl, beheerder, '{ region(slug: "noord-west-veluwe") { id } }');
    const { werkgroepen } = await graphql(appUrl, beheerder, 'query($r: ID!) { werkgroepen(regionId: $r) { id name } }', { r: region.id });
    const engels = werkgroepen.find((w) => w.name === 'Interscolaire vakgroep Engels').id;

    // 1. The documents, uploaded while the group has no link (nothing is queued).
    const specs = Array.from({ length: DOCUMENTS }, (_, i) => documentSpec(i));
    const uploadStarted = Date.now();
    const stored = async (title) =>
      (await graphql(appUrl, docent, 'query($w: ID!) { werkgroepDocuments(werkgroepId: $w) { title } }', { w: engels })).werkgroepDocuments.some((d) => d.title === title);
    await inPool(specs, 4, async (spec) => {
      for (let attempt = 1; ; attempt++) {
        const form = new FormData();
        form.append('title', spec.title);
        form.append('file', new Blob([spec.bytes]), spec.fileName);
        try {
          const res = await fetch(`${urls[specs.indexOf(spec) % urls.length]}/bestanden/werkgroepen/${engels}`, { method: 'POST', body: form, headers: { cookie: docent } });
          if (res.status !== 201) throw new Error(`upload ${spec.fileName}: ${res.status} ${await res.text()}`);
          return;
        } catch (error) {
          // A reset connection (seen on a loaded machine): upload again only when it did not arrive.
          if (!(error instanceof TypeError) || attempt >= 5) throw error;
          await new Promise((r) => setTimeout(r, 500));
          if (await stored(spec.title).catch(() => false)) return;
        }
      }
    });
    const uploadMs = Date.now() - uploadStarted;

    // 2. 10 % of Graph and upload-URL requests answered 429 with Retry-After; then link.
    fake.requests = [];
    fake.addFault({ status: 429, retryAfterSeconds: RETRY_AFTER_S, rate: RATE_429 });
    const started = Date.now();
    const { registerTeamsTenant } = await graphql(appUrl, beheerder, 'mutation($i: TeamsTenantInput!) { registerTeamsTenant(input: $i) { id } }', {
      i: { regionId: region.id, tenantId: tenant.id, name: 'Vmbo De Brug' },
    });
    await graphql(appUrl, beheerder, 'mutation($i: TeamsLinkInput!) { linkTeamsChannel(input: $i) { id } }', {
      i: { werkgroepId: engels, tenantId: registerTeamsTenant.id, teamId: team.id, channelId: channel.id },
    });

    // 3. Until every item of the link is MIRRORED (read from the repository, or over GraphQL with
    // several nodes, every 250 ms).
    const repo = app ? app.app.get(TEAMS_MIRROR_REPOSITORY) : null;
    const readItems = async () =>
      repo ? repo.groupItems(engels) : (await graphql(appUrl, docent, 'query($w: ID!) { documentMirrors(werkgroepId: $w) { documentId status lastError } }', { w: engels })).documentMirrors;
    let items = [];
    for (;;) {
      items = await readItems();
      const failed = items.find((i) => i.status === 'FAILED');
      if (failed) throw new Error(`document ${failed.documentId} failed: ${failed.lastError}`);
      if (items.length >= DOCUMENTS && items.every((i) => i.status === 'MIRRORED')) break;
      if (Date.now() - started > 30 * 60_000) throw new Error('not mirrored within 30 minutes');
      await new Promise((r) => setTimeout(r, 250));
    }
    const wallMs = Date.now() - started;

    // 4. Exactly once: one creation per name, one file per document, the right sizes.
    const drive = fake.drives.get(team.driveId);
    const files = [...drive.items.values()].filter((i) => !i.deleted && !i.folder);
    let sources;
    let wrongSize;
    if (repo) {
      sources = await Promise.all(items.map((i) => repo.sourceDocument(i.documentId)));
      wrongSize = sources.filter((s, k) => files.find((f) => f.id === items[k].driveItemId)?.content.length !== s.size);
    } else {
      // over HTTP: the bench documents by name (the demo documents are checked for exactly-once only)
      sources = specs.map((spec) => ({ title: spec.title, fileName: spec.fileName, size: spec.bytes.length, folderPath: [] }));
      wrongSize = sources.filter((s) => files.find((f) => f.name === mirrorFileName(s.title, s.fileName))?.content.length !== s.size);
    }
    const expectedNames = sources.map((s) => mirrorFileName(s.title, s.fileName));
    const duplicates = expectedNames.filter((name) => fake.creationsNamed(name) !== 1);
    const creationsPerName = new Map();
    for (const c of fake.creations) creationsPerName.set(c.name, (creationsPerName.get(c.name) ?? 0) + 1);
    const createdTwice = [...creationsPerName.values()].filter((n) => n > 1).length;

    // 5. Requests: needed (answered with success) vs predicted from the sizes, and the 429s.
    const graphRequests = fake.requests.filter((r) => r.kind === 'graph' || r.kind === 'upload');
    const throttled = graphRequests.filter((r) => r.status === 429).length;
    const filesFolder = graphRequests.filter((r) => r.path.includes('/filesFolder') && r.status < 400).length;
    // Folder lookups answered 404 (then created) are needed requests too: all but the 429s count.
    const needed = graphRequests.filter((r) => r.status !== 429).length - filesFolder;
    // ensureFolder per document in a folder: one lookup per path segment, plus one create per new folder.
    const folderPaths = new Set(sources.filter((s) => s.folderPath.length).flatMap((s) => s.folderPath.map((_, k) => s.folderPath.slice(0, k + 1).join('/'))));
    const predicted = sources.reduce((n, s) => n + requestsFor(s.size) + s.folderPath.length, 0) + folderPaths.size;
    const violations = fake.violations();
    const closedMs = unionMs(fake.strictness.windows);
    const minimumMs = (needed / CHANNEL_RPS) * 1000;
    const floorMs = minimumMs + closedMs;
    const ratio = wallMs / floorMs;
    const large = sources.filter((s) => s.size > SIMPLE_UPLOAD_MAX_BYTES).length;
    const result = {
      documents: items.length,
      benchDocuments: DOCUMENTS,
      largeDocuments: large,
      megabytes: +(sources.reduce((n, s) => n + s.size, 0) / 1024 / 1024).toFixed(1),
      uploadSeconds: +(uploadMs / 1000).toFixed(1),
      requestsNeeded: needed,
      requestsPredicted: predicted,
      requests429: throttled,
      requestsSent: graphRequests.length,
      minimumSeconds: +(minimumMs / 1000).toFixed(1),
      retryAfterClosedSeconds: +(closedMs / 1000).toFixed(1),
      floorSeconds: +(floorMs / 1000).toFixed(1),
      wallSeconds: +(wallMs / 1000).toFixed(1),
      ratio: +ratio.toFixed(3),
      ratioToRequestsOnly: +(wallMs / minimumMs).toFixed(3),
      retryAfterViolations: violations.retryAfter.length,
      channelRateViolations: violations.channelRate.length,
      busiestSecond: violations.busiestSecond,
      nodes: NODES,
      rate429: RATE_429,
      concurrency: config.jobs.outboxConcurrency,
      duplicates: duplicates.length + createdTwice,
      files: files.length,
    };
    if (asJson) process.stdout.write(JSON.stringify(result) + '\n');
    else {
      console.log(`documents mirrored      ${result.documents} (${DOCUMENTS} bench + ${result.documents - DOCUMENTS} demo; ${large} > 4 MiB by upload session; ${result.megabytes} MiB)`);
      console.log(
        `Graph requests needed   ${needed} (predicted from sizes: ${predicted}); sent ${result.requestsSent}, of which ${throttled} answered 429 (Retry-After ${RETRY_AFTER_S} s, rate ${RATE_429})`,
      );
      console.log(`floor                   ${result.floorSeconds} s = ${result.minimumSeconds} s at ${CHANNEL_RPS} req/s + ${result.retryAfterClosedSeconds} s closed by Retry-After`);
      console.log(
        `wall time               ${result.wallSeconds} s   ratio ${result.ratio} (must be ≤ ${MAX_RATIO}; to the requests alone ${result.ratioToRequestsOnly}; ${NODES} node(s), mirror jobs at once per node: ${config.jobs.outboxConcurrency})`,
      );
      console.log(
        `violations (fake)       ${result.retryAfterViolations} inside a Retry-After window, ${result.channelRateViolations} beyond 4 requests/s to the channel (busiest second: ${result.busiestSecond})`,
      );
      console.log(
        `exactly once            ${duplicates.length === 0 && wrongSize.length === 0 && files.length === items.length ? 'yes' : 'NO'} (${files.length} files, ${duplicates.length} names created ≠ once, ${wrongSize.length} wrong sizes)`,
      );
    }
    const problems = [];
    if (duplicates.length || createdTwice || wrongSize.length || files.length !== items.length) problems.push('not every document was mirrored exactly once');
    if (violations.retryAfter.length) problems.push(`${violations.retryAfter.length} requests inside a Retry-After window, e.g. ${JSON.stringify(violations.retryAfter.slice(0, 3))}`);
    if (violations.channelRate.length) problems.push(`${violations.channelRate.length} requests beyond 4 per second to the channel, e.g. ${JSON.stringify(violations.channelRate.slice(0, 3))}`);
    if (needed !== predicted) console.warn(`note: needed requests (${needed}) differ from the prediction (${predicted}); two workers creating one folder at once cost a 409 and a lookup more`);
    if (ratio > MAX_RATIO) problems.push(`ratio ${ratio.toFixed(3)} is above ${MAX_RATIO}`);
    if (problems.length) {
      console.error(`FAILED: ${problems.join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    if (app) await app.close();
    if (nodes) await nodes.close();
    await fake.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
