import { ErrorCode } from '@verbinder/shared/contracts';
import { DomainError, type InputCheck } from '@verbinder/shared/kernel';
import type { Activity, PlaceCounts } from './meetups.types';
import { parseInstant } from './recurrence';

/** An optional date-time field with a zone; a value that is not one is reported on `check`. */
export function instant(check: InputCheck, field: string, value: string | null | undefined, label: string): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const parsed = parseInstant(value);
  if (!parsed) check.fail(field, `${label} moet een datum en tijd met tijdzone zijn (bijvoorbeeld 2026-03-04T09:00:00+01:00).`);
  return parsed;
}

export function placesLeft(activity: Pick<Activity, 'capacity'>, counts: PlaceCounts): number | null {
  return activity.capacity === null ? null : Math.max(0, activity.capacity - counts.confirmed - counts.offered);
}

/** Why registration is not possible at `now`, or null when it is. */
export function registrationProblem(activity: Activity, now: Date): string | null {
  if (activity.startsAt <= now) return 'Deze activiteit is al begonnen; aanmelden kan niet meer.';
  if (activity.registrationOpensAt && now < activity.registrationOpensAt) return 'De aanmelding voor deze activiteit is nog niet open.';
  if (activity.registrationClosesAt && now > activity.registrationClosesAt) return 'De aanmelding voor deze activiteit is gesloten.';
  return null;
}

export function assertRegistrationOpen(activity: Activity, now: Date): void {
  const problem = registrationProblem(activity, now);
  if (problem) throw new DomainError(ErrorCode.REGISTRATION_CLOSED, problem);
}
