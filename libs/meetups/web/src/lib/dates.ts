/** Dates and times of activities, always in Europe/Amsterdam and nl-NL. */
const TIME_ZONE = 'Europe/Amsterdam';

const dayFormat = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const shortDayFormat = new Intl.DateTimeFormat('nl-NL', { weekday: 'short', day: 'numeric', month: 'short', timeZone: TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});
const weekFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(date: Date): WallClock {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
  };
}

/** "YYYY-MM-DD" of the Amsterdam calendar day of an instant. */
export function amsterdamDate(iso: string): string {
  const { year, month, day } = wallClock(new Date(iso));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "woensdag 4 maart 2026, 13:30–15:30" (or both days in full when it spans days). */
export function formatWhen(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (amsterdamDate(startsAt) === amsterdamDate(endsAt)) {
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
  const [y, m, d] = amsterdamDate(iso).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  return date.toISOString().slice(0, 10);
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

/** The UTC offset of Amsterdam at a wall-clock time, e.g. "+01:00" or "+02:00". */
function amsterdamOffset(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const wall = wallClock(new Date(guess));
  const minutes = Math.round((Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - guess) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** "2026-03-04" + "09:00" (Amsterdam) → "2026-03-04T09:00:00+01:00". */
export function amsterdamIso(date: string, time: string): string {
  return `${date}T${time}:00${amsterdamOffset(date, time)}`;
}
