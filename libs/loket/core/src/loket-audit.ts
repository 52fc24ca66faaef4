import { Actor, Clock } from '@verbinder/shared/kernel';
import { LoketRepository } from './loket-repository.port';
import { AuditAction } from './loket.types';

/** Records that the actor viewed or changed these requests (`what`: which part), now. */
export async function audit({ repo, clock }: { repo: LoketRepository; clock: Clock }, actor: Actor, requestIds: string[], action: AuditAction, what: string): Promise<void> {
  const at = clock.now();
  await repo.insertAudit(requestIds.map((requestId) => ({ requestId, personId: actor.personId, personName: actor.name, action, what, at })));
}
