import { MonotonicClock } from './time';
import { InMemoryTokenBuckets, TokenBucketStore } from './token-bucket-store';

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
 * request in both and answers how long to wait before sending it. The buckets live in the
 * store: in this process by default (on the injected clock), or shared by all API nodes
 * through Redis, so two nodes together still send at most 4 rps to a channel.
 */
export class TeamsRateLimiter {
  readonly options: TeamsRateLimiterOptions;

  constructor(
    clock: MonotonicClock,
    options: Partial<TeamsRateLimiterOptions> = {},
    private readonly store: TokenBucketStore = new InMemoryTokenBuckets(clock),
  ) {
    this.options = { ...DEFAULT_TEAMS_RATE_LIMITS, ...options };
  }

  reserve(scope: RateScope): Promise<number> {
    const { channelBurst, channelRequestsPerSecond, tenantUnitsPerMinute } = this.options;
    return this.store.reserve([
      { key: `channel:${scope.tenantId}/${scope.channelKey}`, capacity: channelBurst, perSecond: channelRequestsPerSecond, cost: 1 },
      { key: `tenant:${scope.tenantId}`, capacity: tenantUnitsPerMinute, perSecond: tenantUnitsPerMinute / 60, cost: scope.cost },
    ]);
  }
}
