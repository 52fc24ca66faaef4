import type { LoketRequest, ReportRow, SlaState } from './loket.types';

/** One request's figures for the reports: its clock state and first-response time in clock minutes. */
export interface ReportItem {
  request: Pick<LoketRequest, 'type' | 'schoolIds' | 'status' | 'firstResponseAt' | 'closedAt'>;
  sla: Pick<SlaState, 'firstResponseBreached' | 'resolutionBreached'>;
  firstResponseMinutes: number | null;
}

/** The median, rounded to whole minutes; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return Math.round(sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
}

/**
 * Groups requests into report rows: `keysOf` gives the groups a request counts in (a request
 * split over two schools counts for both). Rows are ordered by count, then label.
 */
export function buildReport(items: readonly ReportItem[], keysOf: (item: ReportItem) => string[], labelOf: (key: string) => string): ReportRow[] {
  const groups = new Map<string, ReportItem[]>();
  for (const item of items) {
    for (const key of keysOf(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()]
    .map(([key, group]) => {
      const closed = group.filter((i) => i.request.status === 'AFGEROND').length;
      return {
        key,
        label: labelOf(key),
        count: group.length,
        open: group.length - closed,
        closed,
        medianFirstResponseMinutes: median(group.flatMap((i) => (i.firstResponseMinutes === null ? [] : [i.firstResponseMinutes]))),
        firstResponseMet: group.filter((i) => i.request.firstResponseAt && !i.sla.firstResponseBreached).length,
        firstResponseBreached: group.filter((i) => i.sla.firstResponseBreached).length,
        resolutionMet: group.filter((i) => i.request.closedAt && !i.sla.resolutionBreached).length,
        resolutionBreached: group.filter((i) => i.sla.resolutionBreached).length,
      };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
}
