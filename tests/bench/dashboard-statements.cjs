#!/usr/bin/env node
// Benchmark: the region dashboard query (agenda → lines → acties → owners → latest check-in)
// issues a constant number of SQL statements however many acties there are when it is computed
// (cold: the response cache and the session cache emptied first), and none when the same person
// asks again before anything in the region changed (warm: answered from the caches).
// Usage: npm run build:api && node tests/bench/dashboard-statements.cjs [10,100,1000] [--json]
// Runs on embedded PGlite in a temporary folder; prints statements and latency per size.
require('../../dist/apps/api/src/workspace-aliases');
require('reflect-metadata');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { loadConfig } = require('@verbinder/platform/config');
const { Database } = require('@verbinder/platform/db');
const { EventBus, JsonLogger } = require('@verbinder/platform/events');
const { GraphqlResponseCache } = require('@verbinder/platform/graphql');
const { ActieagendaService, ActiesService, CheckInsService, RollupService } = require('@verbinder/actieagenda/core');
const { REGIONS_REPOSITORY } = require('@verbinder/regions/core');
const { IDENTITY_REPOSITORY } = require('@verbinder/identity/core');
const { startApp } = require('../../dist/apps/api/src/bootstrap');

const sizes = (process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '10,100,1000').split(',').map(Number);
const asJson = require('./lib/cli.cjs').flag('json');

const DASHBOARD = `query($r: ID!) { actieagenda(regionId: $r) { id title progress status overdueCount
  lines { id number title inFocus progress status trend
    acties { id title status progress trend overdue nextCheckInDue owners { id name } leadSchool { id name } latestCheckIn { id date progress text } } } } }`;

async function measure(size) {
  const dataDir = mkdtempSync(join(tmpdir(), 'verbinder-bench-'));
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', SEED_DEMO: 'true', OUTBOX_POLL_MS: '600000', REMINDER_INTERVAL_MS: '86400000' });
  const app = await startApp(config, new JsonLogger('error'));
  try {
    const regions = app.app.get(REGIONS_REPOSITORY);
    const identity = app.app.get(IDENTITY_REPOSITORY);
    const service = app.app.get(ActieagendaService);
    const acties = app.app.get(ActiesService);
    const checkIns = app.app.get(CheckInsService);
    const rollup = app.app.get(RollupService);
    const region = await regions.findRegionBySlug('noord-west-veluwe');
    const actor = await identity.loadActor(await identity.findPersonIdByEmail('sanne.devries@example.org'));
    const agenda = await service.agendaForRegion(actor, region.id);
    const [view] = await rollup.views([agenda.id]);
    const existing = view.data.acties.filter((a) => a.parentId === null).length;
    const owners = [actor.personId];
    for (let i = existing; i < size; i++) {
      const line = view.data.lines[i % view.data.lines.length];
      const a = await acties.createActie(actor, { actielijnId: line.id, title: `Bench-actie ${i}`, ownerIds: owners });
      await checkIns.addCheckIn(actor, { actieId: a.id, status: 'OP_KOERS', progress: i % 100, text: `Stand ${i}` });
    }
    // Sign in through the API like a browser.
    const signIn = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { signInAsDemo(key: "verbinder") { authenticated } }' }),
    });
    const cookie = signIn.headers.get('set-cookie').split(';')[0];
    const responseCache = app.app.get(GraphqlResponseCache);
    const bus = app.app.get(EventBus);
    const run = async (cold = true) => {
      if (cold) {
        responseCache.clear();
        await bus.emit('identity.sessions-changed', { sessionIdHash: null });
      }
      const before = Database.statementCounter.count;
      const started = process.hrtime.bigint();
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: DASHBOARD, variables: { r: region.id } }),
      });
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const acties = body.data.actieagenda.lines.reduce((n, l) => n + l.acties.length, 0);
      return { statements: Database.statementCounter.count - before, ms, acties };
    };
    await run(); // warm-up
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await run());
    const latencies = runs.map((r) => r.ms).sort((a, b) => a - b);
    const warm = [];
    for (let i = 0; i < 5; i++) warm.push(await run(false));
    const warmLatencies = warm.map((r) => r.ms).sort((a, b) => a - b);
    return {
      acties: runs[0].acties,
      // The fewest of five (background work such as the outbox worker may add to one run).
      statements: Math.min(...runs.map((r) => r.statements)),
      medianMs: +latencies[2].toFixed(1),
      maxMs: +latencies[4].toFixed(1),
      // The fewest of five: background work (the outbox worker) may run during one of them.
      warmStatements: Math.min(...warm.map((r) => r.statements)),
      warmMedianMs: +warmLatencies[2].toFixed(1),
    };
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

(async () => {
  const results = [];
  for (const size of sizes) results.push(await measure(size));
  if (asJson) process.stdout.write(JSON.stringify(results) + '\n');
  else {
    console.log('acties | SQL statements (cold) | median ms | max ms | SQL statements (warm) | warm median ms');
    for (const r of results) {
      console.log(
        `${String(r.acties).padStart(6)} | ${String(r.statements).padStart(21)} | ${String(r.medianMs).padStart(9)} | ${String(r.maxMs).padStart(6)} | ${String(r.warmStatements).padStart(21)} | ${String(r.warmMedianMs).padStart(14)}`,
      );
    }
  }
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
