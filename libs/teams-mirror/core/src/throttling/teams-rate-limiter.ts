import { TokenBucket } from './token-bucket';
import { MonotonicClock } from './time';

export interface TeamsRateLimiterOptions {
  /** Requests per second on one team/channel drive (Microsoft: max 4 rps per app per team or channel). */
  channelRequestsPerSecond: number;
  /** Burst on one channel; 1 spaces requests evenly so no 1 s window ever holds more than the rate. */
  channelBurst: number;
  /** Per-tenant budget in SharePoint resource units per minute (1,200 for the smallest tenants). */
  tenantUnitsPerMinute: number;
}

export const DEFAULT_TEAMS_RATE_LIMITS: TeamsRateLimiterOptions = {
  channelRequestsPerSecond: 4,
  channelBurst: 1,
  tenantUnitsPerMinute: 1_200,
};

/** SharePoint resource-unit cost: 1 for a single-item read or a delta with token, 2 for writes. */
export type RequestCost = 1 | 2;

export interface RateScope {
  tenantId: string;
  /** The team or drive the request touches (one standard-channel drive per team). */
  channelKey: string;
  cost: RequestCost;
}

/**
 * Token buckets per channel (requests) and per tenant (resource units). `reserve` books a
 * request in both and returns how long to wait before sending it. Pure: the clock is injected.
 */
export class TeamsRateLimiter {
  readonly options: TeamsRateLimiterOptions;
  private readonly channels = new Map<string, TokenBucket>();
  private readonly tenants = new Map<string, TokenBucket>();

  constructor(
    private readonly clock: MonotonicClock,
    options: Partial<TeamsRateLimiterOptions> = {},
  ) {
    this.options = { ...DEFAULT_TEAMS_RATE_LIMITS, ...options };
  }

  reserve(scope: RateScope): number {
    const channel = this.bucket(this.channels, `${scope.tenantId}/${scope.channelKey}`, this.options.channelBurst, this.options.channelRequestsPerSecond);
    const tenant = this.bucket(this.tenants, scope.tenantId, this.options.tenantUnitsPerMinute, this.options.tenantUnitsPerMinute / 60);
    return Math.max(channel.reserve(1), tenant.reserve(scope.cost));
  }

  private bucket(map: Map<string, TokenBucket>, key: string, capacity: number, perSecond: number): TokenBucket {
    let bucket = map.get(key);
    if (!bucket) {
      bucket = new TokenBucket(capacity, perSecond, this.clock);
      map.set(key, bucket);
    }
    return bucket;
  }
}
