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
 * A limit on requests by the time they were **under way**, from the moment their slot was taken
 * until their answer was read (`land`), plus `windowMs`: at most `limit` such requests at once.
 * A request reaches the server, and the server answers it, inside that interval, so the server
 * can never count more than `limit` in any `windowMs`, however late or bunched they arrive.
 * With windowMs 0 it is a plain limit on requests under way (1: the next one is sent only when
 * the answer to the previous one, e.g. a 429 with Retry-After, is known).
 */
export interface FlightWindow {
  key: string;
  limit: number;
  windowMs: number;
}

/** The request that takes a slot: its ticket, and how long it may stay under way before its slot is freed anyway (a node died). */
export interface Flight {
  ticket: string;
  windows: FlightWindow[];
  leaseMs: number;
}

/** Asked again after this while a window is full of requests still under way (their answer frees it, not a known time). */
export const FLIGHT_POLL_MS = 10;

/**
 * Where token buckets and flight windows live: in this process (one node) or shared by all
 * nodes (Redis, in @verbinder/platform/events).
 *
 * - `take` takes the tokens from every requested bucket and a place in every flight window at
 *   once, but only when every bucket has them now, none is closed and no window is full: then
 *   it answers 0 and the request may be sent at once. Otherwise it takes nothing and answers
 *   the wait in ms (the longest) after which to ask again. Slots are therefore spent when
 *   requests are sent, never booked ahead.
 * - `land` marks the flight's request as answered now; its windows free its place `windowMs` later.
 * - `close` closes buckets for `ms` (a Retry-After): nobody takes from them until it has passed.
 */
export interface TokenBucketStore {
  take(requests: TokenBucketRequest[], flight?: Flight): Promise<number>;
  land(windows: FlightWindow[], ticket: string): Promise<void>;
  close(requests: Array<Pick<TokenBucketRequest, 'key' | 'capacity' | 'perSecond'>>, ms: number): Promise<void>;
}

/** The wait before a window has room (0 = now), given the end times of its entries (under way: the lease's end, in the future). */
export function flightWindowWait(ends: number[], window: Pick<FlightWindow, 'limit' | 'windowMs'>, nowMs: number): number {
  const live = ends.filter((end) => end > nowMs - window.windowMs).sort((a, b) => a - b);
  if (live.length < window.limit) return 0;
  const freeing = live[live.length - window.limit];
  const wait = Math.max(1, Math.ceil(freeing + window.windowMs - nowMs));
  return freeing > nowMs ? Math.min(wait, FLIGHT_POLL_MS) : wait;
}

/** The per-process store: a TokenBucket per key and the flights per window key, on the injected clock. */
export class InMemoryTokenBuckets implements TokenBucketStore {
  private readonly buckets = new Map<string, TokenBucket>();
  /** Window key → ticket → end (ms): when answered, or the lease's end while under way. */
  private readonly flights = new Map<string, Map<string, number>>();

  constructor(private readonly clock: MonotonicClock) {}

  async take(requests: TokenBucketRequest[], flight?: Flight): Promise<number> {
    const now = this.clock.nowMs();
    let wait = 0;
    for (const request of requests) wait = Math.max(wait, this.bucket(request).waitFor(request.cost));
    for (const window of flight?.windows ?? []) wait = Math.max(wait, flightWindowWait([...this.entries(window).values()], window, now));
    if (wait > 0) return wait;
    for (const request of requests) this.bucket(request).take(request.cost);
    if (flight) for (const window of flight.windows) this.entries(window).set(flight.ticket, now + flight.leaseMs);
    return 0;
  }

  async land(windows: FlightWindow[], ticket: string): Promise<void> {
    const now = this.clock.nowMs();
    for (const window of windows) {
      const entries = this.entries(window);
      if (entries.has(ticket)) entries.set(ticket, now);
    }
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

  /** The window's entries, without those that no longer count. */
  private entries(window: FlightWindow): Map<string, number> {
    let entries = this.flights.get(window.key);
    if (!entries) {
      entries = new Map();
      this.flights.set(window.key, entries);
    }
    const now = this.clock.nowMs();
    for (const [ticket, end] of entries) if (end <= now - window.windowMs) entries.delete(ticket);
    return entries;
  }
}
