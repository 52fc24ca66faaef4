/** Dates and durations of the loket screens, always in Europe/Amsterdam and nl-NL. */
const TIME_ZONE = 'Europe/Amsterdam';

const shortDateTime = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});

/** "di 3 mrt 14:05" for list rows. */
export function formatShortDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : shortDateTime.format(date);
}

/** "YYYY-MM-DD" of the Amsterdam calendar day of an instant. */
export function amsterdamDate(date: Date): string {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** The UTC offset of Amsterdam at midnight (wall clock) of a "YYYY-MM-DD", e.g. "+01:00" or "+02:00". */
function amsterdamOffset(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d, 0, 0);
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(guess)).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(parts['year'], parts['month'] - 1, parts['day'], parts['hour'], parts['minute']);
  const minutes = Math.round((wall - guess) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Start of an Amsterdam calendar day as ISO 8601 with offset: "2026-03-04" → "2026-03-04T00:00:00+01:00". */
export function amsterdamStartOfDay(ymd: string): string {
  return `${ymd}T00:00:00${amsterdamOffset(ymd)}`;
}

/** "YYYY-MM-DD" plus or minus whole days / months (calendar arithmetic, no time zone). */
export function addDays(ymd: string, days: number): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days, 12)).toISOString().slice(0, 10);
}

export function addMonths(ymd: string, months: number): string {
  const [y, m, d] = ymd.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1, 12));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0, 12)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function isYmd(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`));
}

/** A duration in minutes in words: "45 min", "3 uur 10 min", "2 dagen 4 uur". */
export function formatMinutes(totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 24) return rest ? `${hours} uur ${rest} min` : `${hours} uur`;
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  const dayText = days === 1 ? '1 dag' : `${days} dagen`;
  return restHours ? `${dayText} ${restHours} uur` : dayText;
}

/** How long ago a request came in: "12 min", "5 uur", "3 dagen". */
export function formatAge(createdAt: string, now: Date): string {
  const minutes = (now.getTime() - new Date(createdAt).getTime()) / 60_000;
  if (!Number.isFinite(minutes)) return '';
  if (minutes < 60) return `${Math.max(0, Math.floor(minutes))} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} uur`;
  const days = Math.floor(hours / 24);
  return days === 1 ? '1 dag' : `${days} dagen`;
}

/** Minutes as hours with one decimal, Dutch notation: 90 → "1,5". */
export function minutesAsHours(minutes: number): string {
  return (Math.round((minutes / 60) * 10) / 10).toLocaleString('nl-NL', { maximumFractionDigits: 1, useGrouping: false });
}

/** "8", "1,5" or "0.5" hours → minutes; NaN when it is not a number of hours. */
export function hoursToMinutes(value: string): number {
  const trimmed = value.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return Number.NaN;
  return Math.round(Number(trimmed) * 60);
}
