import { ApolloError } from '@apollo/client';
import { ErrorCode } from '@verbinder/shared/contracts';

/** The parts of a GraphQL error the web app reads (see the contract header in schema.graphql). */
interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** GraphQL errors from the response body, also when the server answered with a non-2xx status. */
function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  if (!(error instanceof ApolloError)) return [];
  if (error.graphQLErrors.length > 0) return [...error.graphQLErrors];
  const network = error.networkError as { result?: unknown } | null;
  const result = network?.result;
  if (result && typeof result === 'object' && Array.isArray((result as { errors?: unknown }).errors)) {
    return (result as { errors: GraphQLErrorLike[] }).errors;
  }
  return [];
}

function firstError(error: unknown): GraphQLErrorLike | undefined {
  return graphQLErrorsOf(error)[0];
}

/** The contract's error code, or undefined for network failures and unknown codes. */
export function errorCode(error: unknown): ErrorCode | undefined {
  const code = firstError(error)?.extensions?.['code'];
  return typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ErrorCode) : undefined;
}

/** `extensions.code` of the first GraphQL error as sent, also for codes the shared ErrorCode enum does not know. */
export function rawErrorCode(error: unknown): string | undefined {
  const code = firstError(error)?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** The message of the first GraphQL error, trimmed (undefined without one). */
export function serverMessage(error: unknown): string | undefined {
  return firstError(error)?.message?.trim();
}

/** One row of a CSV_INVALID answer: which row and column of the file, and what is wrong. */
export interface CsvRowError {
  row: number;
  column: string;
  message: string;
}

/** `extensions.rows` of a CSV_INVALID error (empty for other errors). */
export function csvRowErrors(error: unknown): CsvRowError[] {
  if (rawErrorCode(error) !== ErrorCode.CSV_INVALID) return [];
  const rows = firstError(error)?.extensions?.['rows'];
  if (!Array.isArray(rows)) return [];
  return rows
    .filter((row): row is Record<string, unknown> => row !== null && typeof row === 'object')
    .map((row) => ({
      row: typeof row['row'] === 'number' ? row['row'] : Number(row['row']) || 0,
      column: typeof row['column'] === 'string' ? row['column'] : '',
      message: typeof row['message'] === 'string' ? row['message'] : '',
    }));
}

export function isNetworkError(error: unknown): boolean {
  return error instanceof ApolloError && error.networkError !== null && graphQLErrorsOf(error).length === 0;
}

/** A Dutch sentence that tells the person what happened and what to do. */
export function errorMessage(error: unknown): string {
  if (!error) return '';
  if (isNetworkError(error)) {
    return 'Er is geen verbinding met Verbinder. Controleer je internetverbinding en probeer het opnieuw.';
  }
  const first = firstError(error);
  const serverMessage = first?.message?.trim();
  const code = errorCode(error);
  if (code === undefined) {
    return 'Er ging iets mis. Probeer het opnieuw; lukt het dan nog niet, neem contact op met de beheerder.';
  }
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return 'Je bent niet (meer) ingelogd. Log opnieuw in om verder te gaan.';
    case ErrorCode.FORBIDDEN:
      return serverMessage || 'Je hebt geen toestemming om dit te doen.';
    case ErrorCode.NOT_FOUND:
      return serverMessage || 'We kunnen dit niet vinden. Misschien is het verwijderd.';
    case ErrorCode.BAD_USER_INPUT:
      return serverMessage || 'Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.';
    case ErrorCode.CONFLICT:
      return serverMessage || 'Dit bestaat al of is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.';
    case ErrorCode.LEERROUTE_RULE_VIOLATION:
      return serverMessage || 'Deze leerroute past niet binnen de regels van de Wet doorlopende leerroutes.';
    case ErrorCode.INVALID_CREDENTIALS:
      return 'Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.';
    case ErrorCode.RATE_LIMITED:
      return 'Te veel pogingen in korte tijd. Wacht een paar minuten en probeer het dan opnieuw.';
    case ErrorCode.DEMO_DISABLED:
      return 'Inloggen als demopersoon staat uit op deze omgeving.';
    case ErrorCode.QUERY_TOO_COMPLEX:
      return 'Deze vraag aan de server is te groot. Laad de pagina opnieuw.';
    case ErrorCode.ACTIE_CLOSED:
      return serverMessage || 'Deze actie is afgesloten. Heropen haar eerst als er nog iets moet gebeuren.';
    case ErrorCode.CSV_INVALID:
      return serverMessage || 'Het CSV-bestand bevat fouten; er is niets ingelezen. Zie de meldingen per rij.';
    case ErrorCode.REGISTRATION_CLOSED:
      return serverMessage || 'Aanmelden voor deze activiteit kan nu niet.';
    case ErrorCode.LINK_INVALID:
      return serverMessage || 'Deze link is ongeldig. Gebruik de hele link uit de e-mail.';
    case ErrorCode.CONTACT_LIMIT_REACHED:
      return serverMessage || 'Dit bedrijf is deze maand al zo vaak benaderd als de regio toestaat. Stem af via het bedrijvenloket.';
    case ErrorCode.LINK_USED:
      return serverMessage || 'Deze link is al gebruikt.';
    case ErrorCode.LINK_EXPIRED:
      return serverMessage || 'Deze link is verlopen.';
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 'Dit is te veel in één keer. Maak de tekst of het bestand kleiner en probeer het opnieuw.';
    case ErrorCode.BATCH_NOT_SUPPORTED:
      return 'Deze vraag aan de server wordt niet ondersteund. Laad de pagina opnieuw.';
    case ErrorCode.SERVICE_UNAVAILABLE:
      return 'Verbinder is even niet bereikbaar. Probeer het over een paar seconden opnieuw; er is niets verloren gegaan.';
    case ErrorCode.INSUFFICIENT_STORAGE:
      return 'De opslag van Verbinder is vol; er is niets opgeslagen. Probeer het later opnieuw of meld het bij de beheerder.';
    case ErrorCode.INTERNAL:
      return 'Er ging aan onze kant iets mis. Probeer het later opnieuw.';
    default: {
      const unhandled: never = code;
      return String(unhandled);
    }
  }
}

function normaliseField(field: string): string {
  return field.replace(/^input\./, '');
}

/**
 * Messages per input field: BAD_USER_INPUT `extensions.fields` and the field of a
 * LEERROUTE_RULE_VIOLATION (`extensions.field`). Keys are input field names such as
 * "name" or "locations.0.city" (a leading "input." is dropped).
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const gqlError of graphQLErrorsOf(error)) {
    const extensions = gqlError.extensions ?? {};
    const fields = extensions['fields'];
    if (Array.isArray(fields)) {
      for (const entry of fields) {
        if (entry && typeof entry.field === 'string' && typeof entry.message === 'string') {
          result[normaliseField(entry.field)] ??= entry.message;
        }
      }
    }
    if (extensions['code'] === ErrorCode.LEERROUTE_RULE_VIOLATION && typeof extensions['field'] === 'string') {
      result[normaliseField(extensions['field'])] ??= gqlError.message;
    }
  }
  return result;
}
