/** Dutch labels for everything the actieagenda screens show; the shared ones live in @verbinder/shared/contracts. */
import { ACTIE_CLOSURE_LABELS_ON_SCREEN, ACTIE_STATUS_LABELS, MEMBERSHIP_LAYER_LABELS, REVIEW_OUTCOME_LABELS_ON_SCREEN } from '@verbinder/shared/contracts';
import type { SelectOption } from '@verbinder/web/ui';
import type { ActieClosure, ActieStatus, HistoryKind, MembershipLayer, ProgressMode, ReviewOutcome, Trend } from './graphql/types';

export const statusLabels: Record<ActieStatus, string> = ACTIE_STATUS_LABELS;

/** For a line or agenda without open acties (status null). */
export const noStatusLabel = 'Geen open acties';

/** Screen wording ("Niet behaald"); history lines and e-mails use ACTIE_CLOSURE_TEXT_IN_RECORDS. */
export const closureLabels: Record<ActieClosure, string> = ACTIE_CLOSURE_LABELS_ON_SCREEN;

export const reviewOutcomeLabels: Record<ReviewOutcome, string> = REVIEW_OUTCOME_LABELS_ON_SCREEN;

export const trendLabels: Record<Trend, string> = {
  STIJGEND: 'stijgend',
  GELIJK: 'gelijk',
  DALEND: 'dalend',
};

export const trendArrows: Record<Trend, string> = {
  STIJGEND: '↑',
  GELIJK: '→',
  DALEND: '↓',
};

export const progressModeLabels: Record<ProgressMode, string> = {
  DIRECT: 'Via check-ins',
  SUB_ACTIES: 'Gemiddelde van de sub-acties',
};

export const historyKindLabels: Record<HistoryKind, string> = {
  CHECK_IN: 'Check-in',
  BIJSTELLING: 'Bijstelling',
  REVIEW_REQUESTED: 'Review gevraagd',
  REVIEW_DECIDED: 'Review besloten',
  DECISION: 'Besluit',
  CLOSED: 'Afgesloten',
  CREATED: 'Aangemaakt',
};

export function historyKindLabel(kind: string): string {
  return (historyKindLabels as Record<string, string>)[kind] ?? kind;
}

/** ActieagendaChange.kind, for the live "laatste wijziging" line. */
export const changeKindLabels: Record<string, string> = {
  'actie.created': 'Actie toegevoegd',
  'actie.updated': 'Actie gewijzigd',
  'actie.closed': 'Actie afgesloten',
  'checkin.added': 'Check-in toegevoegd',
  'bijstelling.added': 'Bijstelling vastgelegd',
  'review.requested': 'Review gevraagd',
  'review.decided': 'Review besloten',
  'decision.recorded': 'Besluit vastgelegd',
  'import.done': 'CSV geïmporteerd',
};

export const layerLabels: Record<MembershipLayer, string> = MEMBERSHIP_LAYER_LABELS;

export const layerExplanations: Record<MembershipLayer, string> = {
  BESTUURLIJK: 'bestuurders en directies',
  MANAGEMENT: 'school-, team- en projectleiders',
  PROFESSIONEEL: 'docenten, decanen en andere professionals',
};

/** Options for a <Select> in the order the labels are declared. */
export function optionsFrom<K extends string>(labels: Record<K, string>): SelectOption[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
