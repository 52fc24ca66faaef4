#!/usr/bin/env node
// Runs several API nodes against one PostgreSQL and one Redis behind HAProxy, with the committed
// load-balancer configuration deploy/haproxy/haproxy.cfg (WebSocket upgrades, X-Forwarded-For,
// health checks on /readyz), the way a region runs Verbinder on one server:
//   DATABASE_URL=postgres://… REDIS_URL=redis://… npm run start:cluster [-- --nodes 3]
// HAProxy listens on PORT (default 3000); node i listens on PORT + i, on 127.0.0.1 only, with
// TRUST_PROXY=127.0.0.1. Needs the `haproxy` binary (Debian: apt-get install haproxy; or set
// HAPROXY_BIN). Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const nodesArg = process.argv.indexOf('--nodes');
const count = nodesArg > 0 ? Number(process.argv[nodesArg + 1]) : 2;
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const haproxy = process.env.HAPROXY_BIN || 'haproxy';

const problems = [];
if (!process.env.DATABASE_URL) problems.push('DATABASE_URL is not set: every node must share one PostgreSQL database (PGlite cannot be shared between processes).');
if (!process.env.REDIS_URL) problems.push('REDIS_URL is not set: nodes need Redis to pass real-time events to each other.');
if (!Number.isInteger(count) || count < 2 || count > 16) problems.push(`--nodes must be a whole number from 2 to 16 (got ${process.argv[nodesArg + 1]}).`);
if (spawnSync(haproxy, ['-v'], { stdio: 'ignore' }).status !== 0) problems.push(`HAProxy is not installed (no "${haproxy}" on the PATH): apt-get install haproxy, or set HAPROXY_BIN.`);
if (problems.length) {
  console.error(`start:cluster cannot start:\n- ${problems.join('\n- ')}\nExample: DATABASE_URL=postgres://postgres@127.0.0.1:5432/verbinder REDIS_URL=redis://127.0.0.1:6379 npm run start:cluster`);
  process.exit(2);
}

// The committed configuration, with one `server` line per node (the file ends with its two).
const template = readFileSync(join(root, 'deploy/haproxy/haproxy.cfg'), 'utf8');
const serverLine = /^ *server api\d+ "\$\{VERBINDER_NODE_\d+\}" check *\n?/gm;
const servers = Array.from({ length: count }, (_, i) => `    server api${i + 1} "\${VERBINDER_NODE_${i + 1}}" check`);
const withServers = `${template.replace(serverLine, '').trimEnd()}\n${servers.join('\n')}\n`;
const configDir = mkdtempSync(join(tmpdir(), 'verbinder-haproxy-'));
const configFile = join(configDir, 'haproxy.cfg');
writeFileSync(configFile, withServers);

// Every node must sign and read the same session cookies.
const env = {
  ...process.env,
  SESSION_SECRET: process.env.SESSION_SECRET ?? randomBytes(32).toString('base64url'),
  PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
  // HAProxy reaches the nodes from 127.0.0.1; only that address may say who the client is.
  TRUST_PROXY: process.env.TRUST_PROXY ?? '127.0.0.1',
};
const proxyEnv = { ...process.env, VERBINDER_BIND: `${host}:${port}` };
const children = [];
let stopping = false;
const watch = (child, name) =>
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); stopping the cluster`);
      stop(1);
    }
  });
for (let i = 1; i <= count; i++) {
  proxyEnv[`VERBINDER_NODE_${i}`] = `127.0.0.1:${port + i}`;
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], { env: { ...env, PORT: String(port + i), HOST: '127.0.0.1' }, stdio: 'inherit' });
  watch(child, `node ${i} (port ${port + i})`);
  children.push(child);
}
// -db: stay in the foreground; -W: master-worker, so SIGTERM/SIGUSR1 behave as under systemd.
const balancer = spawn(haproxy, ['-W', '-db', '-f', configFile], { env: proxyEnv, stdio: ['ignore', process.env.LOG_LEVEL === 'debug' ? 'inherit' : 'ignore', 'inherit'] });
watch(balancer, 'HAProxy');
console.log(`Verbinder cluster: ${count} nodes (ports ${children.map((_, i) => port + i + 1).join(', ')}) behind HAProxy at http://${host}:${port} (config ${configFile})`);

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const all = [balancer, ...children];
  for (const child of all) if (child.exitCode === null) child.kill('SIGTERM');
  const done = () => {
    rmSync(configDir, { recursive: true, force: true });
    process.exit(code);
  };
  setTimeout(done, 10_000).unref();
  Promise.all(all.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(done);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
