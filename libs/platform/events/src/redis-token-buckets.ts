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

/** Structurally the teams-mirror core's FlightWindow: at most `limit` requests under way or answered less than `windowMs` ago. */
export interface SharedFlightWindow {
  key: string;
  limit: number;
  windowMs: number;
}

export interface SharedFlight {
  ticket: string;
  windows: SharedFlightWindow[];
  leaseMs: number;
}

/** Asked again after this while a window is full of requests still under way (the core's FLIGHT_POLL_MS). */
const FLIGHT_POLL_MS = 10;

/** Structurally the teams-mirror core's TokenBucketStore port (infra does not import that library). */
export interface SharedTokenBucketStore {
  take(requests: SharedTokenBucketRequest[], flight?: SharedFlight): Promise<number>;
  land(windows: SharedFlightWindow[], ticket: string): Promise<void>;
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
 * Take: ARGV[1] buckets, ARGV[2] ticket, ARGV[3] lease ms, ARGV[4] poll ms. For every bucket
 * (the first ARGV[1] KEYS; from ARGV[5] capacity, perSecond, cost per key) refill from the stored
 * {tokens, at} up to the capacity on Redis's own clock (TIME, shared by all nodes). Every flight
 * window (the remaining KEYS, sorted sets ticket → end; then limit, windowMs per key) drops the
 * entries that ended windowMs ago. When every bucket has its cost, none is closed (`closed` >
 * now) and every window holds fewer than its limit, take the costs, add the ticket to every
 * window with the lease's end and answer 0; else take nothing and answer the longest wait in ms
 * (the poll interval for a window full of requests still under way). A bucket expires once it
 * would be full again and no longer closed (an absent bucket is a full, open one). One script,
 * so the nodes' takes never interleave.
 */
const TAKE_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local buckets = tonumber(ARGV[1])
local ticket = ARGV[2]
local lease = tonumber(ARGV[3])
local poll = tonumber(ARGV[4])
local wait = 0
local tokensOf = {}
local closedOf = {}
for i = 1, buckets do
  local key = KEYS[i]
  local base = 4 + 3 * (i - 1)
  local capacity = tonumber(ARGV[base + 1])
  local perSecond = tonumber(ARGV[base + 2])
  local cost = tonumber(ARGV[base + 3])
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
local windowBase = 4 + 3 * buckets
for i = buckets + 1, #KEYS do
  local key = KEYS[i]
  local limit = tonumber(ARGV[windowBase + 2 * (i - buckets) - 1])
  local windowMs = tonumber(ARGV[windowBase + 2 * (i - buckets)])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', string.format('%.17g', now - windowMs))
  local live = redis.call('ZCARD', key)
  if live >= limit then
    local freeing = tonumber(redis.call('ZRANGE', key, live - limit, live - limit, 'WITHSCORES')[2])
    local w = math.max(1, math.ceil(freeing + windowMs - now))
    if freeing > now then w = math.min(w, poll) end
    wait = math.max(wait, w)
  end
end
if wait > 0 then return wait end
for i = 1, buckets do
  local key = KEYS[i]
  local base = 4 + 3 * (i - 1)
  local capacity = tonumber(ARGV[base + 1])
  local perSecond = tonumber(ARGV[base + 2])
  local tokens = tokensOf[i] - tonumber(ARGV[base + 3])
  redis.call('HSET', key, 'tokens', string.format('%.17g', tokens), 'at', string.format('%.17g', now))
  local ttl = math.max(math.ceil((capacity - tokens) / perSecond * 1000), math.ceil(closedOf[i] - now))
  redis.call('PEXPIRE', key, ttl + 1000)
end
for i = buckets + 1, #KEYS do
  local windowMs = tonumber(ARGV[windowBase + 2 * (i - buckets)])
  redis.call('ZADD', KEYS[i], string.format('%.17g', now + lease), ticket)
  redis.call('PEXPIRE', KEYS[i], math.ceil(lease + windowMs) + 1000)
end
return 0
`;

/** Land: the ticket (ARGV[1]) was answered now; in every window (KEYS) where it still is, it ends now. */
const LAND_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, 'XX', string.format('%.17g', now), ARGV[1])
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
  verbinderLandFlight(keyCount: number, ...keysAndArgs: Array<string | number>): Promise<number>;
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
    this.redis.defineCommand('verbinderLandFlight', { lua: LAND_SCRIPT });
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

  async take(requests: SharedTokenBucketRequest[], flight?: SharedFlight): Promise<number> {
    const windows = flight?.windows ?? [];
    if (requests.length === 0 && windows.length === 0) return 0;
    try {
      const keys = [...requests, ...windows].map((entry) => this.keyPrefix + entry.key);
      const args = [
        requests.length,
        flight?.ticket ?? '',
        flight?.leaseMs ?? 0,
        FLIGHT_POLL_MS,
        ...requests.flatMap((request) => [request.capacity, request.perSecond, request.cost]),
        ...windows.flatMap((window) => [window.limit, window.windowMs]),
      ];
      const wait = await this.redis.verbinderTakeTokens(keys.length, ...keys, ...args);
      this.up();
      return Number(wait);
    } catch (error) {
      this.down(error as Error);
      return this.options.fallback.take(requests, flight);
    }
  }

  /** The flight was answered: in the shared windows, and in the fallback's (where it may have been taken during an outage). */
  async land(windows: SharedFlightWindow[], ticket: string): Promise<void> {
    await this.options.fallback.land(windows, ticket);
    if (windows.length === 0) return;
    try {
      await this.redis.verbinderLandFlight(windows.length, ...windows.map((window) => this.keyPrefix + window.key), ticket);
      this.up();
    } catch (error) {
      this.down(error as Error);
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
