import { MonotonicClock } from './time';

/**
 * A token bucket with reservations: `reserve(cost)` takes the tokens at once and answers how
 * long the caller must wait before using them. Tokens may go negative, so concurrent callers
 * queue up in arrival order instead of racing for the next refill.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAtMs: number;

  constructor(
    readonly capacity: number,
    /** Tokens added per second. */
    readonly refillPerSecond: number,
    private readonly clock: MonotonicClock,
  ) {
    if (!(capacity > 0) || !(refillPerSecond > 0)) {
      throw new Error('TokenBucket needs a positive capacity and refill rate');
    }
    this.tokens = capacity;
    this.updatedAtMs = clock.nowMs();
  }

  /** Reserves `cost` tokens; returns the wait in ms before they may be used (0 = now). */
  reserve(cost = 1): number {
    this.refill();
    this.tokens -= cost;
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens / this.refillPerSecond) * 1000);
  }

  /** Wait for `cost` tokens without reserving them. */
  waitFor(cost = 1): number {
    this.refill();
    const after = this.tokens - cost;
    return after >= 0 ? 0 : Math.ceil((-after / this.refillPerSecond) * 1000);
  }

  /** Tokens available now (negative while reservations are queued). */
  available(): number {
    this.refill();
    return this.tokens;
  }

  private refill(): void {
    const now = this.clock.nowMs();
    const elapsed = now - this.updatedAtMs;
    if (elapsed > 0) {
      this.tokens = Math.min(this.capacity, this.tokens + (elapsed / 1000) * this.refillPerSecond);
      this.updatedAtMs = now;
    }
  }
}
