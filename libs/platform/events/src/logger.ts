import { AsyncLocalStorage } from 'node:async_hooks';
import type { LoggerService } from '@nestjs/common';
import { redactForLog, redactText } from './redact';

/**
 * The request being served (set by the API's request-id middleware for the rest of the request's
 * async work): every log line written meanwhile carries its `requestId`.
 */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * Structured JSON logs, one object per line on stdout (warn and error on stderr). Every message
 * and field is passed through `redactForLog` first (see redact.ts).
 */
export class JsonLogger implements Logger, LoggerService {
  constructor(
    private readonly level: Level = 'info',
    private readonly base: Record<string, unknown> = {},
  ) {}

  child(fields: Record<string, unknown>): JsonLogger {
    return new JsonLogger(this.level, { ...this.base, ...fields });
  }

  private write(level: Level, message: unknown, fields?: unknown): void {
    if (ORDER[level] < ORDER[this.level]) return;
    // Redacted here, for every caller: no SQL parameters, request bodies or variables in the logs.
    const extra = fields && typeof fields === 'object' ? (redactForLog(fields) as Record<string, unknown>) : fields === undefined ? {} : { detail: redactText(String(fields)) };
    const requestId = requestContext.getStore()?.requestId;
    // Nest passes an exception itself as the message at times.
    const msg = typeof message === 'string' ? redactText(message) : message instanceof Error ? redactText(message.message) : redactForLog(message);
    const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...this.base, ...(requestId ? { requestId } : {}), ...extra });
    (level === 'warn' || level === 'error' ? process.stderr : process.stdout).write(line + '\n');
  }

  debug(message: string, fields?: Record<string, unknown>): void {
    this.write('debug', message, fields);
  }
  info(message: string, fields?: Record<string, unknown>): void {
    this.write('info', message, fields);
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    this.write('warn', message, fields);
  }
  error(message: string, fields?: Record<string, unknown> | string, context?: string): void {
    this.write('error', message, typeof fields === 'string' ? { stack: fields, context } : fields);
  }

  // Nest's LoggerService signature: (message, ...optionalParams) where the last one is the context.
  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', String(message), this.nestFields(rest));
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('debug', String(message), this.nestFields(rest));
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('error', String(message), this.nestFields(rest));
  }

  private nestFields(rest: unknown[]): Record<string, unknown> | undefined {
    if (rest.length === 0) return undefined;
    const context = rest[rest.length - 1];
    return typeof context === 'string' ? { context } : { detail: rest.map(String) };
  }
}
