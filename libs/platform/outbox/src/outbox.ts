import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Database } from '@verbinder/platform/db';
import { jitteredBackoffMs, type Outbox, type OutboxJob } from '@verbinder/shared/kernel';
import { and, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import { outbox } from './outbox.tables';

/** The little the worker logs with (the composition root passes the JSON logger). */
export interface OutboxLogger {
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * Runs one job. Delivery is at least once: a job may run again after its node died or lost its
 * lease, so a handler gives what it does a mark that stays the same for the job (`id`, stable
 * across every attempt; e.g. an e-mail's Message-ID), or makes it idempotent.
 */
export type OutboxHandler = (payload: unknown, job: { id: string; key: string | null; attempts: number }) => Promise<void>;

const DEFAULT_LEASE_SECONDS = 20;
const MAX_ATTEMPTS = 8;
export const OUTBOX_DONE_RETENTION_DAYS = 30;
export const OUTBOX_FAILED_RETENTION_DAYS = 90;

/** Writes jobs in the caller's transaction (a job exists only if the change committed). */
@Injectable()
export class DatabaseOutbox implements Outbox {
  constructor(private readonly database: Database) {}

  async enqueue(job: OutboxJob): Promise<boolean> {
    if (!job.key) throw new Error(`outbox job of kind ${job.kind} without an idempotency key`);
    const inserted = await this.database.db
      .insert(outbox)
      .values({ kind: job.kind, payload: job.payload as object, key: job.key, runAfter: job.runAfter ?? new Date() })
      .onConflictDoNothing({ target: outbox.key })
      .returning({ id: outbox.id });
    return inserted.length > 0;
  }

  /**
   * Retention: a job's payload can hold an e-mail address and text, so finished jobs go 30 days after
   * they were done and given-up ones 90 days after they were created. Their idempotency keys go with
   * them; no key is enqueued again that late.
   */
  async purgeFinished(now: Date): Promise<number> {
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const rows = await this.database.db
      .delete(outbox)
      .where(or(and(eq(outbox.status, 'done'), lt(outbox.doneAt, daysAgo(OUTBOX_DONE_RETENTION_DAYS))), and(eq(outbox.status, 'failed'), lt(outbox.createdAt, daysAgo(OUTBOX_FAILED_RETENTION_DAYS)))))
      .returning({ id: outbox.id });
    return rows.length;
  }
}

export interface OutboxWorkerOptions {
  pollMs: number;
  batchSize: number;
  /**
   * The lease of a claimed job (default 20 s). The worker renews it every third of that while the
   * job waits in its batch or runs (heartbeat), so only a job whose node died (or could not reach
   * the database for a whole lease) is claimed again by another node: within the lease plus one poll.
   */
  leaseSeconds?: number;
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
 * handler, and retries failures with jittered exponential back-off. A claimed job holds a short
 * lease that a heartbeat renews; a job whose worker died is claimed again once its lease ends.
 * A claim is identified by the job's `attempts` (raised by every claim): a worker that lost its
 * lease to another node neither renews nor records the other node's claim.
 */
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly handlers = new Map<string, OutboxHandler>();
  private readonly concurrentKinds = new Set<string>();
  /** Jobs this worker has claimed and not yet recorded: id → attempts of the claim. */
  private readonly held = new Map<string, number>();
  private heartbeat: NodeJS.Timeout | null = null;
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
    this.heartbeat = setInterval(
      () => {
        this.renewLeases().catch((error: unknown) => this.logger.warn('outbox lease renewal failed', { error: (error as Error).message, jobs: this.held.size }));
      },
      Math.max(200, Math.floor(this.leaseMs / 3)),
    );
    this.heartbeat.unref();
  }

  private get leaseMs(): number {
    return (this.options.leaseSeconds ?? DEFAULT_LEASE_SECONDS) * 1000;
  }

  /** Extends the lease of every job this worker holds (one statement). */
  private async renewLeases(): Promise<void> {
    const held = [...this.held];
    if (held.length === 0) return;
    const renewed = await this.database.db
      .update(outbox)
      .set({ lockedUntil: new Date(Date.now() + this.leaseMs) })
      .where(and(eq(outbox.status, 'running'), or(...held.map(([id, attempts]) => and(eq(outbox.id, id), eq(outbox.attempts, attempts))))))
      .returning({ id: outbox.id });
    if (renewed.length < held.length) {
      const kept = new Set(renewed.map((r) => r.id));
      this.logger.warn('outbox lease lost: another node may run these jobs as well', { jobs: held.map(([id]) => id).filter((id) => !kept.has(id)) });
    }
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
    const lockedUntil = new Date(now.getTime() + this.leaseMs);
    if (kinds.length === 0 || limit <= 0) return [];
    const claimed = await this.database.transaction(async () => {
      const due = await this.database.db
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(inArray(outbox.kind, kinds), lte(outbox.runAfter, now), or(eq(outbox.status, 'pending'), and(eq(outbox.status, 'running'), lt(outbox.lockedUntil, now)))))
        .orderBy(outbox.runAfter)
        .limit(limit)
        .for('update', { skipLocked: true });
      if (due.length === 0) return [];
      return this.database.db
        .update(outbox)
        .set({ status: 'running', lockedUntil, attempts: sql`${outbox.attempts} + 1` })
        .where(
          inArray(
            outbox.id,
            due.map((d) => d.id),
          ),
        )
        .returning();
    });
    for (const job of claimed) this.held.set(job.id, job.attempts);
    return claimed;
  }

  private async run(job: typeof outbox.$inferSelect): Promise<void> {
    try {
      await this.runHeld(job);
    } finally {
      this.held.delete(job.id);
    }
  }

  private async runHeld(job: typeof outbox.$inferSelect): Promise<void> {
    const handler = this.handlers.get(job.kind);
    // Only this claim's outcome is recorded: after a lost lease the other node's claim stands.
    const ours = and(eq(outbox.id, job.id), eq(outbox.attempts, job.attempts));
    try {
      if (!handler) throw new Error(`no handler for ${job.kind}`);
      await handler(job.payload, { id: job.id, key: job.key, attempts: job.attempts });
      await this.database.db.update(outbox).set({ status: 'done', doneAt: new Date(), lockedUntil: null, lastError: null }).where(ours);
    } catch (error) {
      const message = (error as Error).message.slice(0, 1000);
      const failed = job.attempts >= MAX_ATTEMPTS;
      // 1 s doubling per attempt up to an hour, with equal jitter (the kernel's one back-off).
      const backoffMs = jitteredBackoffMs(job.attempts + 1, 1000, 3_600_000);
      await this.database.db
        .update(outbox)
        .set({ status: failed ? 'failed' : 'pending', lockedUntil: null, lastError: message, runAfter: new Date(Date.now() + backoffMs) })
        .where(ours);
      this.logger[failed ? 'error' : 'warn']('outbox job failed', { job: job.id, kind: job.kind, attempts: job.attempts, error: message, final: failed });
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    if (this.heartbeat) clearInterval(this.heartbeat);
  }
}
