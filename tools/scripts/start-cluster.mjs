#!/usr/bin/env node
// Runs several API nodes against one PostgreSQL and one Redis behind a small round-robin proxy,
// the way a load balancer would (HTTP requests and WebSocket upgrades both spread over the nodes;
// the web app uses the WebSocket transport only, so no sticky sessions are needed).
//   DATABASE_URL=postgres://… REDIS_URL=redis://… npm run start:cluster [-- --nodes 3]
// The proxy listens on PORT (default 3000); node i listens on PORT + i. Ctrl-C stops everything.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, request } from 'node:http';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const nodesArg = process.argv.indexOf('--nodes');
const count = nodesArg > 0 ? Number(process.argv[nodesArg + 1]) : 2;
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const problems = [];
if (!process.env.DATABASE_URL) problems.push('DATABASE_URL is not set: every node must share one PostgreSQL database (PGlite cannot be shared between processes).');
if (!process.env.REDIS_URL) problems.push('REDIS_URL is not set: nodes need Redis to pass real-time events to each other.');
if (!Number.isInteger(count) || count < 2 || count > 16) problems.push(`--nodes must be a whole number from 2 to 16 (got ${process.argv[nodesArg + 1]}).`);
if (problems.length) {
  console.error(`start:cluster cannot start:\n- ${problems.join('\n- ')}\nExample: DATABASE_URL=postgres://postgres@127.0.0.1:5432/verbinder REDIS_URL=redis://127.0.0.1:6379 npm run start:cluster`);
  process.exit(2);
}

// Every node must sign and read the same session cookies.
const env = {
  ...process.env,
  SESSION_SECRET: process.env.SESSION_SECRET ?? randomBytes(32).toString('base64url'),
  PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
};
const backends = [];
const children = [];
for (let i = 1; i <= count; i++) {
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], { env: { ...env, PORT: String(port + i), HOST: '127.0.0.1' }, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`node ${i} (port ${port + i}) stopped (${signal ?? code}); stopping the cluster`);
      stop(1);
    }
  });
  children.push(child);
  backends.push(port + i);
}

let next = 0;
const pick = () => backends[next++ % backends.length];

const proxy = createServer((req, res) => {
  const upstream = request({ host: '127.0.0.1', port: pick(), method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Deze server is even niet bereikbaar. Probeer het zo opnieuw.');
  });
  req.pipe(upstream);
});

// WebSocket upgrades (socket.io, graphql-ws): a raw TCP tunnel to one node for the connection's life.
proxy.on('upgrade', (req, socket, head) => {
  const upstream = connect(pick(), '127.0.0.1', () => {
    const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
    for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
    upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (head.length) upstream.write(head);
    upstream.pipe(socket);
    socket.pipe(upstream);
  });
  const close = () => {
    socket.destroy();
    upstream.destroy();
  };
  upstream.on('error', close);
  socket.on('error', close);
});

proxy.listen(port, host, () => console.log(`Verbinder cluster: ${count} nodes (ports ${backends.join(', ')}) behind http://${host}:${port}`));

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  proxy.close();
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 10_000).unref();
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
