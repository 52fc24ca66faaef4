/**
 * The values of the meetups forms (activity, series, moving one occurrence), their checks with
 * Dutch messages, and the conversion between the API's instants and the form's Amsterdam date and
 * time. Pure functions, unit-tested in form-values.spec.ts; the API checks everything again.
 */
import { addDays, amsterdamParts, weekdayOf } from '@verbinder/shared/time';
import { formatDay } from './dates';

/** 0 = zondag … 6 = zaterdag, as the API's `weekday`. */
export const WEEKDAY_NAMES = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;

/** The longest series the API accepts, in weeks. */
export const MAX_SERIES_WEEKS = 60;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const CAPACITY_PROBLEM = 'Vul een heel aantal plekken in (1 tot 100.000), of laat het leeg.';

/** '' (no limit) or a whole number from 1 to 100 000. */
const isCapacity = (value: string) => value.trim() === '' || (/^\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= 100_000);

export interface ActivityValues {
  kind: string;
  title: string;
  description: string;
  hostSchoolId: string;
  address: string;
  room: string;
  travelNote: string;
  date: string;
  startTime: string;
  endTime: string;
  audience: string[];
  capacity: string;
}

export const EMPTY_ACTIVITY: ActivityValues = {
  kind: 'WORKSHOP',
  title: '',
  description: '',
  hostSchoolId: '',
  address: '',
  room: '',
  travelNote: '',
  date: '',
  startTime: '09:00',
  endTime: '12:00',
  audience: ['DOCENTEN'],
  capacity: '',
};

/** The Amsterdam date ("YYYY-MM-DD") and time ("HH:MM") of an instant (ISO text), as the date and time inputs take them. */
export function amsterdamInputs(iso: string): { date: string; time: string } {
  const parts = amsterdamParts(new Date(iso));
  return { date: parts.date, time: parts.time.slice(0, 5) };
}

/** What a one-off move form starts with: the occurrence's own date and times. */
export function moveValuesFrom(activity: { startsAt: string; endsAt: string }): MoveValues {
  const start = amsterdamInputs(activity.startsAt);
  return { date: start.date, startTime: start.time, endTime: amsterdamInputs(activity.endsAt).time };
}

/** The form values of an existing activity: its start and end as a date and times in Amsterdam. */
export function activityValuesFrom(activity: {
  kind: string;
  title: string;
  description?: string | null;
  hostSchool?: { id: string } | null;
  address?: string | null;
  room?: string | null;
  travelNote?: string | null;
  startsAt: string;
  endsAt: string;
  audience: readonly string[];
  capacity?: number | null;
}): ActivityValues {
  const start = amsterdamInputs(activity.startsAt);
  const end = amsterdamInputs(activity.endsAt);
  return {
    kind: activity.kind,
    title: activity.title,
    description: activity.description ?? '',
    hostSchoolId: activity.hostSchool?.id ?? '',
    address: activity.address ?? '',
    room: activity.room ?? '',
    travelNote: activity.travelNote ?? '',
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    audience: [...activity.audience],
    capacity: activity.capacity == null ? '' : String(activity.capacity),
  };
}

/** Start and end times: both uu:mm, the end after the start. */
function checkTimes(problems: Record<string, string>, startTime: string, endTime: string) {
  if (!TIME.test(startTime)) problems['startTime'] = 'Vul de begintijd in als uu:mm, bijvoorbeeld 09:30.';
  if (!TIME.test(endTime)) problems['endTime'] = 'Vul de eindtijd in als uu:mm, bijvoorbeeld 11:00.';
  else if (TIME.test(startTime) && endTime <= startTime) problems['endTime'] = 'De eindtijd ligt na de begintijd.';
}

export function validateActivity(values: ActivityValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (values.title.trim() === '') problems['title'] = 'Geef de activiteit een titel.';
  if (values.title.trim().length > 200) problems['title'] = 'De titel is te lang (hoogstens 200 tekens).';
  if (!DATE.test(values.date)) problems['date'] = 'Kies de datum.';
  checkTimes(problems, values.startTime, values.endTime);
  if (!isCapacity(values.capacity)) problems['capacity'] = CAPACITY_PROBLEM;
  return problems;
}

export interface SeriesValues {
  kind: string;
  title: string;
  description: string;
  weekday: string;
  startTime: string;
  endTime: string;
  startDate: string;
  endDate: string;
  /** In rotation order: the first hosts the first meeting. */
  hostSchoolIds: string[];
  audience: string[];
  capacity: string;
}

export const EMPTY_SERIES: SeriesValues = {
  kind: 'ONTBIJT_MEETUP',
  title: '',
  description: '',
  weekday: '3',
  startTime: '08:00',
  endTime: '09:30',
  startDate: '',
  endDate: '',
  hostSchoolIds: [],
  audience: ['DOCENTEN'],
  capacity: '',
};

/** The dates ("YYYY-MM-DD") of every `weekday` from `startDate` to `endDate`, inclusive. */
export function seriesDates(startDate: string, endDate: string, weekday: number): string[] {
  if (!DATE.test(startDate) || !DATE.test(endDate) || endDate < startDate) return [];
  const dates: string[] = [];
  for (let date = addDays(startDate, (weekday - weekdayOf(startDate) + 7) % 7); date <= endDate && dates.length <= MAX_SERIES_WEEKS; date = addDays(date, 7)) {
    dates.push(date);
  }
  return dates;
}

export function validateSeries(values: SeriesValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (values.title.trim() === '') problems['title'] = 'Geef de reeks een titel.';
  if (values.title.trim().length > 200) problems['title'] = 'De titel is te lang (hoogstens 200 tekens).';
  const weekday = Number(values.weekday);
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) problems['weekday'] = 'Kies de dag van de week.';
  checkTimes(problems, values.startTime, values.endTime);
  if (!DATE.test(values.startDate)) problems['startDate'] = 'Kies de eerste datum.';
  if (!DATE.test(values.endDate)) problems['endDate'] = 'Kies de laatste datum.';
  else if (DATE.test(values.startDate)) {
    if (values.endDate < values.startDate) problems['endDate'] = 'De laatste datum ligt na de eerste.';
    else if (values.endDate > addDays(values.startDate, 7 * MAX_SERIES_WEEKS)) problems['endDate'] = `Een reeks loopt hoogstens ${MAX_SERIES_WEEKS} weken.`;
    else if (!problems['weekday'] && seriesDates(values.startDate, values.endDate, weekday).length === 0) {
      problems['endDate'] = `Tussen de eerste en de laatste datum valt geen ${WEEKDAY_NAMES[weekday]}.`;
    }
  }
  if (values.hostSchoolIds.length > 20) problems['hostSchoolIds'] = 'Kies hoogstens 20 scholen.';
  if (!isCapacity(values.capacity)) problems['capacity'] = CAPACITY_PROBLEM;
  return problems;
}

/** "Elke woensdag, 13:30–15:30, van 4 maart 2026 tot en met 27 mei 2026" */
export function seriesSummary(series: { weekday: number; startTime: string; endTime: string; startDate: string; endDate: string }): string {
  return `Elke ${WEEKDAY_NAMES[series.weekday] ?? 'week'}, ${series.startTime}–${series.endTime}, van ${formatDay(series.startDate)} tot en met ${formatDay(series.endDate)}`;
}

export interface MoveValues {
  date: string;
  startTime: string;
  endTime: string;
}

/** Moving one occurrence: a date and times, and not the same as it is now. */
export function validateMove(values: MoveValues, current: MoveValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!DATE.test(values.date)) problems['date'] = 'Kies de nieuwe datum.';
  checkTimes(problems, values.startTime, values.endTime);
  if (Object.keys(problems).length === 0 && values.date === current.date && values.startTime === current.startTime && values.endTime === current.endTime) {
    problems['date'] = 'Kies een andere datum of tijd; zo staat de activiteit nu al gepland.';
  }
  return problems;
}
