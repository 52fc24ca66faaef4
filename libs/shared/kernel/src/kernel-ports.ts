import { CLOCK, type Clock } from './clock';
import { DOMAIN_EVENTS, type DomainEvents } from './domain-events';
import { OUTBOX, type Outbox } from './outbox';
import { UNIT_OF_WORK, type UnitOfWork } from './unit-of-work';

/**
 * The kernel ports nearly every domain service works through — the transaction, the event bus,
 * the outbox and the clock — as one injectable, so a service's constructor names its repository
 * and the domains it talks to rather than the same four ports again (the loket's `LoketPorts`
 * does the same for the loket). No logic lives here; unit specs build it from the kernel's fakes.
 */
export class KernelPorts {
  constructor(
    readonly uow: UnitOfWork,
    readonly events: DomainEvents,
    readonly outbox: Outbox,
    readonly clock: Clock,
  ) {}
}

/**
 * The Nest provider of `KernelPorts` over the global kernel ports; a core module lists it with its
 * services. A plain factory provider, so the kernel needs no framework.
 */
export const kernelPortsProvider = {
  provide: KernelPorts,
  inject: [UNIT_OF_WORK, DOMAIN_EVENTS, OUTBOX, CLOCK],
  useFactory: (uow: UnitOfWork, events: DomainEvents, outbox: Outbox, clock: Clock): KernelPorts => new KernelPorts(uow, events, outbox, clock),
};
