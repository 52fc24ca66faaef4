/** The SLA indicator of a request: on time, at risk, breached, paused or closed (pure, no React). */
import type { StatusTone } from '@verbinder/web/ui';
import type { LoketRequestStatus, LoketSla } from './operations';

export type SlaState = 'on-time' | 'at-risk' | 'breached' | 'paused' | 'closed';

export interface SlaIndicator {
  state: SlaState;
  tone: StatusTone;
  /** The state in words, e.g. "Op tijd". */
  label: string;
  /** Which target the due time belongs to. */
  target: 'first-response' | 'resolution' | null;
  /** The due time of that target (ISO), when there is one. */
  dueAt: string | null;
}

const DEFAULT_WARN_MINUTES = 60;

/**
 * The breached flags come from the API (counted in business time). "At risk" is judged here from
 * the next due time and the region's warning lead in wall-clock minutes; the API's `sla: AT_RISK`
 * filter is the precise one (e.g. across a weekend).
 */
export function slaIndicator(
  sla: LoketSla,
  status: LoketRequestStatus,
  now: Date,
  warnBeforeMinutes: number = DEFAULT_WARN_MINUTES,
): SlaIndicator {
  if (status === 'AFGEROND') return { state: 'closed', tone: 'grey', label: 'Afgerond', target: null, dueAt: null };
  if (sla.firstResponseBreached) {
    return { state: 'breached', tone: 'red', label: 'Eerste reactie te laat', target: 'first-response', dueAt: sla.firstResponseDueAt };
  }
  if (sla.resolutionBreached) {
    return { state: 'breached', tone: 'red', label: 'Afhandeling te laat', target: 'resolution', dueAt: sla.resolutionDueAt };
  }
  if (sla.paused || status === 'WACHT_OP_BEDRIJF') {
    return { state: 'paused', tone: 'grey', label: 'Klok staat stil', target: null, dueAt: null };
  }
  const target = sla.firstResponseDueAt ? 'first-response' : sla.resolutionDueAt ? 'resolution' : null;
  const dueAt = sla.firstResponseDueAt ?? sla.resolutionDueAt;
  if (dueAt) {
    const left = (new Date(dueAt).getTime() - now.getTime()) / 60_000;
    if (left <= 0) {
      // Past due by the clock but not yet marked breached by the API (next sweep): show it as breached.
      return { state: 'breached', tone: 'red', label: target === 'first-response' ? 'Eerste reactie te laat' : 'Afhandeling te laat', target, dueAt };
    }
    if (left <= warnBeforeMinutes) return { state: 'at-risk', tone: 'orange', label: 'Bijna te laat', target, dueAt };
  }
  return { state: 'on-time', tone: 'green', label: 'Op tijd', target, dueAt };
}

/** "(eerste reactie) uiterlijk" — what the due time is for. */
export function slaTargetLabel(target: SlaIndicator['target']): string {
  if (target === 'first-response') return 'eerste reactie uiterlijk';
  if (target === 'resolution') return 'afhandeling uiterlijk';
  return '';
}

/** Percentage of met out of met + breached, or null when nothing was measured. */
export function percentage(met: number, breached: number): number | null {
  const total = met + breached;
  return total === 0 ? null : Math.round((met / total) * 100);
}
