#!/usr/bin/env node
// Benchmark: 500 documents of mixed sizes mirrored to one Teams channel while the fake Graph server
// answers 10 % of requests with 429 + Retry-After. Asserts every document ends up exactly once and
// that the wall time stays within 1.3× the minimum the 4 requests/second channel limit allows.
//
// Usage: npm run bench:teams-mirror   (builds the API and the fake, then runs this file)
//        node tests/bench/teams-mirror-500.cjs [--documents 500] [--rate 0.1] [--retry-after 1] [--concurrency 4] [--json]
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
// Minimum seconds = needed / 4. Ratio = wall / minimum.
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
const MAX_RATIO = 1.3;
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
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
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
  const config = loadConfig({
    DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', SEED_DEMO: 'true', OUTBOX_POLL_MS: '200', REMINDER_INTERVAL_MS: '86400000',
    ...(CONCURRENCY ? { OUTBOX_CONCURRENCY: String(CONCURRENCY) } : {}),
    MS_GRAPH_CLIENT_ID: fake.clientId, MS_GRAPH_CLIENT_SECRET: fake.clientSecret, MS_GRAPH_AUTHORITY_HOST: fake.url, MS_GRAPH_BASE_URL: fake.graphBaseUrl, MS_GRAPH_CA_FILE: caFile,
  });
  const app = await startApp(config, new JsonLogger('error'));
  try {
    const beheerder = await signIn(app.url, 'beheerder');
    const docent = await signIn(app.url, 'docent');
    const { region } = await graphql(app.url, beheerder, '{ region(slug: "noord-west-veluwe") { id } }');
    const { werkgroepen } = await graphql(app.url, beheerder, 'query($r: ID!) { werkgroepen(regionId: $r) { id name } }', { r: region.id });
    const engels = werkgroepen.find((w) => w.name === 'Interscolaire vakgroep Engels').id;

    // 1. The documents, uploaded while the group has no link (nothing is queued).
    const specs = Array.from({ length: DOCUMENTS }, (_, i) => documentSpec(i));
    const uploadStarted = Date.now();
    const stored = async (title) =>
      (await graphql(app.url, docent, 'query($w: ID!) { werkgroepDocuments(werkgroepId: $w) { title } }', { w: engels })).werkgroepDocuments.some((d) => d.title === title);
    await inPool(specs, 4, async (spec) => {
      for (let attempt = 1; ; attempt++) {
        const form = new FormData();
        form.append('title', spec.title);
        form.append('file', new Blob([spec.bytes]), spec.fileName);
        try {
          const res = await fetch(`${app.url}/bestanden/werkgroepen/${engels}`, { method: 'POST', body: form, headers: { cookie: docent } });
          if (res.status !== 201) throw new Error(`upload ${spec.fileName}: ${res.status} ${await res.text()}`);
          return;
        } catch (error) {
          // A reset connection (seen on a loaded machine): upload again only when it did not arrive.
          if (!(error instanceof TypeError) || attempt >= 3) throw error;
          if (await stored(spec.title)) return;
        }
      }
    });
    const uploadMs = Date.now() - uploadStarted;

    // 2. 10 % of Graph and upload-URL requests answered 429 with Retry-After; then link.
    fake.requests = [];
    fake.addFault({ status: 429, retryAfterSeconds: RETRY_AFTER_S, rate: RATE_429 });
    const started = Date.now();
    const { registerTeamsTenant } = await graphql(app.url, beheerder, 'mutation($i: TeamsTenantInput!) { registerTeamsTenant(input: $i) { id } }', {
      i: { regionId: region.id, tenantId: tenant.id, name: 'Vmbo De Brug' },
    });
    await graphql(app.url, beheerder, 'mutation($i: TeamsLinkInput!) { linkTeamsChannel(input: $i) { id } }', {
      i: { werkgroepId: engels, tenantId: registerTeamsTenant.id, teamId: team.id, channelId: channel.id },
    });

    // 3. Until every item of the link is MIRRORED (read from the repository, every 250 ms).
    const repo = app.app.get(TEAMS_MIRROR_REPOSITORY);
    let items = [];
    for (;;) {
      items = await repo.groupItems(engels);
      const failed = items.find((i) => i.status === 'FAILED');
      if (failed) throw new Error(`document ${failed.documentId} failed: ${failed.lastError}`);
      if (items.length >= DOCUMENTS && items.every((i) => i.status === 'MIRRORED')) break;
      if (Date.now() - started > 30 * 60_000) throw new Error('not mirrored within 30 minutes');
      await new Promise((r) => setTimeout(r, 250));
    }
    const wallMs = Date.now() - started;

    // 4. Exactly once: one creation per name, one file per document, the right sizes.
    const sources = await Promise.all(items.map((i) => repo.sourceDocument(i.documentId)));
    const expectedNames = sources.map((s) => mirrorFileName(s.title, s.fileName));
    const duplicates = expectedNames.filter((name) => fake.creationsNamed(name) !== 1);
    const drive = fake.drives.get(team.driveId);
    const files = [...drive.items.values()].filter((i) => !i.deleted && !i.folder);
    const wrongSize = sources.filter((s, k) => files.find((f) => f.id === items[k].driveItemId)?.content.length !== s.size);

    // 5. Requests: needed (answered with success) vs predicted from the sizes, and the 429s.
    const graphRequests = fake.requests.filter((r) => r.kind === 'graph' || r.kind === 'upload');
    const throttled = graphRequests.filter((r) => r.status === 429).length;
    const filesFolder = graphRequests.filter((r) => r.path.includes('/filesFolder') && r.status < 400).length;
    // Folder lookups answered 404 (then created) are needed requests too: all but the 429s count.
    const needed = graphRequests.filter((r) => r.status !== 429).length - filesFolder;
    // ensureFolder per document in a folder: one lookup per path segment, plus one create per new folder.
    const folderPaths = new Set(sources.filter((s) => s.folderPath.length).flatMap((s) => s.folderPath.map((_, k) => s.folderPath.slice(0, k + 1).join('/'))));
    const predicted = sources.reduce((n, s) => n + requestsFor(s.size) + s.folderPath.length, 0) + folderPaths.size;
    const minimumMs = (needed / CHANNEL_RPS) * 1000;
    const ratio = wallMs / minimumMs;
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
      wallSeconds: +(wallMs / 1000).toFixed(1),
      ratio: +ratio.toFixed(3),
      concurrency: config.jobs.outboxConcurrency,
      duplicates: duplicates.length,
      files: files.length,
    };
    if (asJson) process.stdout.write(JSON.stringify(result) + '\n');
    else {
      console.log(`documents mirrored      ${result.documents} (${DOCUMENTS} bench + ${result.documents - DOCUMENTS} demo; ${large} > 4 MiB by upload session; ${result.megabytes} MiB)`);
      console.log(`Graph requests needed   ${needed} (predicted from sizes: ${predicted}); sent ${result.requestsSent}, of which ${throttled} answered 429 (Retry-After ${RETRY_AFTER_S} s, rate ${RATE_429})`);
      console.log(`minimum at ${CHANNEL_RPS} req/s      ${result.minimumSeconds} s`);
      console.log(`wall time               ${result.wallSeconds} s   ratio ${result.ratio} (must be ≤ ${MAX_RATIO}; mirror jobs at once per node: ${config.jobs.outboxConcurrency})`);
      console.log(`exactly once            ${duplicates.length === 0 && wrongSize.length === 0 && files.length === items.length ? 'yes' : 'NO'} (${files.length} files, ${duplicates.length} names created ≠ once, ${wrongSize.length} wrong sizes)`);
    }
    const problems = [];
    if (duplicates.length || wrongSize.length || files.length !== items.length) problems.push('not every document was mirrored exactly once');
    if (needed !== predicted) console.warn(`note: needed requests (${needed}) differ from the prediction (${predicted}); two workers creating one folder at once cost a 409 and a lookup more`);
    if (ratio > MAX_RATIO) problems.push(`ratio ${ratio.toFixed(3)} is above ${MAX_RATIO}`);
    if (problems.length) {
      console.error(`FAILED: ${problems.join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    await app.close();
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
