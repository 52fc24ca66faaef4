// Fakes of the kernel ports for fast unit specs (no database, no network). Never part of a build
// (apps/api/tsconfig.app.json excludes **/testing/**); import as '@verbinder/shared/kernel/testing'.
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { DomainEventMap, DomainEventName, DomainEvents } from '../domain-events';
import type { Outbox, OutboxJob } from '../outbox';
import type { AttemptLog } from '../rate-limit';
import type { UnitOfWork } from '../unit-of-work';
import { KernelPorts } from '../kernel-ports';

/** A clock that stands still until a spec moves it. */
export class ManualClock implements Clock {
  private at: Date;

  constructor(iso: string) {
    this.at = new Date(iso);
  }

  now(): Date {
    return new Date(this.at);
  }

  set(iso: string): void {
    this.at = new Date(iso);
  }

  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

/**
 * A unit of work without a database, with the semantics of the real one: nested runs join the
 * outer one; after-commit hooks run (in order) once the outermost run succeeded, at once when
 * there is no run, and are dropped when it throws (a rollback); a failing hook is not an error.
 */
export class FakeUnitOfWork implements UnitOfWork {
  runs = 0;
  private depth = 0;
  private hooks: Array<() => unknown> = [];

  async run<T>(work: () => Promise<T>): Promise<T> {
    this.depth += 1;
    this.runs += 1;
    try {
      const result = await work();
      if (this.depth === 1)
        for (const hook of this.hooks.splice(0))
          await Promise.resolve()
            .then(hook)
            .catch(() => undefined);
      return result;
    } catch (error) {
      if (this.depth === 1) this.hooks = [];
      throw error;
    } finally {
      this.depth -= 1;
    }
  }

  afterCommit(hook: () => unknown): void {
    if (this.depth === 0)
      void Promise.resolve()
        .then(hook)
        .catch(() => undefined);
    else this.hooks.push(hook);
  }
}

type Emitted = { [K in DomainEventName]: { name: K; payload: DomainEventMap[K] } }[DomainEventName];

/** An in-process event bus that records what was emitted; listeners hear local emits at once. */
export class RecordingEvents {
  readonly emitted: Emitted[] = [];
  private readonly listeners = new Map<string, Set<(payload: never, meta: { local: boolean }) => void>>();

  async emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): Promise<void> {
    this.emitted.push({ name, payload } as Emitted);
    for (const listener of this.listeners.get(name) ?? []) listener(payload as never, { local: true });
  }

  on<K extends DomainEventName>(name: K, listener: (payload: DomainEventMap[K], meta: { local: boolean }) => void): () => void {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener as (payload: never, meta: { local: boolean }) => void);
    this.listeners.set(name, set);
    return () => set.delete(listener as (payload: never, meta: { local: boolean }) => void);
  }

  /** The payloads of one event name, in order. */
  of<K extends DomainEventName>(name: K): Array<DomainEventMap[K]> {
    return this.emitted.filter((e) => e.name === name).map((e) => e.payload as DomainEventMap[K]);
  }

  /** As the DomainEvents port (services under test never iterate). */
  asPort(): DomainEvents {
    return this as unknown as DomainEvents;
  }
}

/** An outbox that keeps the queued jobs and refuses a second job with the same key. */
export class MemoryOutbox implements Outbox {
  readonly jobs: OutboxJob[] = [];

  async enqueue(job: OutboxJob): Promise<boolean> {
    if (this.jobs.some((j) => j.key === job.key)) return false;
    this.jobs.push(job);
    return true;
  }

  /** The payloads of the queued jobs of one kind. */
  payloadsOf<P>(kind: string): P[] {
    return this.jobs.filter((j) => j.kind === kind).map((j) => j.payload as P);
  }
}

/** The AttemptLog contract in memory (the database one is covered by the regions-repository integration spec). */
export class MemoryAttemptLog implements AttemptLog {
  readonly rows: Array<{ key: string; at: Date; succeeded: boolean }> = [];
  async record(keys: readonly string[], at: Date, succeeded = false) {
    for (const key of keys) this.rows.push({ key, at, succeeded });
  }
  async failures(key: string, since: Date) {
    const hits = this.rows.filter((r) => r.key === key && !r.succeeded && r.at >= since);
    return { count: hits.length, latest: hits.length ? new Date(Math.max(...hits.map((r) => r.at.getTime()))) : null };
  }
  async succeededSince(key: string, since: Date) {
    return this.rows.some((r) => r.key === key && r.succeeded && r.at >= since);
  }
  async deleteBefore(failedBefore: Date, succeededBefore: Date) {
    const before = this.rows.length;
    this.rows.splice(0, this.rows.length, ...this.rows.filter((r) => r.at >= (r.succeeded ? succeededBefore : failedBefore)));
    return before - this.rows.length;
  }
  async deleteKey(key: string) {
    const before = this.rows.length;
    this.rows.splice(0, this.rows.length, ...this.rows.filter((r) => r.key !== key));
    return before - this.rows.length;
  }
}

/**
 * What a call ends in, for specs: 'OK', the DomainError code, or the code with the names of the
 * fields it refused (`BAD_USER_INPUT title,body`). Any other error is rethrown.
 */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const fields = (error.details.fields ?? []).map((f) => f.field);
    return fields.length ? `${error.code} ${[...new Set(fields)].join(',')}` : error.code;
  }
}

/** `KernelPorts` over a fresh unit of work, event recorder and outbox and the clock given, with the fakes for the spec to look at. */
export function fakeKernelPorts(clock: Clock) {
  const uow = new FakeUnitOfWork();
  const events = new RecordingEvents();
  const outbox = new MemoryOutbox();
  return { kernel: new KernelPorts(uow, events.asPort(), outbox, clock), uow, events, outbox };
}

/** Adds a row to a table of an in-memory repository fake and returns the stored row (the fakes' `insert…` methods). */
export function insertRow<T>(rows: T[], row: T): T {
  rows.push(row);
  return row;
}

/** Removes the row with this id (when there is one) from a table of an in-memory repository fake. */
export function removeRow<T extends { id: string }>(rows: T[], id: string): void {
  const index = rows.findIndex((r) => r.id === id);
  if (index >= 0) rows.splice(index, 1);
}
