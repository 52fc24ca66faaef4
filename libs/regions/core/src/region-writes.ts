import { Injectable } from '@nestjs/common';
import { ActivityAction, RegionEntity } from '@verbinder/shared/contracts';
import { Actor, DomainError, hasRegionRole, isUuid, KernelPorts } from '@verbinder/shared/kernel';

/** An input where every field may be missing or null (create and update share their checks). */
export type Loose<T> = { [K in keyof T]?: T[K] | null };

const MANAGER_ROLES = ['BEHEERDER', 'VERBINDER'] as const;

/** The manage rule (one place): a region's beheerders and verbinders (and platform beheerders). */
export function canManageRegion(actor: Actor, regionId: string): boolean {
  return hasRegionRole(actor, regionId, [...MANAGER_ROLES]);
}

export function assertCanManage(actor: Actor, regionId: string): void {
  if (!canManageRegion(actor, regionId)) {
    throw DomainError.forbidden('Alleen beheerders en verbinders van deze regio mogen dit wijzigen.');
  }
}

/** One row by id through a batch finder of `repo`; NOT_FOUND for a malformed or unknown id. */
export async function findOne<R, T>(repo: R, finder: (ids: readonly string[]) => Promise<T[]>, id: string, what: string): Promise<T> {
  if (!isUuid(id)) throw DomainError.notFound(what);
  const [found] = await finder.call(repo, [id]);
  if (!found) throw DomainError.notFound(what);
  return found;
}

/**
 * Writes of the regions domain: one transaction for the write and its notifications; the
 * `region.activity` event goes out after commit.
 */
@Injectable()
export class RegionWriter {
  constructor(private readonly kernel: KernelPorts) {}

  write<T>(actor: Actor, entity: RegionEntity, action: ActivityAction, work: () => Promise<{ result: T; regionId: string; entityId: string }>): Promise<T> {
    return this.kernel.uow.run(async () => {
      const { result, regionId, entityId } = await work();
      this.kernel.uow.afterCommit(() =>
        this.kernel.events.emit('region.activity', {
          regionId,
          entity,
          entityId,
          action,
          actorId: actor.personId,
          actorName: actor.name,
          at: this.kernel.clock.now().toISOString(),
        }),
      );
      return result;
    });
  }

  /** Inserts a row of the region (`insert`) and announces it as created. */
  created<T extends { id: string }>(actor: Actor, entity: RegionEntity, regionId: string, insert: () => Promise<T>): Promise<T> {
    return this.write(actor, entity, 'created', async () => {
      const row = await insert();
      return { result: row, regionId, entityId: row.id };
    });
  }

  /** Changes an existing row of a region (`update`) and announces it as updated. */
  updated<T>(actor: Actor, entity: RegionEntity, row: { id: string; regionId: string }, update: () => Promise<T>): Promise<T> {
    return this.write(actor, entity, 'updated', async () => ({ result: await update(), regionId: row.regionId, entityId: row.id }));
  }
}
