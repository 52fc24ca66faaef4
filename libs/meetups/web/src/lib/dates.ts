/** Dates and times of activities, always in Europe/Amsterdam and nl-NL (calendar and offset maths: @verbinder/shared/time). */
import { addDays, amsterdamDate, TIME_ZONE, weekdayOf } from '@verbinder/shared/time';

const dayFormat = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const shortDayFormat = new Intl.DateTimeFormat('nl-NL', { weekday: 'short', day: 'numeric', month: 'short', timeZone: TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
const weekFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "4 maart 2026" for a calendar date "YYYY-MM-DD" (noon UTC is that day everywhere in Europe). */
export function formatDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return weekFormat.format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** "woensdag 4 maart 2026" for a calendar date "YYYY-MM-DD". */
export function formatLongDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return dayFormat.format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** "YYYY-MM-DD" of the Amsterdam calendar day of an instant (ISO text). */
const dayOf = (iso: string): string => amsterdamDate(new Date(iso));

/** "woensdag 4 maart 2026, 13:30–15:30" (or both days in full when it spans days). */
export function formatWhen(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (dayOf(startsAt) === dayOf(endsAt)) {
    return `${dayFormat.format(start)}, ${timeFormat.format(start)}–${timeFormat.format(end)}`;
  }
  return `${dayFormat.format(start)} ${timeFormat.format(start)} tot ${dayFormat.format(end)} ${timeFormat.format(end)}`;
}

/** "wo 4 mrt · 13:30–15:30" for list rows. */
export function formatShortWhen(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  return `${shortDayFormat.format(start)} · ${timeFormat.format(start)}–${timeFormat.format(new Date(endsAt))}`;
}

/** The Monday ("YYYY-MM-DD") of the Amsterdam week an instant falls in. */
export function weekStart(iso: string): string {
  const day = dayOf(iso);
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** ISO week number of a Monday "YYYY-MM-DD". */
function isoWeek(monday: string): number {
  const [y, m, d] = monday.split('-').map(Number);
  const thursday = new Date(Date.UTC(y, m - 1, d + 3));
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return 1 + Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000));
}

/** "Week 10 · vanaf maandag 2 maart 2026" for a Monday "YYYY-MM-DD". */
export function weekLabel(monday: string): string {
  const [y, m, d] = monday.split('-').map(Number);
  return `Week ${isoWeek(monday)} · vanaf maandag ${weekFormat.format(new Date(Date.UTC(y, m - 1, d, 12)))}`;
}
