import { ErrorCode } from '@verbinder/shared/contracts';
import { Actor, DomainError, hasRegionRole, isMemberOfRegion } from '@verbinder/shared/kernel';
import type { Actie, Actieagenda } from './actieagenda.types';
import { closureLabel } from './labels';

/**
 * Who may do what in an actieagenda (shared by its services): reading is for members of the
 * agenda's region; editing for its verbinders, projectleiders and beheerders; owners may check
 * in on their acties.
 */
export const EDITOR_ROLES = ['VERBINDER', 'PROJECTLEIDER', 'BEHEERDER'] as const;

export function canReadAgenda(actor: Actor, agenda: Actieagenda): boolean {
  return isMemberOfRegion(actor, agenda.regionId);
}

export function canEditAgenda(actor: Actor, agenda: Actieagenda): boolean {
  return hasRegionRole(actor, agenda.regionId, [...EDITOR_ROLES]);
}

export function canCheckInActie(actor: Actor, agenda: Actieagenda, actie: Actie): boolean {
  return canEditAgenda(actor, agenda) || (actie.ownerIds.includes(actor.personId) && isMemberOfRegion(actor, agenda.regionId));
}

export function assertEdit(actor: Actor, agenda: Actieagenda): void {
  if (!canEditAgenda(actor, agenda)) throw DomainError.forbidden('Alleen verbinders, projectleiders en beheerders van de regio mogen de actieagenda wijzigen.');
}

/** A closed actie takes no check-ins, bijstellingen, reviews or decisions until it is reopened. */
export function assertOpen(actie: Actie): void {
  if (actie.closure) {
    throw new DomainError(ErrorCode.ACTIE_CLOSED, `Deze actie is afgesloten (${closureLabel(actie.closure).toLowerCase()}); heropen haar eerst.`);
  }
}
