import { MonotonicClock } from './time';

/**
 * A token bucket that hands out tokens only when they are there (`take`), so a request takes its
 * slot at the moment it is sent, never ahead of time; and that can be **closed** until a moment
 * (a Retry-After), during which it gives nothing.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAtMs: number;
  private closedUntilMs = 0;

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

  /** The wait in ms until `cost` tokens could be taken (0 = now): closed time and refill. */
  waitFor(cost = 1): number {
    this.refill();
    const closed = Math.max(0, this.closedUntilMs - this.clock.nowMs());
    const short = this.tokens >= cost ? 0 : Math.ceil(((cost - this.tokens) / this.refillPerSecond) * 1000);
    return Math.max(closed, short);
  }

  /** Takes `cost` tokens when they are there now (answers 0); otherwise takes nothing and answers the wait. */
  take(cost = 1): number {
    const wait = this.waitFor(cost);
    if (wait === 0) this.tokens -= cost;
    return wait;
  }

  /** Gives nothing for `ms` from now (a later closure wins over an earlier one). */
  closeFor(ms: number): void {
    this.closedUntilMs = Math.max(this.closedUntilMs, this.clock.nowMs() + ms);
  }

  /** Tokens available now. */
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
