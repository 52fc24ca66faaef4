import { OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DatabaseOutbox, OutboxWorker } from './outbox';

export const RETENTION_JOB = 'platform.retention';

/** One retention rule of the data map (docs/privacy.md; the composition root lists them): removes what expired by `now`, counted by kind. */
export interface RetentionRule {
  name: string;
  sweep(now: Date): Promise<Record<string, number>>;
}

/**
 * Runs the retention rules on one node at a time: every node enqueues the run of the current period
 * (at boot and then every period; hourly by default) under the same outbox key, so the period's run exists once and one node's
 * worker claims it (another node takes it over if that one dies mid-run).
 */
export class RetentionJob implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  /** Removed since this node started, by kind (Prometheus: verbinder_retention_removed{kind}). */
  readonly removed: Record<string, number> = {};
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly worker: OutboxWorker,
    private readonly outbox: DatabaseOutbox,
    private readonly rules: RetentionRule[],
    private readonly logger: { info(message: string, fields?: Record<string, unknown>): void; warn(message: string, fields?: Record<string, unknown>): void },
    /** How often the rules run (RETENTION_INTERVAL_MS; hourly by default). */
    private readonly everyMs = 60 * 60 * 1000,
    /** The application clock (CLOCK): the rules remove what expired by its `now`. */
    private readonly clock: { now(): Date } = { now: () => new Date() },
  ) {}

  /** A rule of another module (registered at its init, before the first run). */
  addRule(rule: RetentionRule): void {
    this.rules.push(rule);
  }

  onModuleInit(): void {
    this.worker.register(RETENTION_JOB, async () => {
      await this.run(this.clock.now());
    });
  }

  onApplicationBootstrap(): void {
    const schedule = () => void this.schedule(this.clock.now()).catch((error: unknown) => this.logger.warn('retention run not scheduled', { error: (error as Error).message }));
    schedule();
    this.timer = setInterval(schedule, this.everyMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Enqueues the run of `now`'s period (the hour, by default); false when a node already did. */
  schedule(now: Date): Promise<boolean> {
    const period = this.everyMs === 3_600_000 ? now.toISOString().slice(0, 13) : `${this.everyMs}:${Math.floor(now.getTime() / this.everyMs)}`;
    return this.outbox.enqueue({ kind: RETENTION_JOB, key: `retention:${period}`, payload: {} });
  }

  /** Runs every rule once; a failing rule is logged and does not stop the others (the next hour retries it). */
  async run(now: Date): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const rule of this.rules) {
      try {
        for (const [kind, n] of Object.entries(await rule.sweep(now))) counts[kind] = (counts[kind] ?? 0) + n;
      } catch (error) {
        this.logger.warn('retention rule failed', { rule: rule.name, error: (error as Error).message });
      }
    }
    for (const [kind, n] of Object.entries(counts)) this.removed[kind] = (this.removed[kind] ?? 0) + n;
    if (Object.values(counts).some((n) => n > 0)) this.logger.info('retention run removed expired data', counts);
    return counts;
  }
}
