import { RequestStatus, RequestType } from './loket.types';

/** Dutch names of the request types and statuses, for mails, notifications, pages and the CSV export. */
export const REQUEST_TYPE_TEXT: Record<RequestType, string> = {
  STAGEPLAATSEN: 'Stageplaatsen',
  BPV_LEERBEDRIJF: 'BPV / leerbedrijf',
  GASTLES: 'Gastles',
  BEDRIJFSOPDRACHT: 'Bedrijfsopdracht',
  MEETUP: 'Meet-up',
  EXCURSIE: 'Excursie',
  CHALLENGE_PARTNER: 'Challenge-partner',
  OPEN_DAG: 'Open dag',
  WERKGROEP: 'Werkgroep',
};

export const STATUS_TEXT: Record<RequestStatus, string> = {
  NIEUW: 'Ontvangen',
  IN_BEHANDELING: 'In behandeling',
  WACHT_OP_BEDRIJF: 'Wacht op jouw reactie',
  AFGEROND: 'Afgerond',
};

export const INTAKE_ANSWER = 'Dank je wel. Je aanvraag is ontvangen; je krijgt een e-mail met een link waarop je de voortgang volgt.';

/** The answer to every sign-in request: it never tells whether the address is known. */
export const SIGN_IN_ANSWER =
  'Als dit e-mailadres bij het bedrijvenloket van deze regio bekend is, krijg je binnen een paar minuten een e-mail met een inloglink. De link werkt één keer en maar korte tijd.';
