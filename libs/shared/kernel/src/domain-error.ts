import { ErrorCode, FieldError } from '@verbinder/shared/contracts';

/**
 * The one error type core services throw. Transports (GraphQL, socket.io, HTTP) translate
 * it in one place each; `message` is Dutch and fit to show a user.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: {
      fields?: FieldError[];
      rule?: string;
      field?: string;
      retryAfterSeconds?: number;
      /** Row-level problems of an import (CSV_INVALID). */
      rows?: Array<{ row: number; column: string; message: string }>;
      /** Consents a story still lacks (CONFLICT from the stories consent gate). */
      missingConsents?: Array<{ storyPersonId: string; name: string; needed: string; message: string }>;
    } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} is niet gevonden.`);
  }

  static forbidden(message = 'Je hebt geen toegang tot deze actie.'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, 'Je bent niet ingelogd.');
  }

  static badInput(fields: FieldError[]): DomainError {
    const message = fields.length === 1 ? fields[0].message : 'Controleer de gemarkeerde velden.';
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, { fields });
  }

  static conflict(message: string, field?: string): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, field ? { field } : {});
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unreachable value: ${String(value)}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot exist, so callers answer NOT_FOUND instead of asking the database. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
