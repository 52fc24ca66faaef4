// `npm run start:cluster` (tools/scripts/start-cluster.mjs) as an operator runs it: two API nodes
// on one PostgreSQL and one Redis behind HAProxy with the committed deploy/haproxy/haproxy.cfg.
// Through the load balancer only: a session made on one node works on the other, a socket.io
// client (WebSocket upgrade through HAProxy) gets the event of a mutation that another node served,
// per-IP limits see each client's own address (X-Forwarded-For with TRUST_PROXY), and SIGTERM
// stops everything. .ci/run installs HAProxy; without it this suite says so and is skipped.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { REPO_ROOT } from '../support/api-process';
import { demoIds, signedIn } from '../support/fixtures';
import { postGraphqlFrom } from '../support/graphql-client';
import { createPgDatabase, PgDatabase } from '../support/pg-database';
import { connectSocket } from '../support/realtime-clients';
import { settlesWithin, sleep, waitFor } from '../support/timing';
import { describeWithRedis } from '../support/services';

const REDIS_URL = process.env['TEST_REDIS_URL'] || 'redis://127.0.0.1:6379';

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** A port p with p+1 and p+2 free as well (the proxy and its two nodes). */
async function freePortRun(): Promise<number> {
  for (let tries = 0; tries < 50; tries++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    if ((await portIsFree(base)) && (await portIsFree(base + 1)) && (await portIsFree(base + 2))) return base;
  }
  throw new Error('no three free ports in a row');
}

const haproxyInstalled = spawnSync(process.env['HAPROXY_BIN'] || 'haproxy', ['-v'], { stdio: 'ignore' }).status === 0;
if (!haproxyInstalled) console.log('[start-cluster] HAProxy is not installed (apt-get install haproxy): the load-balancer suite is skipped.');

/** One GraphQL POST from a chosen loopback address, optionally with a forged X-Forwarded-For. */
const postFrom = (baseUrl: string, localAddress: string, query: string, variables: Record<string, unknown>, forwardedFor?: string) =>
  postGraphqlFrom(baseUrl, localAddress, query, variables, forwardedFor ? { 'x-forwarded-for': forwardedFor } : {});

(haproxyInstalled ? describeWithRedis : describe.skip)('npm run start:cluster', () => {
  let pg: PgDatabase;
  let cluster: ChildProcess;
  let url: string;
  let output = '';
  const sockets: Socket[] = [];

  beforeAll(async () => {
    pg = await createPgDatabase('verbinder_cluster');
    const port = await freePortRun();
    url = `http://127.0.0.1:${port}`;
    cluster = spawn(process.execPath, [join(REPO_ROOT, 'tools/scripts/start-cluster.mjs'), '--nodes', '2'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: pg.url,
        REDIS_URL,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        DEMO_MODE: 'true',
        SEED_DEMO: 'true',
        NODE_ENV: 'development',
        LOGIN_RATE_LIMIT: '3',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cluster.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    cluster.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Ready when HAProxy's health checks have found both nodes ready and two answers in a row say so.
    await waitFor(
      'both nodes behind the proxy to be ready',
      async () => {
        if (cluster.exitCode !== null) throw new Error(`start:cluster exited with ${cluster.exitCode}:\n${output}`);
        const answers = await Promise.all(
          [0, 1].map(() =>
            fetch(`${url}/readyz`).then(
              (r) => r.status,
              () => 0,
            ),
          ),
        );
        return answers.every((status) => status === 200);
      },
      90_000,
      500,
    );
  }, 120_000);

  afterAll(async () => {
    sockets.forEach((s) => s.close());
    if (cluster && cluster.exitCode === null) {
      cluster.kill('SIGKILL');
    }
    await pg?.drop();
  });

  it('refuses to start without a shared database and Redis, and says why', async () => {
    const lonely = spawn(process.execPath, [join(REPO_ROOT, 'tools/scripts/start-cluster.mjs')], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: '', REDIS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    lonely.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => lonely.once('exit', resolve));
    expect(code).toBe(2);
    expect(errors).toContain('DATABASE_URL is not set');
    expect(errors).toContain('REDIS_URL is not set');
  });

  it('serves through the proxy: sessions work on every node and events cross nodes to a socket', async () => {
    const verbinder = await signedIn(url, 'verbinder');
    // Several requests in a row reach both nodes (round robin): the session is recognised on each.
    for (let i = 0; i < 4; i++) {
      const { viewer } = await verbinder.request<{ viewer: { person: { email: string } } }>('{ viewer { person { email } } }');
      expect(viewer.person.email).toBe('sanne.devries@example.org');
    }
    const ids = await demoIds(await signedIn(url, 'beheerder'));
    const socket = await connectSocket(url, verbinder.cookieHeader());
    sockets.push(socket);
    // Two mutations, so one of them is served by the node that does not hold the socket.
    const schoolEvents: string[] = [];
    socket.on('region:activity', (e: { entity: string; entityId: string }) => {
      if (e.entity === 'school') schoolEvents.push(e.entityId);
    });
    const beheerder = await signedIn(url, 'beheerder');
    const created: string[] = [];
    for (const name of ['Clusterschool een', 'Clusterschool twee']) {
      const { createSchool } = await beheerder.request<{ createSchool: { id: string } }>('mutation($r: ID!, $n: String!) { createSchool(input: { regionId: $r, name: $n, kind: VO }) { id } }', {
        r: ids.regionId,
        n: name,
      });
      created.push(createSchool.id);
    }
    await waitFor('both school events on the socket', async () => schoolEvents.length >= 2, 10_000, 50);
    await sleep(300);
    expect([...schoolEvents].sort()).toEqual([...created].sort()); // each once
  });

  it('sees each client behind the load balancer by its own address: one address limited, another not, a forged X-Forwarded-For no escape', async () => {
    const RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
    const codeOf = (answer: { errors?: { extensions?: { code?: string } }[] }) => answer.errors?.[0]?.extensions?.code;
    let tries = 0;
    for (; tries < 200; tries++) {
      const answer = await postFrom(url, '127.0.0.2', RESET, { e: `iemand${tries}@example.org` });
      if (codeOf(answer) === 'RATE_LIMITED') break;
      expect(answer.errors).toBeUndefined();
    }
    expect(tries).toBeLessThan(200);
    expect(codeOf(await postFrom(url, '127.0.0.2', RESET, { e: 'nog.iemand@example.org' }, '10.9.8.7'))).toBe('RATE_LIMITED');
    // Without TRUST_PROXY every request would come from HAProxy's address and this one would be refused too.
    expect(await postFrom(url, '127.0.0.3', RESET, { e: 'collega@example.org' })).toMatchObject({ data: { requestPasswordReset: expect.any(String) } });
  });

  it('stops every node on SIGTERM', async () => {
    cluster.kill('SIGTERM');
    expect(await settlesWithin(new Promise((resolve) => cluster.once('exit', resolve)), 20_000)).toBe(true);
    expect(cluster.exitCode).toBe(0);
    await expect(fetch(`${url}/readyz`)).rejects.toThrow();
  });
});
