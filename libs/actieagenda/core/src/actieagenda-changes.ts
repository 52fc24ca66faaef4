import { Injectable } from '@nestjs/common';
import { Actor, KernelPorts } from '@verbinder/shared/kernel';
import type { Actieagenda } from './actieagenda.types';

/** How the actieagenda services write: one transaction per change, then `actieagenda.changed`. */
@Injectable()
export class ActieagendaChanges {
  constructor(private readonly kernel: KernelPorts) {}

  /** One transaction for the change; the change event goes out after commit. */
  write<T>(actor: Actor, regionId: string, agendaId: string | null, kind: string, actieIdOf: ((result: T) => string) | null, work: () => Promise<{ result: T; agendaId: string }>): Promise<T> {
    return this.kernel.uow.run(async () => {
      const { result, agendaId: id } = await work();
      this.kernel.uow.afterCommit(() =>
        this.kernel.events.emit('actieagenda.changed', {
          regionId,
          agendaId: agendaId ?? id,
          actieId: actieIdOf ? actieIdOf(result) : null,
          kind,
          actorName: actor.name,
          at: this.kernel.clock.now().toISOString(),
        }),
      );
      return result;
    });
  }

  /** A change to one actie of `agenda`: the change event names the agenda and the actie. */
  toActie<T>(actor: Actor, agenda: Actieagenda, actieId: string, kind: string, work: () => Promise<T>): Promise<T> {
    return this.write(
      actor,
      agenda.regionId,
      agenda.id,
      kind,
      () => actieId,
      async () => ({ result: await work(), agendaId: agenda.id }),
    );
  }
}
