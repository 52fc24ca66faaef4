/**
 * Europe/Amsterdam wall-clock time, the time zone of every school in Verbinder, on date-fns and
 * @date-fns/tz. Calendar dates are `YYYY-MM-DD` strings, wall-clock times `HH:MM`. Pure and
 * browser-safe: the server and the web screens share it.
 */
import { tz, tzOffset, TZDate } from '@date-fns/tz';
import { addDays as addCalendarDays, addMonths as addCalendarMonths, format, getDay } from 'date-fns';

export const TIME_ZONE = 'Europe/Amsterdam';

const inUtc = tz('UTC');
const utcDay = (date: string) => new TZDate(`${date}T00:00:00Z`, 'UTC');

/** `date` plus (or minus) whole days, as pure calendar arithmetic. Throws a RangeError on a malformed date. */
export function addDays(date: string, days: number): string {
  return format(addCalendarDays(utcDay(date), days, { in: inUtc }), 'yyyy-MM-dd');
}

/** `date` plus (or minus) whole months; a day past the target month's end becomes its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  return format(addCalendarMonths(utcDay(date), months, { in: inUtc }), 'yyyy-MM-dd');
}

/** Day of the week of a calendar date: 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: string): number => getDay(utcDay(date));

/** Offset of Europe/Amsterdam from UTC at `instant`, in minutes (+60 in winter, +120 in summer). */
export const amsterdamOffsetMinutes = (instant: Date): number => tzOffset(TIME_ZONE, instant);

/** `instant` as Amsterdam wall-clock time. */
const wallClock = (instant: Date) => new TZDate(instant.getTime(), TIME_ZONE);

/**
 * The instant of a wall-clock time (`HH:MM`) on `date` in Europe/Amsterdam. A time skipped by
 * the spring change (02:00–03:00 on the last Sunday of March) moves one hour on (02:30 → 03:30
 * CEST); a time that occurs twice in autumn is the second one (02:30 CET).
 */
export function amsterdamInstant(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, TIME_ZONE).getTime());
}

/** Wall-clock parts of `instant` in Europe/Amsterdam: `YYYY-MM-DD` and `HH:MM:SS`. */
export function amsterdamParts(instant: Date): { date: string; time: string } {
  const local = wallClock(instant);
  return { date: format(local, 'yyyy-MM-dd'), time: format(local, 'HH:mm:ss') };
}

/** The Amsterdam calendar date ("YYYY-MM-DD") of `instant`. */
export const amsterdamDate = (instant: Date): string => format(wallClock(instant), 'yyyy-MM-dd');

/** The offset of Amsterdam at a wall-clock time as ISO 8601 text, e.g. "+01:00" or "+02:00". */
export function amsterdamOffsetText(date: string, time = '00:00'): string {
  return format(wallClock(amsterdamInstant(date, time)), 'xxx');
}

/** "2026-03-04" + "09:00" (Amsterdam) → "2026-03-04T09:00:00+01:00". */
export function amsterdamIso(date: string, time: string): string {
  return `${date}T${time}:00${amsterdamOffsetText(date, time)}`;
}
