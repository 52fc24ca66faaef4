import { addDays, amsterdamInstant, amsterdamParts, weekdayOf } from './amsterdam-time';

/**
 * Pure business-time arithmetic (the loket's SLA clock): working hours are 08:30–17:00
 * Europe/Amsterdam, Monday to Friday, except the region's holidays (inclusive date ranges).
 */
export const BUSINESS_START = '08:30';
export const BUSINESS_END = '17:00';
const MAX_DAYS = 3660;

export interface HolidayRange {
  startDate: string;
  endDate: string;
}

/** Port: a region's school holidays. The meetups domain keeps them; the loket's SLA clock reads them. */
export const REGION_HOLIDAYS = Symbol('REGION_HOLIDAYS');

export interface RegionHolidays {
  /** The region's holidays; refuses a malformed region id as not found. */
  forRegion(regionId: string): Promise<HolidayRange[]>;
}

export function isBusinessDay(date: string, holidays: readonly HolidayRange[]): boolean {
  const weekday = weekdayOf(date);
  return weekday >= 1 && weekday <= 5 && !holidays.some((h) => date >= h.startDate && date <= h.endDate);
}

/** Business milliseconds in [start, end) (0 when end is not after start). */
export function businessMsBetween(start: Date, end: Date, holidays: readonly HolidayRange[]): number {
  if (end <= start) return 0;
  let total = 0;
  let date = amsterdamParts(start).date;
  const last = amsterdamParts(end).date;
  for (let i = 0; i < MAX_DAYS && date <= last; i++, date = addDays(date, 1)) {
    if (!isBusinessDay(date, holidays)) continue;
    const open = Math.max(amsterdamInstant(date, BUSINESS_START).getTime(), start.getTime());
    const close = Math.min(amsterdamInstant(date, BUSINESS_END).getTime(), end.getTime());
    if (close > open) total += close - open;
  }
  return total;
}

/** The instant at which `ms` business milliseconds have passed since `start`. */
export function addBusinessMs(start: Date, ms: number, holidays: readonly HolidayRange[]): Date {
  let left = Math.max(0, ms);
  let date = amsterdamParts(start).date;
  for (let i = 0; i < MAX_DAYS; i++, date = addDays(date, 1)) {
    if (!isBusinessDay(date, holidays)) continue;
    const open = Math.max(amsterdamInstant(date, BUSINESS_START).getTime(), start.getTime());
    const close = amsterdamInstant(date, BUSINESS_END).getTime();
    if (close <= open) continue;
    if (left <= close - open) return new Date(open + left);
    left -= close - open;
  }
  throw new Error('business time out of range');
}

/** Milliseconds counted by a clock: business time, or wall time for a 24/7 policy. */
export function elapsedMs(start: Date, end: Date, holidays: readonly HolidayRange[], businessHours: boolean): number {
  return businessHours ? businessMsBetween(start, end, holidays) : Math.max(0, end.getTime() - start.getTime());
}
