import type { Clock } from './clock';
import type { DomainEvents } from './domain-events';
import type { Outbox, OutboxJob } from './outbox';
import type { UnitOfWork } from './unit-of-work';

/**
 * In-memory kernel ports for fast unit specs of core services: a clock the spec sets, a unit of
 * work that runs the after-commit hooks once the work succeeded, and an event bus and outbox that
 * record what they were given (the outbox, like the real one, refuses a key it already holds).
 */
export class SettableClock implements Clock {
  constructor(public at: Date) {}
  now = () => new Date(this.at);
}

export function recordingPorts() {
  const hooks: Array<() => unknown> = [];
  const uow: UnitOfWork = {
    run: async (work) => {
      const result = await work();
      hooks.splice(0).forEach((hook) => hook());
      return result;
    },
    afterCommit: (hook) => void hooks.push(hook),
  };
  const emitted: Array<{ name: string; payload: Record<string, unknown> }> = [];
  const events = { emit: async (name: string, payload: Record<string, unknown>) => void emitted.push({ name, payload }) } as unknown as DomainEvents;
  const jobs: OutboxJob[] = [];
  const outbox: Outbox = { enqueue: async (job) => !jobs.some((j) => j.key === job.key) && jobs.push(job) > 0 };
  return { uow, events, emitted, outbox, jobs };
}
