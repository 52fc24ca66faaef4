/**
 * Pure date logic for meetups: weekly recurrence with a rotating host school, skipped dates and school holidays. Dates are `YYYY-MM-DD` strings.
 */
import { isCalendarDate } from '@verbinder/shared/kernel';
import { addDays, weekdayOf } from '@verbinder/shared/time';

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

export const isTime = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** Parses an ISO 8601 date-time that carries an offset (`Z` or `±HH:MM`); null otherwise. */
export function parseInstant(value: string | null | undefined): Date | null {
  if (typeof value !== 'string') return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  if (!isCalendarDate(value.slice(0, 10))) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}
