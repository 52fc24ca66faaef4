import { addDays, weekdayOf } from '@verbinder/shared/time';
import type { Actie, ActieStatus, AgendaData, CheckIn, Trend } from './actieagenda.types';

/** Higher is worse. A paused actie only counts when everything is paused. */
const SEVERITY: Record<ActieStatus, number> = { GEPAUZEERD: 0, OP_KOERS: 1, RISICO: 2, ACHTER: 3 };

export function worstStatus(statuses: ActieStatus[]): ActieStatus | null {
  if (statuses.length === 0) return null;
  return statuses.reduce((worst, s) => (SEVERITY[s] > SEVERITY[worst] ? s : worst));
}

export const MEETING_WEEKDAY = 3; // Wednesday: the verbinders' weekly meeting

/**
 * When the next check-in is due after one on `date`: with the default weekly cadence, before
 * the next verbinders meeting (the first Wednesday after the date); otherwise `cadenceDays` later.
 */
export function nextDue(date: string, cadenceDays: number): string {
  if (cadenceDays !== 7) return addDays(date, cadenceDays);
  const ahead = (MEETING_WEEKDAY - weekdayOf(date) + 7) % 7 || 7;
  return addDays(date, ahead);
}

export function isOverdue(actie: Actie, today: string): boolean {
  return actie.closure === null && actie.status !== 'GEPAUZEERD' && actie.nextCheckInDue !== null && actie.nextCheckInDue < today;
}

export interface ActieFigures {
  status: ActieStatus;
  progress: number;
  trend: Trend;
  overdue: boolean;
}

export interface LineFigures {
  status: ActieStatus | null;
  progress: number;
  trend: Trend;
}

export interface AgendaFigures {
  agenda: { status: ActieStatus | null; progress: number; overdueCount: number };
  lines: Map<string, LineFigures>;
  acties: Map<string, ActieFigures>;
  latestCheckIn: Map<string, CheckIn>;
  children: Map<string, Actie[]>;
}

const average = (values: number[]) => (values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0);
const trendOf = (delta: number): Trend => (delta > 0 ? 'STIJGEND' : delta < 0 ? 'DALEND' : 'GELIJK');

/**
 * Progress and status roll up: sub-acties → acties (SUB_ACTIES mode) → actielijnen → agenda.
 * - An actie's status is the last reported one; OP_KOERS turns RISICO when the check-in is
 *   overdue by more than a whole cadence; an actie in SUB_ACTIES mode takes the worst of its
 *   own and its open sub-acties' statuses.
 * - Progress: DIRECT acties report it; SUB_ACTIES acties average their sub-acties (stopped ones
 *   excluded). A line averages its top-level acties (stopped ones excluded); the agenda its lines.
 * - Trend compares progress now with progress 28 days ago.
 */
export function computeFigures(data: AgendaData, today: string): AgendaFigures {
  const children = new Map<string, Actie[]>();
  for (const actie of data.acties) {
    if (actie.parentId) children.set(actie.parentId, [...(children.get(actie.parentId) ?? []), actie]);
  }
  const latestCheckIn = new Map(data.latestCheckIns.map((c) => [c.actieId, c]));
  const acties = new Map<string, ActieFigures>();
  const thenOf = new Map<string, number>();

  const figure = (actie: Actie, depth = 0): ActieFigures => {
    const known = acties.get(actie.id);
    if (known) return known;
    const kids = depth < 10 ? (children.get(actie.id) ?? []) : [];
    const overdue = isOverdue(actie, today);
    let status: ActieStatus = actie.status;
    if (status === 'OP_KOERS' && overdue && addDays(actie.nextCheckInDue as string, actie.cadenceDays) < today) status = 'RISICO';
    let progress = actie.progress;
    let then = data.progressThen.get(actie.id) ?? 0;
    if (actie.progressMode === 'SUB_ACTIES' && kids.length) {
      const counted = kids.filter((k) => k.closure !== 'GESTOPT');
      const kidFigures = counted.map((k) => figure(k, depth + 1));
      progress = average(kidFigures.map((f) => f.progress));
      then = average(counted.map((k) => thenOf.get(k.id) ?? 0));
      status = worstStatus([status, ...counted.filter((k) => k.closure === null).map((k) => figure(k, depth + 1).status)]) ?? status;
    }
    if (actie.closure === 'BEHAALD') progress = 100;
    thenOf.set(actie.id, then);
    const result = { status, progress, overdue, trend: trendOf(progress - then) };
    acties.set(actie.id, result);
    return result;
  };
  data.acties.forEach((a) => figure(a));

  const fig = (id: string) => acties.get(id) as ActieFigures;
  const lines = new Map<string, LineFigures>();
  for (const line of data.lines) {
    const top = data.acties.filter((a) => a.actielijnId === line.id && a.parentId === null && a.closure !== 'GESTOPT');
    const open = top.filter((a) => a.closure === null).map((a) => fig(a.id).status);
    const active = open.filter((s) => s !== 'GEPAUZEERD');
    const progress = average(top.map((a) => fig(a.id).progress));
    const then = average(top.map((a) => thenOf.get(a.id) ?? 0));
    lines.set(line.id, { status: worstStatus(active.length ? active : open), progress, trend: trendOf(progress - then) });
  }
  const counted = data.lines.filter((l) => data.acties.some((a) => a.actielijnId === l.id && a.parentId === null));
  const lineOf = (id: string) => lines.get(id) as LineFigures;
  const lineStatuses = counted.map((l) => lineOf(l.id).status).filter((s): s is ActieStatus => s !== null);
  const active = lineStatuses.filter((s) => s !== 'GEPAUZEERD');
  return {
    agenda: {
      progress: average(counted.map((l) => lineOf(l.id).progress)),
      status: worstStatus(active.length ? active : lineStatuses),
      overdueCount: [...acties.values()].filter((f) => f.overdue).length,
    },
    lines,
    acties,
    latestCheckIn,
    children,
  };
}
