/** Calendar dates ("YYYY-MM-DD") in Europe/Amsterdam, the time zone of every school in Verbinder (calendar maths: @verbinder/shared/time). */
import { addDays, amsterdamDate, TIME_ZONE, weekdayOf } from '@verbinder/shared/time';

const dayMonthFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, day: 'numeric', month: 'long' });
const dayMonthYearFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const weekdayFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** Today in Amsterdam as "YYYY-MM-DD". */
export function todayYmd(now: Date = new Date()): string {
  return amsterdamDate(now);
}

function parseYmd(ymd: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)) : null;
}

/** The verbinders meet on Wednesdays: today when it is Wednesday, otherwise the next Wednesday. */
export function meetingWednesday(fromYmd: string = todayYmd()): string {
  const date = parseYmd(fromYmd);
  if (!date) return fromYmd;
  const ymd = date.toISOString().slice(0, 10); // an overflowing day ("2026-02-30") rolls over, as Date.UTC does
  return addDays(ymd, (3 - weekdayOf(ymd) + 7) % 7);
}

/** "woensdag 12 november 2025" for "2025-11-12". */
export function formatWeekdayDate(ymd: string): string {
  const date = parseYmd(ymd);
  return date ? weekdayFormat.format(date) : ymd;
}

/** "12 november" for a timestamp this year, "12 november 2024" otherwise. */
export function formatDayMonth(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameYear = amsterdamDate(date).slice(0, 4) === amsterdamDate(now).slice(0, 4);
  return (sameYear ? dayMonthFormat : dayMonthYearFormat).format(date);
}

export function isYmd(value: string): boolean {
  return parseYmd(value) !== null;
}
