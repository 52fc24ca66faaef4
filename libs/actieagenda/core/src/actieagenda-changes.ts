import { Inject, Injectable } from '@nestjs/common';
import { Actor, CLOCK, Clock, DOMAIN_EVENTS, DomainEvents, UNIT_OF_WORK, UnitOfWork } from '@verbinder/shared/kernel';

/** How the actieagenda services write: one transaction per change, then `actieagenda.changed`. */
@Injectable()
export class ActieagendaChanges {
  constructor(
    @Inject(UNIT_OF_WORK) private readonly uow: UnitOfWork,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** One transaction for the change; the change event goes out after commit. */
  write<T>(actor: Actor, regionId: string, agendaId: string | null, kind: string, actieIdOf: ((result: T) => string) | null, work: () => Promise<{ result: T; agendaId: string }>): Promise<T> {
    return this.uow.run(async () => {
      const { result, agendaId: id } = await work();
      this.uow.afterCommit(() =>
        this.events.emit('actieagenda.changed', {
          regionId,
          agendaId: agendaId ?? id,
          actieId: actieIdOf ? actieIdOf(result) : null,
          kind,
          actorName: actor.name,
          at: this.clock.now().toISOString(),
        }),
      );
      return result;
    });
  }
}
