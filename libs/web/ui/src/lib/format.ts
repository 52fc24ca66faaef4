const TIME_ZONE = 'Europe/Amsterdam';

const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });

/** "3 september 2024 om 14:05"-style text for an ISO-8601 timestamp. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}

/**
 * "1 september 2023" for a calendar date "YYYY-MM-DD" (no time-zone shift), or for the day in
 * Amsterdam of an ISO-8601 timestamp ("2026-12-07T03:37:25.129Z": "7 december 2026"), so a
 * timestamp never shows raw.
 */
export function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    // Noon UTC is the same calendar day in Amsterdam all year round.
    return dateFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)));
  }
  const instant = /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
  return instant && !Number.isNaN(instant.getTime()) ? dateFormat.format(instant) : value;
}

/** A file size for people: "820 bytes", "34 kB", "2,5 MB". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024).toLocaleString('nl-NL')} kB`;
  return `${bytes} bytes`;
}

/** A count with the Dutch singular or plural noun: plural(1, 'actie', 'acties') → "1 actie", plural(3, …) → "3 acties". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
