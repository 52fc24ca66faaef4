/** Calendar dates ("YYYY-MM-DD") in Europe/Amsterdam, the time zone of every school in Verbinder. */
const TIME_ZONE = 'Europe/Amsterdam';

const ymdFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
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
  return ymdFormat.format(now);
}

function parseYmd(ymd: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)) : null;
}

function toYmd(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The verbinders meet on Wednesdays: today when it is Wednesday, otherwise the next Wednesday. */
export function meetingWednesday(fromYmd: string = todayYmd()): string {
  const date = parseYmd(fromYmd);
  if (!date) return fromYmd;
  const daysAhead = (3 - date.getUTCDay() + 7) % 7;
  date.setUTCDate(date.getUTCDate() + daysAhead);
  return toYmd(date);
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
  const sameYear = ymdFormat.format(date).slice(0, 4) === ymdFormat.format(now).slice(0, 4);
  return (sameYear ? dayMonthFormat : dayMonthYearFormat).format(date);
}

export function isYmd(value: string): boolean {
  return parseYmd(value) !== null;
}
