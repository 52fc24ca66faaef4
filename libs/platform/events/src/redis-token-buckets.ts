import Redis from 'ioredis';
import type { Logger } from './logger';

/** One bucket to take tokens from (structurally the teams-mirror core's TokenBucketRequest). */
export interface SharedTokenBucketRequest {
  key: string;
  capacity: number;
  /** Tokens added per second. */
  perSecond: number;
  cost: number;
}

/** Structurally the teams-mirror core's TokenBucketStore port (infra does not import that library). */
export interface SharedTokenBucketStore {
  reserve(requests: SharedTokenBucketRequest[]): Promise<number>;
}

export interface RedisTokenBucketsOptions {
  url: string;
  /** Prepended to every bucket key; default `verbinder:rate:`. */
  keyPrefix?: string;
  /** Answers while Redis cannot (this node's own buckets): mirroring never waits for Redis to return. */
  fallback: SharedTokenBucketStore;
  logger: Logger;
}

/**
 * For every bucket (KEYS[i]; ARGV capacity, perSecond, cost per key): refill from the stored
 * {tokens, at} up to the capacity on Redis's own clock (TIME, shared by all nodes), take the
 * cost (tokens may go negative: later callers queue behind it), store the state and let it
 * expire once it would be full again (an absent bucket is a full one). Answers the longest wait
 * in ms. One script, so the nodes' reservations never interleave.
 */
const RESERVE_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local wait = 0
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[3 * i - 2])
  local perSecond = tonumber(ARGV[3 * i - 1])
  local cost = tonumber(ARGV[3 * i])
  local state = redis.call('HMGET', key, 'tokens', 'at')
  local tokens = tonumber(state[1])
  local at = tonumber(state[2])
  if tokens == nil or at == nil then
    tokens = capacity
    at = now
  end
  if now > at then
    tokens = math.min(capacity, tokens + (now - at) / 1000 * perSecond)
    at = now
  end
  tokens = tokens - cost
  redis.call('HSET', key, 'tokens', string.format('%.17g', tokens), 'at', string.format('%.17g', at))
  redis.call('PEXPIRE', key, math.ceil((capacity - tokens) / perSecond * 1000) + 1000)
  if tokens < 0 then
    wait = math.max(wait, math.ceil(-tokens / perSecond * 1000))
  end
end
return wait
`;

type ReservingRedis = Redis & { verbinderReserveTokens(keyCount: number, ...keysAndArgs: Array<string | number>): Promise<number> };

/**
 * Token buckets shared by all API nodes through Redis (the same reservation semantics as the
 * in-memory TokenBucket). When a command fails (Redis down or not yet connected) the call is
 * answered by the fallback store instead; the outage is logged once, and its end once.
 */
export class RedisTokenBuckets implements SharedTokenBucketStore {
  private readonly redis: ReservingRedis;
  private readonly keyPrefix: string;
  private outage = false;

  constructor(private readonly options: RedisTokenBucketsOptions) {
    this.keyPrefix = options.keyPrefix ?? 'verbinder:rate:';
    // No offline queue: while disconnected a reservation fails at once and falls back.
    this.redis = new Redis(options.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (n: number) => Math.min(n * 200, 2000),
      // close() during an outage ends an already dead socket: do not keep the process up 2 s for it.
      disconnectTimeout: 500,
    }) as ReservingRedis;
    this.redis.defineCommand('verbinderReserveTokens', { lua: RESERVE_SCRIPT });
    this.redis.on('error', (error: Error) => this.down(error));
    this.redis.on('ready', () => this.up());
  }

  /** Connects (resolves once ready); on failure keeps retrying in the background and answers from the fallback meanwhile. */
  async connect(): Promise<void> {
    try {
      await this.redis.connect();
    } catch (error) {
      this.down(error as Error);
    }
  }

  async reserve(requests: SharedTokenBucketRequest[]): Promise<number> {
    if (requests.length === 0) return 0;
    try {
      const args = requests.flatMap((request) => [request.capacity, request.perSecond, request.cost]);
      const wait = await this.redis.verbinderReserveTokens(requests.length, ...requests.map((request) => this.keyPrefix + request.key), ...args);
      this.up();
      return Number(wait);
    } catch (error) {
      this.down(error as Error);
      return this.options.fallback.reserve(requests);
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private down(error: Error): void {
    if (this.outage) return;
    this.outage = true;
    this.options.logger.warn('shared rate limits unavailable, this node limits on its own', { error: error.message });
  }

  private up(): void {
    if (!this.outage) return;
    this.outage = false;
    this.options.logger.info('shared rate limits available again');
  }
}
