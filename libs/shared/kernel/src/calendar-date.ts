/**
 * The one rule for a calendar date from input ("jjjj-mm-dd"): a real day of a year that the
 * platform can mean and every database accepts. JavaScript's Date.UTC maps years 0–99 to 1900–1999
 * and PostgreSQL knows no year 0, so the year is bounded here instead of failing in the database.
 */
export const CALENDAR_YEAR_MIN = 1900;
export const CALENDAR_YEAR_MAX = 2200;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for "YYYY-MM-DD" naming a real day between CALENDAR_YEAR_MIN and CALENDAR_YEAR_MAX. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [+match[1], +match[2], +match[3]];
  if (year < CALENDAR_YEAR_MIN || year > CALENDAR_YEAR_MAX) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
