import type { School } from '@verbinder/regions/core';

export function schoolAddress(school: School): string | null {
  const location = school.locations[0];
  if (!location) return null;
  return [location.name, location.address, location.city].filter(Boolean).join(', ');
}

export function dutchDateTime(instant: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(instant);
}
