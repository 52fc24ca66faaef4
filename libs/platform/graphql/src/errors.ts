import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@verbinder/shared/contracts';
import { assertUnreachable, DomainError, isDomainError } from '@verbinder/shared/kernel';

/** HTTP status that fits each code (for REST routes and the GraphQL-over-HTTP status). */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
    case ErrorCode.INVALID_CREDENTIALS:
      return 401;
    case ErrorCode.FORBIDDEN:
    case ErrorCode.DEMO_DISABLED:
      return 403;
    case ErrorCode.NOT_FOUND:
    case ErrorCode.LINK_INVALID:
      return 404;
    case ErrorCode.LINK_EXPIRED:
    case ErrorCode.LINK_USED:
      return 410;
    case ErrorCode.CONFLICT:
    case ErrorCode.ACTIE_CLOSED:
    case ErrorCode.REGISTRATION_CLOSED:
    case ErrorCode.CONTACT_LIMIT_REACHED:
      return 409;
    case ErrorCode.CSV_INVALID:
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.LEERROUTE_RULE_VIOLATION:
    case ErrorCode.QUERY_TOO_COMPLEX:
    case ErrorCode.BATCH_NOT_SUPPORTED:
      return 400;
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 413;
    case ErrorCode.RATE_LIMITED:
      return 429;
    case ErrorCode.SERVICE_UNAVAILABLE:
      return 503;
    case ErrorCode.INTERNAL:
      return 500;
    default:
      return assertUnreachable(code);
  }
}

// Apollo's own codes for requests that are wrong before they run.
const APOLLO_BAD_REQUEST: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'De vraag aan de server is onleesbaar.',
  GRAPHQL_VALIDATION_FAILED: 'De vraag aan de server klopt niet met het schema.',
  BAD_USER_INPUT: 'De ingevoerde gegevens hebben een verkeerde vorm.',
  BAD_REQUEST: 'Het verzoek aan de server is ongeldig.',
  PERSISTED_QUERY_NOT_FOUND: 'Onbekende opgeslagen vraag.',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Opgeslagen vragen worden niet ondersteund.',
  OPERATION_RESOLUTION_FAILURE: 'Onbekende operatie.',
};

export const DATABASE_UNAVAILABLE_MESSAGE = 'De database is even niet bereikbaar. Probeer het over een paar seconden opnieuw; er is niets opgeslagen.';

// Node socket errors and PostgreSQL SQLSTATEs that mean "the server is not there (now)":
// class 08 (connection exception), 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now).
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03']);

/**
 * Whether an error (or its cause, as drizzle wraps driver errors) says the database cannot be
 * reached — a retryable outage, not a bug. The transaction of such a request did not commit.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message)) return true;
  }
  return false;
}

// GraphQL's "Did you mean …?" hints name fields, arguments, types and enum values of the schema.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** A message without GraphQL's schema hints (production: the schema is not public). */
export const withoutSuggestions = (message: string): string => message.replace(SUGGESTION, '');

/**
 * The one place where errors become GraphQL errors: domain errors keep their code and Dutch
 * message; Apollo's request errors keep theirs; anything else is logged and becomes INTERNAL.
 * With `hideSuggestions` (introspection off) no message names schema parts by "Did you mean".
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (message: string, fields: Record<string, unknown>) => void,
  options: { hideSuggestions?: boolean } = {},
): GraphQLFormattedError {
  const result = formatError(formatted, error, log);
  return options.hideSuggestions ? { ...result, message: withoutSuggestions(result.message) } : result;
}

function formatError(formatted: GraphQLFormattedError, error: unknown, log: (message: string, fields: Record<string, unknown>) => void): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const domain = isDomainError(original) ? original : isDomainError(error) ? error : null;
  if (domain) return toFormatted(formatted, domain);
  if (formatted.extensions?.['verbinderCode'] === ErrorCode.QUERY_TOO_COMPLEX) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  }
  const apolloCode = formatted.extensions?.['code'];
  if (apolloCode === 'BAD_REQUEST' && formatted.message.includes('Cross-Site Request Forgery')) {
    // Apollo's csrfPrevention: a "simple" request (form, text/plain, GET without a preflight header).
    return { message: 'Dit verzoek is geweigerd: het kan van een andere website komen. Gebruik de Verbinder-app zelf.', extensions: { code: ErrorCode.FORBIDDEN } };
  }
  if (apolloCode === 'GRAPHQL_PARSE_FAILED' && /contains more th(?:an|at) \d+ tokens/.test(formatted.message)) {
    return { message: 'Deze vraag is te lang. Vraag minder tegelijk op.', extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  }
  if (typeof apolloCode === 'string' && apolloCode in APOLLO_BAD_REQUEST) {
    const code = apolloCode === 'GRAPHQL_VALIDATION_FAILED' || apolloCode === 'GRAPHQL_PARSE_FAILED' ? apolloCode : ErrorCode.BAD_USER_INPUT;
    // Keep GraphQL's English detail for developers; the Dutch sentence is for people.
    return {
      message: `${APOLLO_BAD_REQUEST[apolloCode]} (${formatted.message})`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  if (isDatabaseUnavailable(original)) {
    log('database unavailable during GraphQL operation', { message: (original as Error).message, path: formatted.path });
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true, retryAfterSeconds: 5 },
    };
  }
  log('unexpected error in GraphQL operation', {
    message: (original as Error | undefined)?.message ?? formatted.message,
    stack: (original as Error | undefined)?.stack,
    path: formatted.path,
  });
  return {
    message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL },
  };
}

function toFormatted(formatted: GraphQLFormattedError, error: DomainError): GraphQLFormattedError {
  const extensions: Record<string, unknown> = { code: error.code };
  if (error.details.fields) extensions['fields'] = error.details.fields;
  if (error.details.rule) extensions['rule'] = error.details.rule;
  if (error.details.field) extensions['field'] = error.details.field;
  if (error.details.retryAfterSeconds) extensions['retryAfterSeconds'] = error.details.retryAfterSeconds;
  if (error.details.rows) extensions['rows'] = error.details.rows;
  if (error.details.missingConsents) extensions['missingConsents'] = error.details.missingConsents;
  return { message: error.message, locations: formatted.locations, path: formatted.path, extensions };
}
