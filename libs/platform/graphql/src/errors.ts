import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ErrorCode } from '@verbinder/shared/contracts';
import { assertUnreachable, DomainError, infrastructureFaultOf, isDomainError, RETRY_AFTER_SECONDS } from '@verbinder/shared/kernel';
import type { GqlContext } from './gql-context';

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
    case ErrorCode.INSUFFICIENT_STORAGE:
      return 507;
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

export { DATABASE_UNAVAILABLE_MESSAGE } from '@verbinder/shared/kernel';

/**
 * Whether an error (or its cause, as drizzle wraps driver errors) is an infrastructure fault — the
 * database away, overloaded or out of room — a retryable outage, not a bug. The transaction of such
 * a request did not commit. See `infrastructureFaultOf` (the one mapping) for the details.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return infrastructureFaultOf(error) !== null;
}

const FAULT_CODES = new Set<unknown>([ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.INSUFFICIENT_STORAGE]);

/**
 * The error to throw when building a GraphQL context failed (the session lookup needs the
 * database): an infrastructure fault becomes a GraphQLError that Apollo answers with HTTP 503/507
 * and `Retry-After` (formatGraphqlError gives it its code and Dutch message); anything else is
 * returned unchanged.
 */
export function contextFailure(error: unknown): unknown {
  const fault = infrastructureFaultOf(error);
  if (!fault) return error;
  return new GraphQLError(fault.message, {
    originalError: error instanceof Error ? error : undefined,
    extensions: {
      http: {
        status: fault.httpStatus,
        headers: new HeaderMap([
          ['retry-after', String(fault.retryAfterSeconds)],
          ['cache-control', 'no-store'],
        ]),
      },
    },
  });
}

/**
 * Apollo plugin: GraphQL over HTTP answers an operation that failed on an infrastructure fault
 * (SERVICE_UNAVAILABLE, INSUFFICIENT_STORAGE) with HTTP 503/507, `Retry-After` and no caching, so
 * proxies, load balancers and clients see a retryable failure rather than a 200 or a 500.
 */
export function infrastructureStatusPlugin(): ApolloServerPlugin<GqlContext> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ response }) => {
        if (response.body.kind !== 'single') return;
        const failed = response.body.singleResult.errors?.find((e) => FAULT_CODES.has(e.extensions?.['code']));
        if (!failed) return;
        const code = failed.extensions?.['code'] as ErrorCode;
        const retryAfter = Number(failed.extensions?.['retryAfterSeconds']) || RETRY_AFTER_SECONDS;
        response.http.status = httpStatusOf(code);
        response.http.headers.set('retry-after', String(retryAfter));
        response.http.headers.set('cache-control', 'no-store');
      },
    }),
  };
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
  const fault = infrastructureFaultOf(original);
  if (fault) {
    log('database unavailable during GraphQL operation', { message: (original as Error).message, reason: fault.reason, path: formatted.path });
    return {
      message: fault.message,
      path: formatted.path,
      extensions: { code: fault.code, retryable: true, retryAfterSeconds: fault.retryAfterSeconds },
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
