import { Actor, Clock, UnitOfWork } from '@verbinder/shared/kernel';
import { LoketRepository } from './loket-repository.port';
import { AuditAction } from './loket.types';

/** Records that the actor viewed or changed these requests (`what`: which part), now. */
export async function audit({ repo, clock }: { repo: LoketRepository; clock: Clock }, actor: Actor, requestIds: string[], action: AuditAction, what: string): Promise<void> {
  const at = clock.now();
  await repo.insertAudit(requestIds.map((requestId) => ({ requestId, personId: actor.personId, personName: actor.name, action, what, at })));
}

/** Records, in its own transaction, that the actor viewed these requests for an export (CSV report, a company's data). */
export async function auditExport(ports: { repo: LoketRepository; clock: Clock; uow: UnitOfWork }, actor: Actor, requests: Array<{ id: string }>): Promise<void> {
  const ids = requests.map((r) => r.id);
  await ports.uow.run(() => audit(ports, actor, ids, 'VIEWED', 'export'));
}
