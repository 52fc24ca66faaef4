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
 * @verbinder/platform/events). `reserve` takes the tokens from every requested bucket at once,
 * exactly like TokenBucket.reserve (tokens may go negative, so callers queue in arrival order),
 * and answers the wait in ms before they may be used: the longest over the requests (0 = now).
 */
export interface TokenBucketStore {
  reserve(requests: TokenBucketRequest[]): Promise<number>;
}

/** The per-process store: a TokenBucket per key, on the injected clock. */
export class InMemoryTokenBuckets implements TokenBucketStore {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly clock: MonotonicClock) {}

  async reserve(requests: TokenBucketRequest[]): Promise<number> {
    let wait = 0;
    for (const request of requests) wait = Math.max(wait, this.bucket(request).reserve(request.cost));
    return wait;
  }

  private bucket({ key, capacity, perSecond }: TokenBucketRequest): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(capacity, perSecond, this.clock);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}
