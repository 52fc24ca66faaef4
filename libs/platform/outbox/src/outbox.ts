import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Database } from '@verbinder/platform/db';
import type { Outbox, OutboxJob } from '@verbinder/shared/kernel';
import { and, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import { outbox } from './outbox.tables';

/** The little the worker logs with (the composition root passes the JSON logger). */
export interface OutboxLogger {
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export type OutboxHandler = (payload: unknown, job: { id: string; attempts: number }) => Promise<void>;

const DEFAULT_LOCK_SECONDS = 120;
const MAX_ATTEMPTS = 8;

/** Writes jobs in the caller's transaction (a job exists only if the change committed). */
@Injectable()
export class DatabaseOutbox implements Outbox {
  constructor(private readonly database: Database) {}

  async enqueue(job: OutboxJob): Promise<boolean> {
    const inserted = await this.database.db
      .insert(outbox)
      .values({ kind: job.kind, payload: job.payload as object, key: job.key ?? null, runAfter: job.runAfter ?? new Date() })
      .onConflictDoNothing({ target: outbox.key })
      .returning({ id: outbox.id });
    return inserted.length > 0;
  }
}

export interface OutboxWorkerOptions {
  pollMs: number;
  batchSize: number;
  /**
   * How long a claimed job stays locked (default 120 s). A job whose node died is claimed again
   * after this; a job still running after it may be claimed by another node as well.
   */
  lockSeconds?: number;
  /** Jobs of kinds registered `concurrent` run up to this many at once on this node (default 1). */
  concurrency?: number;
}

export interface OutboxHandlerOptions {
  /**
   * The handler may run next to other jobs of its kind (it is idempotent and independent of
   * their order), up to `concurrency` at once. Other kinds run one at a time in due order.
   */
  concurrent?: boolean;
}

/**
 * Claims due jobs with FOR UPDATE SKIP LOCKED (safe with several API nodes), runs their
 * handler, and retries failures with jittered exponential back-off. A job whose worker died
 * is claimed again once its lock expires.
 */
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly handlers = new Map<string, OutboxHandler>();
  private readonly concurrentKinds = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly database: Database,
    private readonly logger: OutboxLogger,
    private readonly options: OutboxWorkerOptions,
  ) {}

  register(kind: string, handler: OutboxHandler, options: OutboxHandlerOptions = {}): void {
    this.handlers.set(kind, handler);
    if (options.concurrent) this.concurrentKinds.add(kind);
    else this.concurrentKinds.delete(kind);
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.warn('outbox poll failed', { error: (error as Error).message }))
        .finally(() => {
          this.running = null;
          this.schedule(this.options.pollMs);
        });
    }, ms);
    this.timer.unref();
  }

  /** Runs every due job once; returns how many were handled. Exposed for tests and CLIs. */
  async drain(): Promise<number> {
    const kinds = [...this.handlers.keys()];
    const [serial, concurrent] = await Promise.all([
      this.drainSerial(kinds.filter((kind) => !this.concurrentKinds.has(kind))),
      this.drainConcurrent(kinds.filter((kind) => this.concurrentKinds.has(kind))),
    ]);
    return serial + concurrent;
  }

  private async drainSerial(kinds: string[]): Promise<number> {
    let handled = 0;
    for (;;) {
      const jobs = await this.claim(kinds, this.options.batchSize);
      if (jobs.length === 0 || this.stopped) return handled;
      for (const job of jobs) {
        await this.run(job);
        handled++;
      }
    }
  }

  /** Keeps up to `concurrency` jobs running, claiming more as soon as one finishes. */
  private async drainConcurrent(kinds: string[]): Promise<number> {
    const limit = Math.max(1, this.options.concurrency ?? 1);
    const running = new Set<Promise<void>>();
    let handled = 0;
    let exhausted = false;
    while (!this.stopped) {
      if (!exhausted && running.size < limit) {
        const jobs = await this.claim(kinds, limit - running.size);
        exhausted = jobs.length === 0;
        for (const job of jobs) {
          const done: Promise<void> = this.run(job).finally(() => running.delete(done));
          running.add(done);
          handled++;
        }
        if (!exhausted) continue;
      }
      if (running.size === 0) break;
      await Promise.race(running);
      exhausted = false;
    }
    await Promise.all(running);
    return handled;
  }

  private async claim(kinds: string[], limit: number) {
    const now = new Date();
    const lockedUntil = new Date(now.getTime() + (this.options.lockSeconds ?? DEFAULT_LOCK_SECONDS) * 1000);
    if (kinds.length === 0 || limit <= 0) return [];
    return this.database.transaction(async () => {
      const due = await this.database.db
        .select({ id: outbox.id })
        .from(outbox)
        .where(
          and(
            inArray(outbox.kind, kinds),
            lte(outbox.runAfter, now),
            or(eq(outbox.status, 'pending'), and(eq(outbox.status, 'running'), lt(outbox.lockedUntil, now))),
          ),
        )
        .orderBy(outbox.runAfter)
        .limit(limit)
        .for('update', { skipLocked: true });
      if (due.length === 0) return [];
      return this.database.db
        .update(outbox)
        .set({ status: 'running', lockedUntil, attempts: sql`${outbox.attempts} + 1` })
        .where(inArray(outbox.id, due.map((d) => d.id)))
        .returning();
    });
  }

  private async run(job: typeof outbox.$inferSelect): Promise<void> {
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for ${job.kind}`);
      await handler(job.payload, { id: job.id, attempts: job.attempts });
      await this.database.db.update(outbox).set({ status: 'done', doneAt: new Date(), lockedUntil: null, lastError: null }).where(eq(outbox.id, job.id));
    } catch (error) {
      const message = (error as Error).message.slice(0, 1000);
      const failed = job.attempts >= MAX_ATTEMPTS;
      const backoffMs = Math.min(2 ** job.attempts * 1000, 3_600_000) * (0.5 + Math.random());
      await this.database.db
        .update(outbox)
        .set({ status: failed ? 'failed' : 'pending', lockedUntil: null, lastError: message, runAfter: new Date(Date.now() + backoffMs) })
        .where(eq(outbox.id, job.id));
      this.logger[failed ? 'error' : 'warn']('outbox job failed', { job: job.id, kind: job.kind, attempts: job.attempts, error: message, final: failed });
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
