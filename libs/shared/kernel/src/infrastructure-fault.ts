import { ErrorCode } from '@verbinder/shared/contracts';
import { isDomainError } from './domain-error';

/** Seconds a client should wait before trying again after an infrastructure fault. */
export const RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE_MESSAGE = 'De database is even niet bereikbaar. Probeer het over een paar seconden opnieuw; er is niets opgeslagen.';
export const DATABASE_BUSY_MESSAGE = 'De database is even overbelast. Probeer het over een paar seconden opnieuw; er is niets opgeslagen.';
export const STORAGE_FULL_MESSAGE = 'De opslag van Verbinder is vol. Er is niets opgeslagen; de beheerder is gewaarschuwd. Probeer het later opnieuw.';

/**
 * What a transport answers when a request failed because the infrastructure under it is away or
 * out of room — not because of the request or a bug. Nothing of such a request was committed.
 */
export interface InfrastructureFault {
  code: ErrorCode.SERVICE_UNAVAILABLE | ErrorCode.INSUFFICIENT_STORAGE;
  /** 503 (away, overloaded) or 507 (disk full / quota). */
  httpStatus: 503 | 507;
  retryAfterSeconds: number;
  /** Dutch, fit to show. */
  message: string;
  /** For logs and /readyz. */
  reason: 'unreachable' | 'overloaded' | 'storage-full';
}

// Node socket errors and PostgreSQL SQLSTATEs that mean "the server is not there (now)": class 08
// (connection exception), 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now), 25006
// (read-only transaction: connected to a standby during a failover), and our own PGlite restart.
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '25006',
  'DATABASE_RESTARTING',
]);
// 53200 out_of_memory, 53300 too_many_connections, 53400 configuration_limit_exceeded.
const OVERLOADED_CODES = new Set(['53200', '53300', '53400']);
// 53100 disk_full (PostgreSQL and PGlite), and the file system's own answers.
const STORAGE_FULL_CODES = new Set(['53100', 'ENOSPC', 'EDQUOT', 'EFBIG']);
const UNREACHABLE_MESSAGE = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed/i;

/**
 * The one mapping of infrastructure errors (looking through the `cause` chain drizzle wraps around
 * driver errors) to a retryable answer; null for anything else (a bug, a constraint violation).
 * Used by GraphQL over HTTP and graphql-ws, socket.io acknowledgements, the HTTP routes and /readyz.
 */
export function infrastructureFaultOf(error: unknown): InfrastructureFault | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (STORAGE_FULL_CODES.has(code)) return fault(ErrorCode.INSUFFICIENT_STORAGE, 'storage-full', STORAGE_FULL_MESSAGE);
      if (OVERLOADED_CODES.has(code)) return fault(ErrorCode.SERVICE_UNAVAILABLE, 'overloaded', DATABASE_BUSY_MESSAGE);
      if (UNREACHABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return fault(ErrorCode.SERVICE_UNAVAILABLE, 'unreachable', DATABASE_UNAVAILABLE_MESSAGE);
    }
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && UNREACHABLE_MESSAGE.test(message)) return fault(ErrorCode.SERVICE_UNAVAILABLE, 'unreachable', DATABASE_UNAVAILABLE_MESSAGE);
  }
  return null;
}

function fault(code: InfrastructureFault['code'], reason: InfrastructureFault['reason'], message: string): InfrastructureFault {
  return { code, httpStatus: code === ErrorCode.INSUFFICIENT_STORAGE ? 507 : 503, retryAfterSeconds: RETRY_AFTER_SECONDS, message, reason };
}

/**
 * The stable code to hand a client for any failure (socket.io acknowledgements, handshake errors):
 * a domain error's own code, an infrastructure fault's code, otherwise INTERNAL — never a driver's
 * raw code such as `ECONNREFUSED` or `57P01`.
 */
export function errorCodeOf(error: unknown): ErrorCode {
  if (isDomainError(error)) return error.code;
  return infrastructureFaultOf(error)?.code ?? ErrorCode.INTERNAL;
}
