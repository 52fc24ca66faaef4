// Two API processes sharing one PostgreSQL database and one Redis (the shared test server, or a
// private redis-server the suite may stop and start), with the live clients the tests open.
import type { Client as WsClient } from 'graphql-ws';
import type { Socket } from 'socket.io-client';
import { type ApiHandle, startApi } from './api-process';
import { SetLater } from './api-suite';
import { createPgDatabase, type PgDatabase } from './pg-database';
import { type PrivateRedis, startPrivateRedis } from './private-services';

export interface TwoNodes {
  readonly nodeA: ApiHandle;
  readonly nodeB: ApiHandle;
  /** The private redis-server (only with `redis: 'private'`). */
  readonly redis: PrivateRedis;
  /** socket.io clients the tests opened; closed in afterAll. */
  readonly sockets: Socket[];
  /** graphql-ws clients the tests opened; disposed of in afterAll. */
  readonly wsClients: WsClient[];
}

export interface TwoNodesOptions {
  /** A private redis-server for this suite, or the URL of a shared one. */
  redis: 'private' | string;
  /** More environment for both nodes. */
  env?: Record<string, string>;
  /** Start both at once (they race for the migrations and the seed) instead of one after the other. */
  together?: boolean;
  /** beforeAll's timeout. */
  timeoutMs?: number;
}

/**
 * Registers the beforeAll (Redis, a fresh database `<dbName>_…`, then node A and node B on both) and
 * the afterAll (clients closed, both nodes stopped, Redis stopped, database dropped).
 */
export function twoNodes(dbName: string, { redis, env = {}, together = false, timeoutMs = 180_000 }: TwoNodesOptions): TwoNodes {
  const late = new SetLater<{ nodeA: ApiHandle; nodeB: ApiHandle; redis: PrivateRedis }>({
    nodeA: 'node A did not start',
    nodeB: 'node B did not start',
    redis: 'the suite has no private Redis (redis: "private")',
  });
  let db: PgDatabase | undefined;
  const sockets: Socket[] = [];
  const wsClients: WsClient[] = [];
  beforeAll(async () => {
    if (redis === 'private') late.values.redis = await startPrivateRedis();
    const database = await createPgDatabase(dbName);
    db = database;
    const start = () => startApi({ env: { DATABASE_URL: database.url, REDIS_URL: late.values.redis?.url ?? redis, ...env }, readyTimeoutMs: 90_000 });
    if (together) [late.values.nodeA, late.values.nodeB] = await Promise.all([start(), start()]);
    else {
      late.values.nodeA = await start();
      late.values.nodeB = await start();
    }
  }, timeoutMs);
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await Promise.all(wsClients.map((c) => c.dispose()));
    await Promise.all([late.values.nodeA?.stop(), late.values.nodeB?.stop()]);
    await late.values.redis?.stop();
    await db?.drop();
  });
  return late.on({ sockets, wsClients });
}
