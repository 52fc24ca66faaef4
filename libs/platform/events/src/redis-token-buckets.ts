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
  take(requests: SharedTokenBucketRequest[]): Promise<number>;
  close(requests: Array<Pick<SharedTokenBucketRequest, 'key' | 'capacity' | 'perSecond'>>, ms: number): Promise<void>;
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
 * Take: for every bucket (KEYS[i]; ARGV capacity, perSecond, cost per key) refill from the stored
 * {tokens, at} up to the capacity on Redis's own clock (TIME, shared by all nodes). When every
 * bucket has its cost and none is closed (`closed` > now), take the costs and answer 0; else
 * take nothing and answer the longest wait in ms. A bucket expires once it would be full again
 * and no longer closed (an absent bucket is a full, open one). One script, so the nodes' takes
 * never interleave.
 */
const TAKE_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local wait = 0
local tokensOf = {}
local closedOf = {}
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[3 * i - 2])
  local perSecond = tonumber(ARGV[3 * i - 1])
  local cost = tonumber(ARGV[3 * i])
  local state = redis.call('HMGET', key, 'tokens', 'at', 'closed')
  local tokens = tonumber(state[1])
  local at = tonumber(state[2])
  local closed = tonumber(state[3]) or 0
  if tokens == nil or at == nil then
    tokens = capacity
    at = now
  end
  if now > at then
    tokens = math.min(capacity, tokens + (now - at) / 1000 * perSecond)
  end
  if closed > now then wait = math.max(wait, math.ceil(closed - now)) end
  if tokens < cost then wait = math.max(wait, math.ceil((cost - tokens) / perSecond * 1000)) end
  tokensOf[i] = tokens
  closedOf[i] = closed
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[3 * i - 2])
  local perSecond = tonumber(ARGV[3 * i - 1])
  local tokens = tokensOf[i] - tonumber(ARGV[3 * i])
  redis.call('HSET', key, 'tokens', string.format('%.17g', tokens), 'at', string.format('%.17g', now))
  local ttl = math.max(math.ceil((capacity - tokens) / perSecond * 1000), math.ceil(closedOf[i] - now))
  redis.call('PEXPIRE', key, ttl + 1000)
end
return 0
`;

/** Close: every bucket in KEYS gives nothing until now + ARGV[1] ms (a later closure wins). */
const CLOSE_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local untilMs = now + tonumber(ARGV[1])
for _, key in ipairs(KEYS) do
  local closed = tonumber(redis.call('HGET', key, 'closed')) or 0
  if untilMs > closed then
    redis.call('HSET', key, 'closed', string.format('%.17g', untilMs))
    if redis.call('PTTL', key) < math.ceil(untilMs - now) + 1000 then
      redis.call('PEXPIRE', key, math.ceil(untilMs - now) + 1000)
    end
  end
end
return 0
`;

type BucketRedis = Redis & {
  verbinderTakeTokens(keyCount: number, ...keysAndArgs: Array<string | number>): Promise<number>;
  verbinderCloseBuckets(keyCount: number, ...keysAndArgs: Array<string | number>): Promise<number>;
};

/**
 * Token buckets shared by all API nodes through Redis (the same reservation semantics as the
 * in-memory TokenBucket). When a command fails (Redis down or not yet connected) the call is
 * answered by the fallback store instead; the outage is logged once, and its end once.
 */
export class RedisTokenBuckets implements SharedTokenBucketStore {
  private readonly redis: BucketRedis;
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
    }) as BucketRedis;
    this.redis.defineCommand('verbinderTakeTokens', { lua: TAKE_SCRIPT });
    this.redis.defineCommand('verbinderCloseBuckets', { lua: CLOSE_SCRIPT });
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

  async take(requests: SharedTokenBucketRequest[]): Promise<number> {
    if (requests.length === 0) return 0;
    try {
      const args = requests.flatMap((request) => [request.capacity, request.perSecond, request.cost]);
      const wait = await this.redis.verbinderTakeTokens(requests.length, ...requests.map((request) => this.keyPrefix + request.key), ...args);
      this.up();
      return Number(wait);
    } catch (error) {
      this.down(error as Error);
      return this.options.fallback.take(requests);
    }
  }

  /** Closes the buckets for `ms` on every node; the fallback is closed too, so it holds while Redis is away. */
  async close(requests: Array<Pick<SharedTokenBucketRequest, 'key' | 'capacity' | 'perSecond'>>, ms: number): Promise<void> {
    await this.options.fallback.close(requests, ms);
    if (requests.length === 0) return;
    try {
      await this.redis.verbinderCloseBuckets(requests.length, ...requests.map((request) => this.keyPrefix + request.key), Math.ceil(ms));
      this.up();
    } catch (error) {
      this.down(error as Error);
    }
  }

  /** Ends the connection (a method of the store, not a bucket closure). */
  async disconnect(): Promise<void> {
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
