/** A monotonic millisecond clock; tests inject a manual one so timing is deterministic. */
export interface MonotonicClock {
  nowMs(): number;
}

export type Sleep = (ms: number) => Promise<void>;

/** Returns a number in [0, 1). */
export type RandomSource = () => number;

export const systemMonotonicClock: MonotonicClock = { nowMs: () => performance.now() };

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
