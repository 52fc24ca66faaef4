import { TokenBucket } from './token-bucket';
import { MonotonicClock } from './time';

/** One bucket to take tokens from; the bucket is created full on first use with this capacity and rate. */
export interface TokenBucketRequest {
  key: string;
  capacity: number;
  /** Tokens added per second. */
  perSecond: number;
  cost: number;
}

/**
 * Where token buckets live: in this process (one node) or shared by all nodes (Redis, in
 * @verbinder/platform/events).
 *
 * - `take` takes the tokens from every requested bucket at once, but only when every bucket has
 *   them now and none is closed: then it answers 0 and the request may be sent at once.
 *   Otherwise it takes nothing and answers the wait in ms (the longest over the buckets) after
 *   which to ask again. Slots are therefore spent when requests are sent, never booked ahead.
 * - `close` closes buckets for `ms` (a Retry-After): nobody takes from them until it has passed.
 */
export interface TokenBucketStore {
  take(requests: TokenBucketRequest[]): Promise<number>;
  close(requests: Array<Pick<TokenBucketRequest, 'key' | 'capacity' | 'perSecond'>>, ms: number): Promise<void>;
}

/** The per-process store: a TokenBucket per key, on the injected clock. */
export class InMemoryTokenBuckets implements TokenBucketStore {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly clock: MonotonicClock) {}

  async take(requests: TokenBucketRequest[]): Promise<number> {
    let wait = 0;
    for (const request of requests) wait = Math.max(wait, this.bucket(request).waitFor(request.cost));
    if (wait > 0) return wait;
    for (const request of requests) this.bucket(request).take(request.cost);
    return 0;
  }

  async close(requests: Array<Pick<TokenBucketRequest, 'key' | 'capacity' | 'perSecond'>>, ms: number): Promise<void> {
    for (const request of requests) this.bucket(request).closeFor(ms);
  }

  private bucket({ key, capacity, perSecond }: Pick<TokenBucketRequest, 'key' | 'capacity' | 'perSecond'>): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(capacity, perSecond, this.clock);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}
