import { namedOptions, type SelectOption } from '@verbinder/web/ui';
import { LOKET_STAFF_ROLES } from './access';
import type { LoketRegion, Named } from './operations';

/** The region's loket staff (loket-medewerkers, verbinders, beheerders), once each, by name. */
export function regionStaff(region: LoketRegion): Named[] {
  const people = new Map<string, Named>();
  for (const membership of region.memberships) {
    if (LOKET_STAFF_ROLES.includes(membership.role) && !people.has(membership.person.id)) people.set(membership.person.id, membership.person);
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export function staffOptions(region: LoketRegion): SelectOption[] {
  return namedOptions(regionStaff(region));
}

export function schoolOptions(region: LoketRegion): SelectOption[] {
  return namedOptions([...region.schools].sort((a, b) => a.name.localeCompare(b.name, 'nl')));
}
