// Teams throttling across API nodes: two TeamsRateLimiters (as two nodes), each with its own
// Redis connection, share the per-channel (4 rps) and per-tenant budgets through the Redis token
// buckets, and a Retry-After told to one node closes the tenant for the other; with Redis unreachable a node falls back to its own buckets and never throws. Needs
// Redis (TEST_REDIS_URL, default redis://127.0.0.1:6379); skipped with a message when it cannot be reached.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { Logger, RedisTokenBuckets } from '@verbinder/platform/events';
import { FLIGHT_POLL_MS, InMemoryTokenBuckets, systemMonotonicClock, TeamsRateLimiter, TeamsRateLimiterOptions } from '@verbinder/teams-mirror/core';

const REDIS_URL = process.env['TEST_REDIS_URL'] || 'redis://127.0.0.1:6379';
/** Redis answers the wait against its own clock; the reply reaches us a little later. */
const TOLERANCE_MS = 30;

const quietLogger = (): Logger & { warnings: string[] } => {
  const warnings: string[] = [];
  return { warnings, debug: () => undefined, info: () => undefined, warn: (message) => warnings.push(message), error: () => undefined };
};

/** A port nothing listens on. */
const closedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
};

describe('Teams throttling shared across nodes through Redis', () => {
  const stores: RedisTokenBuckets[] = [];
  let skipReason: string | null = null;

  /** Two nodes: a limiter each, on its own Redis connection, sharing one key prefix for this test. */
  const twoNodes = async (options: Partial<TeamsRateLimiterOptions> = {}): Promise<TeamsRateLimiter[]> => {
    const keyPrefix = `verbinder:test-rate:${randomUUID()}:`;
    return Promise.all(
      [0, 1].map(async () => {
        const store = new RedisTokenBuckets({ url: REDIS_URL, keyPrefix, fallback: new InMemoryTokenBuckets(systemMonotonicClock), logger: quietLogger() });
        stores.push(store);
        await store.connect();
        return new TeamsRateLimiter(systemMonotonicClock, options, store);
      }),
    );
  };

  beforeAll(async () => {
    const logger = quietLogger();
    const probe = new RedisTokenBuckets({ url: REDIS_URL, fallback: { take: async () => -1, land: async () => undefined, close: async () => undefined }, logger });
    await probe.connect();
    if ((await probe.take([{ key: `probe:${randomUUID()}`, capacity: 1, perSecond: 1, cost: 0 }])) === -1) {
      skipReason = `Redis is not reachable at ${REDIS_URL}: ${logger.warnings.join('; ')}`;
      console.warn(`SKIPPED teams-throttle-shared: ${skipReason}`);
    }
    await probe.disconnect();
  });

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.disconnect()));
  });

  it('keeps one channel at 4 requests per second and one request of the tenant under way across both nodes', async () => {
    if (skipReason) return;
    const [a, b] = await twoNodes();
    const scope = { tenantId: 'tenant-1', channelKey: 'drive:shared', cost: 1 as const };
    // 4 jobs per node, 12 requests in all, each sent the moment its slot is taken and answered 40 ms later
    const intervals: Array<{ sent: number; answered: number }> = [];
    let left = 12;
    await Promise.all(
      Array.from({ length: 8 }, async (_, job) => {
        while (left > 0) {
          const slot = await (job % 2 === 0 ? a : b).acquire(scope);
          if (left-- <= 0) {
            await slot.answered();
            break;
          }
          const sent = performance.now();
          await new Promise((resolve) => setTimeout(resolve, 40));
          const answered = performance.now();
          await slot.answered();
          intervals.push({ sent, answered });
        }
      }),
    );
    intervals.sort((x, y) => x.sent - y.sent);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i].sent).toBeGreaterThanOrEqual(intervals[i - 1].answered - TOLERANCE_MS);
    for (let i = 4; i < intervals.length; i++) expect(intervals[i].sent - intervals[i - 4].answered).toBeGreaterThanOrEqual(1_000 - TOLERANCE_MS);
    expect(await a.tryAcquire({ ...scope, tenantId: 'tenant-2' })).toBe(0);
  });

  it('a Retry-After told to one node closes the tenant on the other until it has passed', async () => {
    if (skipReason) return;
    const [a, b] = await twoNodes();
    const scope = { tenantId: 'tenant-ra', channelKey: 'drive:a', cost: 2 as const };
    await a.throttled(scope, 1_000);
    const wait = await b.tryAcquire({ ...scope, channelKey: 'drive:b' });
    expect(wait).toBeGreaterThan(1_000 - 200);
    expect(wait).toBeLessThanOrEqual(1_050);
    const closedAt = performance.now();
    await b.acquire(scope);
    expect(performance.now() - closedAt).toBeGreaterThanOrEqual(wait - TOLERANCE_MS);
    expect(await a.tryAcquire({ ...scope, tenantId: 'another-school' })).toBe(0);
  });

  it('shares the per-tenant resource-unit budget across both nodes', async () => {
    if (skipReason) return;
    const [a, b] = await twoNodes({ tenantUnitsPerMinute: 60, tenantRequestsUnderWay: Infinity });
    // node A's 30 writes (2 RU) on 30 channels use the whole minute's budget of the tenant
    for (let i = 0; i < 30; i++) expect(await a.tryAcquire({ tenantId: 't', channelKey: `c${i}`, cost: 2 })).toBe(0);
    // node B's next write waits for 2 RU to refill at 1 RU/s (less the little that refilled meanwhile)
    const wait = await b.tryAcquire({ tenantId: 't', channelKey: 'c-new', cost: 2 });
    expect(wait).toBeGreaterThan(2_000 - 500);
    expect(wait).toBeLessThanOrEqual(2_000);
    expect(await b.tryAcquire({ tenantId: 'other', channelKey: 'c-new', cost: 2 })).toBe(0);
  });

  it('falls back to the node’s own buckets while Redis is unreachable, warning once', async () => {
    const logger = quietLogger();
    const store = new RedisTokenBuckets({ url: `redis://127.0.0.1:${await closedPort()}`, fallback: new InMemoryTokenBuckets(systemMonotonicClock), logger });
    stores.push(store);
    await expect(store.connect()).resolves.toBeUndefined();
    const limiter = new TeamsRateLimiter(systemMonotonicClock, {}, store);
    const scope = { tenantId: 't', channelKey: 'drive:a', cost: 1 as const };
    expect(await limiter.tryAcquire(scope, 'first')).toBe(0);
    expect(await limiter.tryAcquire({ ...scope, channelKey: 'drive:b' })).toBe(FLIGHT_POLL_MS); // the first is under way
    await limiter.answered(scope, 'first');
    expect(await limiter.tryAcquire({ ...scope, channelKey: 'drive:b' })).toBe(0);
    await limiter.throttled(scope, 1_000);
    expect(await limiter.tryAcquire({ ...scope, channelKey: 'drive:c' })).toBeGreaterThan(900);
    expect(logger.warnings).toEqual(['shared rate limits unavailable, this node limits on its own']);
  });
});
