import { randomUUID } from 'node:crypto';
import { MonotonicClock, Sleep, realSleep } from './time';
import { FlightWindow, InMemoryTokenBuckets, TokenBucketRequest, TokenBucketStore } from './token-bucket-store';

export interface TeamsRateLimiterOptions {
  /** Requests per second on one team/channel drive (Microsoft: max 4 rps per app per team or channel). */
  channelRequestsPerSecond: number;
  /**
   * Added to the second of the channel window: a request's place is freed this long after
   * 1 s has passed since its answer was read (clock differences between the nodes' Redis and Graph).
   */
  channelSpacingMarginMs: number;
  /**
   * Requests of one tenant under way at once (slot taken, answer not yet read). 1: a request is
   * sent only when the outcome of every earlier one is known, so none can reach Graph after a
   * 429 was sent and before this app knew of it. Mirror jobs still run concurrently (reading,
   * hashing, the database); only their HTTP requests take turns.
   */
  tenantRequestsUnderWay: number;
  /**
   * A request under way frees its places after this even when its answer never came (its node
   * was killed): short, since until then the tenant's other requests wait (a restarted node
   * must take over within 60 s); a request that takes longer only lets the next one go early.
   */
  requestLeaseMs: number;
  /** Per-tenant budget in SharePoint resource units per minute (1,200 for the smallest tenants). */
  tenantUnitsPerMinute: number;
  /** Added to a Retry-After before the budgets open again (clock differences between nodes and Graph). */
  retryAfterMarginMs: number;
}

export const DEFAULT_TEAMS_RATE_LIMITS: TeamsRateLimiterOptions = {
  channelRequestsPerSecond: 4,
  channelSpacingMarginMs: 30,
  tenantRequestsUnderWay: 1,
  requestLeaseMs: 15_000,
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
  /**
   * Resolves when one request in this scope may be sent now; its slot is taken. Call
   * `answered()` on the slot once the answer's status is read (after `throttled` for a 429/503)
   * or the request failed: until then the request counts as under way.
   */
  acquire(scope: RateScope): Promise<RequestSlot>;
  /** Graph answered 429/503 with Retry-After: close the tenant's and the channel's budget until it has passed. */
  throttled(scope: RateScope, retryAfterMs: number): Promise<void>;
}

export interface RequestSlot {
  answered(): Promise<void>;
}

export interface RateLimiterEvents {
  /** Called before each wait for a slot, e.g. for logs. */
  onWait?(event: { scope: RateScope; delayMs: number }): void;
}

/**
 * A slot is taken when the request is sent: `acquire` asks the store, and when no slot is free
 * sleeps the wait it was told and asks again. With the Redis store all nodes share it all.
 *
 * - **Tenant, one request under way** (tenantRequestsUnderWay): the next request is sent only
 *   after the answer to the previous one was read, and after a 429/503 only after `throttled`
 *   closed the budgets. Slots counted at sending alone cannot do this: a request sent while
 *   another one's 429 is on its way back reaches Graph inside the Retry-After window.
 * - **Channel, 4 per second by the time requests are under way**: at most 4 requests whose
 *   interval from sending to answer (plus 1 s) overlaps. Graph sees a request arrive, and
 *   answers it, inside that interval, so no second at Graph holds 5 of them however the network
 *   or a busy event loop delays or bunches arrivals (spacing at sending cannot promise that).
 * - **Token buckets**: the tenant's resource units per minute, and per channel 4 per second;
 *   a Retry-After closes both for every job (and node) until it has passed.
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

  /** Tries once: 0 = the slot is taken (under `ticket` until `answered`), else the wait in ms before asking again. */
  tryAcquire(scope: RateScope, ticket: string = randomUUID()): Promise<number> {
    return this.store.take(this.buckets(scope), { ticket, windows: this.windows(scope), leaseMs: this.options.requestLeaseMs });
  }

  /** The request sent under `ticket` has its answer (or failed): it no longer counts as under way. */
  answered(scope: RateScope, ticket: string): Promise<void> {
    return this.store.land(this.windows(scope), ticket);
  }

  async acquire(scope: RateScope): Promise<RequestSlot> {
    const ticket = randomUUID();
    await this.until(scope, () => this.tryAcquire(scope, ticket));
    return { answered: () => this.answered(scope, ticket) };
  }

  /** Asks until the answer is 0, sleeping the wait it was told in between. */
  private async until(scope: RateScope, attempt: () => Promise<number>): Promise<void> {
    for (;;) {
      const wait = await attempt();
      if (wait <= 0) return;
      this.events.onWait?.({ scope, delayMs: wait });
      await this.sleep(wait);
    }
  }

  throttled(scope: RateScope, retryAfterMs: number): Promise<void> {
    return this.store.close(this.buckets(scope), Math.max(0, retryAfterMs) + this.options.retryAfterMarginMs);
  }

  private buckets(scope: RateScope): TokenBucketRequest[] {
    const { channelRequestsPerSecond, tenantUnitsPerMinute } = this.options;
    return [
      { key: `channel:${scope.tenantId}/${scope.channelKey}`, capacity: channelRequestsPerSecond, perSecond: channelRequestsPerSecond, cost: 1 },
      { key: `tenant:${scope.tenantId}`, capacity: tenantUnitsPerMinute, perSecond: tenantUnitsPerMinute / 60, cost: scope.cost },
    ];
  }

  private channelWindow(scope: RateScope): FlightWindow {
    const { channelRequestsPerSecond, channelSpacingMarginMs } = this.options;
    return { key: `flight:channel:${scope.tenantId}/${scope.channelKey}`, limit: channelRequestsPerSecond, windowMs: 1000 + channelSpacingMarginMs };
  }

  private windows(scope: RateScope): FlightWindow[] {
    const { tenantRequestsUnderWay } = this.options;
    const windows: FlightWindow[] = [this.channelWindow(scope)];
    if (Number.isFinite(tenantRequestsUnderWay)) windows.push({ key: `flight:tenant:${scope.tenantId}`, limit: tenantRequestsUnderWay, windowMs: 0 });
    return windows;
  }
}
