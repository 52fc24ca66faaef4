import { MonotonicClock, Sleep, realSleep } from './time';
import { InMemoryTokenBuckets, TokenBucketRequest, TokenBucketStore } from './token-bucket-store';

export interface TeamsRateLimiterOptions {
  /** Requests per second on one team/channel drive (Microsoft: max 4 rps per app per team or channel). */
  channelRequestsPerSecond: number;
  /**
   * Extra spacing between two requests to one channel, so that requests that arrive a little
   * closer together than they were sent (network, a busy event loop) still never make 5 in a second.
   */
  channelSpacingMarginMs: number;
  /** Per-tenant budget in SharePoint resource units per minute (1,200 for the smallest tenants). */
  tenantUnitsPerMinute: number;
  /** Added to a Retry-After before the budgets open again (clock differences between nodes and Graph). */
  retryAfterMarginMs: number;
}

export const DEFAULT_TEAMS_RATE_LIMITS: TeamsRateLimiterOptions = {
  channelRequestsPerSecond: 4,
  channelSpacingMarginMs: 30,
  tenantUnitsPerMinute: 1_200,
  retryAfterMarginMs: 50,
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
 * What the Graph adapter asks before **every** HTTP request it sends (Graph calls, each page of
 * a delta, folder lookups and creates, upload and download URLs), and tells after a 429/503 with
 * Retry-After. Implemented by TeamsRateLimiter.
 */
export interface TeamsRequestGate {
  /** Resolves when one request in this scope may be sent now; its slot is taken. */
  acquire(scope: RateScope): Promise<void>;
  /** Graph answered 429/503 with Retry-After: close the tenant's and the channel's budget until it has passed. */
  throttled(scope: RateScope, retryAfterMs: number): Promise<void>;
}

export interface RateLimiterEvents {
  /** Called before each wait for a slot, e.g. for logs. */
  onWait?(event: { scope: RateScope; delayMs: number }): void;
}

/**
 * Token buckets per channel (requests, burst 1: evenly spaced) and per tenant (resource units).
 * A slot is taken when the request is sent: `acquire` asks the store, and when no slot is free
 * sleeps the wait it was told and asks again. A Retry-After closes both buckets for every job;
 * with the Redis store for every node too, so no request of this app reaches the tenant inside
 * the window, and the channel never sees more than 4 requests in a second.
 */
export class TeamsRateLimiter implements TeamsRequestGate {
  readonly options: TeamsRateLimiterOptions;

  constructor(
    clock: MonotonicClock,
    options: Partial<TeamsRateLimiterOptions> = {},
    private readonly store: TokenBucketStore = new InMemoryTokenBuckets(clock),
    private readonly sleep: Sleep = realSleep,
    private readonly events: RateLimiterEvents = {},
  ) {
    this.options = { ...DEFAULT_TEAMS_RATE_LIMITS, ...options };
  }

  /** Tries once: 0 = the slot is taken, else the wait in ms before asking again. */
  tryAcquire(scope: RateScope): Promise<number> {
    return this.store.take(this.buckets(scope));
  }

  async acquire(scope: RateScope): Promise<void> {
    for (;;) {
      const wait = await this.tryAcquire(scope);
      if (wait <= 0) return;
      this.events.onWait?.({ scope, delayMs: wait });
      await this.sleep(wait);
    }
  }

  throttled(scope: RateScope, retryAfterMs: number): Promise<void> {
    return this.store.close(this.buckets(scope), Math.max(0, retryAfterMs) + this.options.retryAfterMarginMs);
  }

  private buckets(scope: RateScope): TokenBucketRequest[] {
    const { channelRequestsPerSecond, channelSpacingMarginMs, tenantUnitsPerMinute } = this.options;
    const channelPerSecond = 1000 / (1000 / channelRequestsPerSecond + channelSpacingMarginMs);
    return [
      { key: `channel:${scope.tenantId}/${scope.channelKey}`, capacity: 1, perSecond: channelPerSecond, cost: 1 },
      { key: `tenant:${scope.tenantId}`, capacity: tenantUnitsPerMinute, perSecond: tenantUnitsPerMinute / 60, cost: scope.cost },
    ];
  }
}
