import { Clock, DomainEvents, UnitOfWork } from '@verbinder/shared/kernel';
import { LoketRequest } from './loket.types';

/** The ports a loket write needs: its transaction, the event bus and the clock. */
export interface LoketWritePorts {
  uow: UnitOfWork;
  events: DomainEvents;
  clock: Clock;
}

/** One transaction; afterwards `loket.changed` for the region and the request. */
export function write<T>(ports: LoketWritePorts, regionId: string, kind: string, work: () => Promise<{ request: LoketRequest | null; result: T } | LoketRequest>): Promise<T> {
  return ports.uow.run(async () => {
    const outcome = await work();
    const { request, result } = 'result' in outcome ? outcome : { request: outcome, result: outcome as unknown as T };
    ports.uow.afterCommit(() => ports.events.emit('loket.changed', { regionId, requestId: request?.id ?? null, kind, at: ports.clock.now().toISOString() }));
    return result;
  });
}
