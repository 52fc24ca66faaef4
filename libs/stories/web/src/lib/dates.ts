/** Dates of the redactie screens, in Europe/Amsterdam (offset maths: @verbinder/shared/time). */
import { amsterdamDate, amsterdamInstant, amsterdamParts } from '@verbinder/shared/time';

/** A datetime-local value ("2027-03-04T09:30"), read as Amsterdam wall-clock time, as an ISO instant; null when malformed. */
export function amsterdamLocalToIso(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  if (!match) return null;
  return amsterdamInstant(match[1], match[2]).toISOString();
}

/** An instant as a datetime-local value in Amsterdam ("2027-03-04T09:30"). */
export function isoToAmsterdamLocal(date: Date): string {
  const { date: day, time } = amsterdamParts(date);
  return `${day}T${time.slice(0, 5)}`;
}

/** Age in whole years on a day ("YYYY-MM-DD" birth date); null when malformed. */
export function ageOn(birthDate: string, today: Date): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  const [year, month, day] = amsterdamDate(today).split('-').map(Number);
  return year - y - (month < m || (month === m && day < d) ? 1 : 0);
}
