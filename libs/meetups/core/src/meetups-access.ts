import { ActieagendaService } from '@verbinder/actieagenda/core';
import { Actor, DomainError, hasRegionRole, isMemberOfRegion } from '@verbinder/shared/kernel';
import type { Activity } from './meetups.types';

/**
 * Who may do what with an activity (shared by the meetups services): reading is for members of
 * the activity's region; editing for its verbinders, projectleiders and beheerders and for the
 * activity's organisers.
 */
const EDITOR_ROLES = ['VERBINDER', 'PROJECTLEIDER', 'BEHEERDER'] as const;

export function canReadActivity(actor: Actor, activity: Pick<Activity, 'regionId'>): boolean {
  return isMemberOfRegion(actor, activity.regionId);
}

export function canEditActivity(actor: Actor, activity: Pick<Activity, 'regionId' | 'organiserIds'>): boolean {
  return hasRegionRole(actor, activity.regionId, [...EDITOR_ROLES]) || (activity.organiserIds.includes(actor.personId) && isMemberOfRegion(actor, activity.regionId));
}

export function assertEdit(actor: Actor, activity: Pick<Activity, 'regionId' | 'organiserIds'>): void {
  if (!canEditActivity(actor, activity)) throw DomainError.forbidden('Alleen verbinders, projectleiders en beheerders van de regio en de organisatoren mogen deze activiteit wijzigen.');
}

export function assertRegionEditor(actor: Actor, regionId: string): void {
  if (!hasRegionRole(actor, regionId, [...EDITOR_ROLES])) throw DomainError.forbidden('Alleen verbinders, projectleiders en beheerders van de regio mogen dit.');
}

/** Reads actie data for validation only (never returned to a caller). */
const SYSTEM_READER: Actor = { personId: '00000000-0000-4000-8000-000000000000', name: 'meetups', email: 'meetups@verbinder.local', systemRole: 'BEHEERDER', memberships: [] };

/** The acties with these ids that exist (for validating a link to an actie; unknown ids are left out). */
export async function actieagendaActies(actieagenda: ActieagendaService, ids: string[]) {
  const found = [];
  for (const id of ids) {
    try {
      found.push((await actieagenda.getActie(SYSTEM_READER, id)).actie);
    } catch {
      // unknown actie: the caller reports the field
    }
  }
  return found;
}
