/**
 * Pure date logic for meetups: Europe/Amsterdam wall-clock times, weekly recurrence with a
 * rotating host school, skipped dates and school holidays. Dates are `YYYY-MM-DD` strings.
 */
import { isCalendarDate } from '@verbinder/shared/kernel';

export const TIME_ZONE = 'Europe/Amsterdam';

export interface Occurrence {
  date: string;
  /** Null when the rotation is empty. */
  hostSchoolId: string | null;
  /** Index in the series (0-based, skipped dates not counted). */
  index: number;
}

export interface DateRange {
  startDate: string;
  endDate: string;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

const inRanges = (date: string, ranges: readonly DateRange[]) => ranges.some((r) => date >= r.startDate && date <= r.endDate);

/**
 * Every `weekday` from `startDate` to `endDate` (inclusive), except skip dates and dates inside
 * a holiday. The host rotates over `hostSchoolIds` per held meeting: a skipped week does not use
 * up a school's turn.
 */
export function weeklyOccurrences(opts: {
  startDate: string;
  endDate: string;
  weekday: number;
  hostSchoolIds: readonly string[];
  skipDates?: readonly string[];
  holidays?: readonly DateRange[];
}): Occurrence[] {
  const skip = new Set(opts.skipDates ?? []);
  const first = addDays(opts.startDate, (opts.weekday - weekdayOf(opts.startDate) + 7) % 7);
  const result: Occurrence[] = [];
  for (let date = first; date <= opts.endDate; date = addDays(date, 7)) {
    if (skip.has(date) || inRanges(date, opts.holidays ?? [])) continue;
    const index = result.length;
    result.push({ date, index, hostSchoolId: opts.hostSchoolIds.length ? opts.hostSchoolIds[index % opts.hostSchoolIds.length] : null });
  }
  return result;
}

/** Offset of Europe/Amsterdam from UTC at `instant`, in minutes (+60 in winter, +120 in summer). */
export function amsterdamOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The instant of a wall-clock time (`HH:MM`) on `date` in Europe/Amsterdam. */
export function amsterdamInstant(date: string, time: string): Date {
  const naive = new Date(`${date}T${time}:00Z`);
  // Two passes settle the offset also right after a DST change.
  let instant = new Date(naive.getTime() - amsterdamOffsetMinutes(naive) * 60000);
  instant = new Date(naive.getTime() - amsterdamOffsetMinutes(instant) * 60000);
  return instant;
}

/** Wall-clock parts of `instant` in Europe/Amsterdam: `YYYY-MM-DD` and `HH:MM:SS`. */
export function amsterdamParts(instant: Date): { date: string; time: string } {
  const local = new Date(instant.getTime() + amsterdamOffsetMinutes(instant) * 60000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 19) };
}

export const isTime = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** Parses an ISO 8601 date-time that carries an offset (`Z` or `±HH:MM`); null otherwise. */
export function parseInstant(value: string | null | undefined): Date | null {
  if (typeof value !== 'string') return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  if (!isCalendarDate(value.slice(0, 10))) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}
