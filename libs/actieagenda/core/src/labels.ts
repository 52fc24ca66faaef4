/** Dutch labels for statuses, closures and review outcomes (history lines, e-mails, CSV). */
const STATUS_LABELS = { OP_KOERS: 'Op koers', RISICO: 'Risico', ACHTER: 'Achter', GEPAUZEERD: 'Gepauzeerd' } as const;
const CLOSURE_LABELS = { BEHAALD: 'Behaald', DEELS: 'Deels behaald', GEMIST: 'Gemist', GESTOPT: 'Gestopt' } as const;
const OUTCOME_LABELS = { RELEVANT_EN_HAALBAAR: 'Relevant en haalbaar', BIJSTELLEN: 'Bijstellen', STOPPEN: 'Stoppen' } as const;

export const statusLabel = (s: keyof typeof STATUS_LABELS) => STATUS_LABELS[s];
export const closureLabel = (c: keyof typeof CLOSURE_LABELS) => CLOSURE_LABELS[c];
export const outcomeLabel = (o: keyof typeof OUTCOME_LABELS) => OUTCOME_LABELS[o];

export function dutchDate(date: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
