import { REQUEST_STATUS_TEXT_FOR_COMPANY } from '@verbinder/shared/contracts';

/** Dutch names of the request types and statuses, for mails, notifications, pages and the CSV export. */
export { REQUEST_TYPE_TEXT } from '@verbinder/shared/contracts';
export const STATUS_TEXT = REQUEST_STATUS_TEXT_FOR_COMPANY;

export const INTAKE_ANSWER = 'Dank je wel. Je aanvraag is ontvangen; je krijgt een e-mail met een link waarop je de voortgang volgt.';

/** The answer to every sign-in request: it never tells whether the address is known. */
export const SIGN_IN_ANSWER =
  'Als dit e-mailadres bij het bedrijvenloket van deze regio bekend is, krijg je binnen een paar minuten een e-mail met een inloglink. De link werkt één keer en maar korte tijd.';
