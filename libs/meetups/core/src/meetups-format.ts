import type { School } from '@verbinder/regions/core';

export function schoolAddress(school: School): string | null {
  const location = school.locations[0];
  if (!location) return null;
  return [location.name, location.address, location.city].filter(Boolean).join(', ');
}

export { dutchDateTime } from '@verbinder/shared/time';
