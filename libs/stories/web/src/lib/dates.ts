/** Dates of the redactie screens, in Europe/Amsterdam. */
const TIME_ZONE = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});

function wallClock(instant: number): { year: number; month: number; day: number; hour: number; minute: number } {
  const p = Object.fromEntries(parts.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
  return { year: p['year'], month: p['month'], day: p['day'], hour: p['hour'], minute: p['minute'] };
}

/** Minutes Amsterdam is ahead of UTC at an instant (60 or 120). */
function offsetMinutes(instant: number): number {
  const w = wallClock(instant);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** A datetime-local value ("2027-03-04T09:30"), read as Amsterdam wall-clock time, as an ISO instant; null when malformed. */
export function amsterdamLocalToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, m, d, h, min] = match.map(Number);
  const asUtc = Date.UTC(y, m - 1, d, h, min);
  let instant = asUtc - offsetMinutes(asUtc) * 60_000;
  // Around a DST change the offset at the guess may differ from the offset at the result.
  instant = asUtc - offsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
}

/** An instant as a datetime-local value in Amsterdam ("2027-03-04T09:30"). */
export function isoToAmsterdamLocal(date: Date): string {
  const w = wallClock(date.getTime());
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** Age in whole years on a day ("YYYY-MM-DD" birth date); null when malformed. */
export function ageOn(birthDate: string, today: Date): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  const w = wallClock(today.getTime());
  return w.year - y - (w.month < m || (w.month === m && w.day < d) ? 1 : 0);
}
