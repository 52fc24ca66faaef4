/** Dutch labels for statuses, closures and review outcomes (history lines, e-mails, CSV). */
import { ACTIE_CLOSURE_TEXT_IN_RECORDS, ACTIE_STATUS_LABELS, REVIEW_OUTCOME_TEXT_IN_RECORDS } from '@verbinder/shared/contracts';
import type { ActieClosure, ActieStatus, ReviewOutcome } from '@verbinder/shared/contracts';

export const statusLabel = (s: ActieStatus) => ACTIE_STATUS_LABELS[s];
export const closureLabel = (c: ActieClosure) => ACTIE_CLOSURE_TEXT_IN_RECORDS[c];
export const outcomeLabel = (o: ReviewOutcome) => REVIEW_OUTCOME_TEXT_IN_RECORDS[o];

export function dutchDate(date: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
