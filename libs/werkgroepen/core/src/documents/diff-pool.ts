import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ErrorCode } from '@verbinder/shared/contracts';
import { DomainError } from '@verbinder/shared/kernel';
import { diffBodies } from './draaiboek-diff';
import { DIFF_WORKER_FILE, DiffJob } from './draaiboek-diff.worker';
import type { DiffLine } from './documents.types';

/** Worker threads for diffs: one per core but one (the event loop keeps a core), at least 1, at most 4. */
export const DIFF_WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));
/** Diffs waiting for a worker; more are refused (SERVICE_UNAVAILABLE, try again). */
export const DIFF_QUEUE_MAX = 32;
/** A diff still running after this is stopped (its worker is replaced) and shown as replaced lines. */
export const DIFF_TIME_LIMIT_MS = 5_000;

interface Pending {
  job: DiffJob;
  resolve: (lines: DiffLine[]) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
}

/**
 * Runs draaiboek diffs off the event loop, in a small pool of worker threads, so a large diff
 * never holds up other requests (/healthz stays responsive). Bounded: `DIFF_WORKERS` threads,
 * `DIFF_QUEUE_MAX` waiting jobs, `DIFF_TIME_LIMIT_MS` per job.
 */
export class DiffPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly size = DIFF_WORKERS,
    private readonly timeLimitMs = DIFF_TIME_LIMIT_MS,
  ) {}

  diff(from: string, to: string): Promise<DiffLine[]> {
    // From TypeScript source (unit tests, tools) there is no compiled worker file to start.
    if (DIFF_WORKER_FILE.endsWith('.ts')) return Promise.resolve(diffBodies(from, to));
    if (this.queue.length >= DIFF_QUEUE_MAX) {
      return Promise.reject(new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'Er worden nu veel versies tegelijk vergeleken. Probeer het over een paar seconden opnieuw.', { retryAfterSeconds: 5 }));
    }
    return new Promise((resolve) => {
      this.queue.push({ job: { id: this.nextId++, from, to }, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    this.slots.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.slots.find((s) => s.busy === null) ?? (this.slots.length < this.size ? this.spawn() : null);
      if (!slot) return;
      const pending = this.queue.shift() as Pending;
      slot.busy = pending;
      pending.timer = setTimeout(() => this.giveUp(slot), this.timeLimitMs);
      slot.worker.postMessage(pending.job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(DIFF_WORKER_FILE, { workerData: { kind: 'draaiboek-diff' } });
    worker.unref();
    const slot: Slot = { worker, busy: null };
    worker.on('message', (answer: { id: number; kinds: DiffLine['kind'][]; texts: string[] }) => {
      const pending = slot.busy;
      if (!pending || pending.job.id !== answer.id) return;
      this.finish(
        slot,
        answer.kinds.map((kind, i) => ({ kind, text: answer.texts[i] })),
      );
    });
    // A crashed worker: its job is answered as "replaced", the slot is freed for a new worker.
    worker.on('error', () => this.giveUp(slot));
    worker.on('exit', () => this.remove(slot));
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, lines: DiffLine[]): void {
    const pending = slot.busy;
    if (!pending) return;
    clearTimeout(pending.timer);
    slot.busy = null;
    pending.resolve(lines);
    this.dispatch();
  }

  /** Too slow or crashed: stop the worker, answer the job with every line replaced. */
  private giveUp(slot: Slot): void {
    const pending = slot.busy;
    slot.busy = null;
    this.remove(slot);
    void slot.worker.terminate();
    if (pending) {
      clearTimeout(pending.timer);
      // Linear: the common start and end are kept, the middle is shown as replaced.
      pending.resolve(diffBodies(pending.job.from, pending.job.to, 0));
    }
    this.dispatch();
  }

  private remove(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index !== -1) this.slots.splice(index, 1);
    if (slot.busy && !this.closed) this.giveUp(slot);
  }
}
