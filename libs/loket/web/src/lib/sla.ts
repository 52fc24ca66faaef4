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

/**
 * The API decides whether a running target is overdue or at risk (counted in the policy's time:
 * business hours in Europe/Amsterdam without the region's holidays, minus time waiting for the
 * company); this only turns its answer into colour, icon and words, with the next due time.
 */
export function slaIndicator(sla: LoketSla, status: LoketRequestStatus): SlaIndicator {
  if (status === 'AFGEROND') return { state: 'closed', tone: 'grey', label: 'Afgerond', target: null, dueAt: null };
  if (sla.overdue) {
    // A still-running first response that is late comes first; otherwise it is the completion.
    const firstResponse = !!sla.firstResponseDueAt || !sla.resolutionBreached;
    return firstResponse
      ? { state: 'breached', tone: 'red', label: 'Eerste reactie te laat', target: 'first-response', dueAt: sla.firstResponseDueAt }
      : { state: 'breached', tone: 'red', label: 'Afhandeling te laat', target: 'resolution', dueAt: sla.resolutionDueAt };
  }
  if (sla.paused || status === 'WACHT_OP_BEDRIJF') {
    return { state: 'paused', tone: 'grey', label: 'Klok staat stil', target: null, dueAt: null };
  }
  const target = sla.firstResponseDueAt ? 'first-response' : sla.resolutionDueAt ? 'resolution' : null;
  const dueAt = sla.firstResponseDueAt ?? sla.resolutionDueAt;
  if (sla.atRisk) return { state: 'at-risk', tone: 'orange', label: 'Bijna te laat', target, dueAt };
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
