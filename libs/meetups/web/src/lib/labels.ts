/** Dutch labels for everything the meetups screens show. The one place to change wording. */
import { ACTIVITY_KIND_TEXT } from '@verbinder/shared/contracts';
import type { SelectOption, StatusTone } from '@verbinder/web/ui';
import type { ActivityKind, Audience, RegistrationStatus } from './operations';

export const kindLabels: Record<ActivityKind, string> = ACTIVITY_KIND_TEXT;

export const audienceLabels: Record<Audience, string> = {
  DOCENTEN: 'Docenten',
  LEERLINGEN: 'Leerlingen',
  OUDERS: 'Ouders',
  BEDRIJVEN: 'Bedrijven',
  PUBLIEK: 'Iedereen (openbaar)',
};

/** The viewer's own registration, in words. */
export const myStatusLabels: Record<RegistrationStatus, string> = {
  PENDING_CONFIRMATION: 'Wacht op bevestiging',
  CONFIRMED: 'Aangemeld',
  WAITLISTED: 'Op de wachtlijst',
  OFFERED: 'Plek vrij voor je',
  CANCELLED: 'Afgemeld',
  EXPIRED: 'Aanbod verlopen',
};

/** Someone's registration, in the editors' list. */
export const registrationStatusLabels: Record<RegistrationStatus, string> = {
  PENDING_CONFIRMATION: 'Nog niet bevestigd',
  CONFIRMED: 'Aangemeld',
  WAITLISTED: 'Wachtlijst',
  OFFERED: 'Plek aangeboden',
  CANCELLED: 'Afgemeld',
  EXPIRED: 'Aanbod verlopen',
};

export const registrationStatusTones: Record<RegistrationStatus, StatusTone> = {
  PENDING_CONFIRMATION: 'grey',
  CONFIRMED: 'green',
  WAITLISTED: 'orange',
  OFFERED: 'orange',
  CANCELLED: 'grey',
  EXPIRED: 'grey',
};

/** "nog 3 plekken", "nog 1 plek", "vol — wachtlijst"; null capacity means no limit. */
export function placesLeftLabel(placesLeft: number | null): string {
  if (placesLeft === null) return 'geen maximum';
  if (placesLeft <= 0) return 'vol — wachtlijst';
  return placesLeft === 1 ? 'nog 1 plek' : `nog ${placesLeft} plekken`;
}

export function placesTone(placesLeft: number | null): StatusTone {
  if (placesLeft === null) return 'green';
  if (placesLeft <= 0) return 'red';
  return placesLeft <= 3 ? 'orange' : 'green';
}

export function optionsFrom<K extends string>(labels: Record<K, string>): SelectOption[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
