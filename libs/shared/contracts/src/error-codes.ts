/**
 * Stable error codes shared by the API (GraphQL `extensions.code`, socket `error` events)
 * and the web app. Adding a code is a contract change: map it in the API's error filter
 * and give it a Dutch message in the web app.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  LEERROUTE_RULE_VIOLATION = 'LEERROUTE_RULE_VIOLATION',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  RATE_LIMITED = 'RATE_LIMITED',
  DEMO_DISABLED = 'DEMO_DISABLED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  ACTIE_CLOSED = 'ACTIE_CLOSED',
  CSV_INVALID = 'CSV_INVALID',
  /** Registration for an activity is not open (not yet, closed, or the activity has begun). */
  REGISTRATION_CLOSED = 'REGISTRATION_CLOSED',
  /** A confirmation or claim link that does not exist. */
  LINK_INVALID = 'LINK_INVALID',
  /** A confirmation or claim link that was already used. */
  LINK_USED = 'LINK_USED',
  /** A confirmation or claim link past its time limit. */
  LINK_EXPIRED = 'LINK_EXPIRED',
  /** A company was approached as often this month as the region allows (business loket). */
  CONTACT_LIMIT_REACHED = 'CONTACT_LIMIT_REACHED',
  /** The request body is larger than the server accepts (HTTP 413). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** A JSON array of GraphQL operations in one request: not accepted. */
  BATCH_NOT_SUPPORTED = 'BATCH_NOT_SUPPORTED',
  /** The database cannot be reached right now (restart, failover): retry in a few seconds (HTTP 503). */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** The server's storage (database or file store) is full or over its quota: nothing was stored; retry later (HTTP 507). */
  INSUFFICIENT_STORAGE = 'INSUFFICIENT_STORAGE',
  INTERNAL = 'INTERNAL',
}

export interface FieldError {
  field: string;
  message: string;
}
