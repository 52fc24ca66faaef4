import type { Actor } from './actor';
import { isPlatformAdmin } from './actor';
import { DomainError } from './domain-error';

/**
 * The identity rule, in one place: a person's identity (name, e-mail address, password and
 * sign-in links) is changed only by that person or by a platform beheerder. A role in a region
 * (verbinder, beheerder) never reaches a person's identity, in that region or any other.
 */
export function mayChangeIdentity(actor: Actor, personId: string): boolean {
  return actor.personId === personId || isPlatformAdmin(actor);
}

export function assertMayChangeIdentity(actor: Actor, personId: string): void {
  if (!mayChangeIdentity(actor, personId)) {
    throw DomainError.forbidden('Alleen de persoon zelf of een platformbeheerder mag naam, e-mailadres, wachtwoord of inloggegevens wijzigen.');
  }
}

/**
 * The contact rule, in one place: a person's contact details (e-mail address) are shown to the
 * person, to platform beheerders and to people who share a region with them; to nobody else.
 */
export function mayViewContact(actor: Actor, person: { id: string; regionIds: readonly string[] }): boolean {
  if (actor.personId === person.id || isPlatformAdmin(actor)) return true;
  return actor.memberships.some((m) => person.regionIds.includes(m.regionId));
}
