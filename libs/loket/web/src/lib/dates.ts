/** Dates and durations of the loket screens, always in Europe/Amsterdam and nl-NL (calendar and offset maths: @verbinder/shared/time). */
import { TIME_ZONE } from '@verbinder/shared/time';

const shortDateTime = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});

/** "di 3 mrt 14:05" for list rows. */
export function formatShortDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : shortDateTime.format(date);
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
