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
/** `json`: one JSON object per line (production, log shippers); `pretty`: one readable line (a person at a terminal). */
export type LogFormat = 'json' | 'pretty';

/**
 * Nest's own start-up chatter (one line per module, route and socket message): debug in the pretty
 * format, so that at `info` a person sees what Verbinder itself says. (JSON keeps them at info: the
 * route table in the log is what the authorization and hostile-request suites discover routes from.)
 */
const NEST_BOOT_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'WebSocketsController', 'NestFactory', 'NestApplication', 'GraphQLModule']);

const COLOURS: Record<Level, string> = { debug: '\x1b[90m', info: '\x1b[36m', warn: '\x1b[33m', error: '\x1b[31m' };

/** `12:03:04 INFO  verbinder is listening  url=http://… demoMode=true` (fields the reader needs, in order). */
export function prettyLine(level: Level, msg: unknown, fields: Record<string, unknown>, colour: boolean): string {
  const time = new Date().toLocaleTimeString('nl-NL', { hour12: false, timeZone: 'Europe/Amsterdam' });
  const shown = Object.entries(fields)
    .filter(([key]) => key !== 'service' && key !== 'pid')
    .map(([key, value]) => `${key}=${typeof value === 'string' && !/\s/.test(value) ? value : JSON.stringify(value)}`)
    .join(' ');
  const label = level.toUpperCase().padEnd(5);
  const text = typeof msg === 'string' ? msg : JSON.stringify(msg);
  return `${time} ${colour ? `${COLOURS[level]}${label}\x1b[0m` : label} ${text}${shown ? `  ${colour ? `\x1b[90m${shown}\x1b[0m` : shown}` : ''}`;
}

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Shared by a logger and its children, so that `setLevel` reaches every component's logger. */
interface LoggerState {
  level: Level;
  format: LogFormat;
  colour: boolean;
}

/**
 * Structured logs, one line per entry on stdout (warn and error on stderr): JSON objects by
 * default, readable lines with `format: 'pretty'` (LOG_FORMAT; `npm start` at a terminal). Every
 * message and field is passed through `redactForLog` first (see redact.ts).
 */
export class JsonLogger implements Logger, LoggerService {
  private readonly state: LoggerState;

  constructor(
    level: Level = 'info',
    private readonly base: Record<string, unknown> = {},
    options: { format?: LogFormat; colour?: boolean } | LoggerState = {},
  ) {
    this.state = 'level' in options ? options : { level, format: options.format ?? 'json', colour: options.colour ?? false };
  }

  child(fields: Record<string, unknown>): JsonLogger {
    return new JsonLogger(this.state.level, { ...this.base, ...fields }, this.state);
  }

  /** Changes the level of this logger and of every child made from it (e.g. quiet until listening). */
  setLevel(level: Level): void {
    this.state.level = level;
  }

  private write(level: Level, message: unknown, fields?: unknown): void {
    if (this.state.format === 'pretty' && fields && typeof fields === 'object' && level === 'info' && NEST_BOOT_CONTEXTS.has(String((fields as { context?: unknown }).context))) level = 'debug';
    if (ORDER[level] < ORDER[this.state.level]) return;
    // Redacted here, for every caller: no SQL parameters, request bodies or variables in the logs.
    const extra = fields && typeof fields === 'object' ? (redactForLog(fields) as Record<string, unknown>) : fields === undefined ? {} : { detail: redactText(String(fields)) };
    const requestId = requestContext.getStore()?.requestId;
    // Nest passes an exception itself as the message at times.
    const msg = typeof message === 'string' ? redactText(message) : message instanceof Error ? redactText(message.message) : redactForLog(message);
    const all = { ...this.base, ...(requestId ? { requestId } : {}), ...extra };
    const line = this.state.format === 'pretty' ? prettyLine(level, msg, all, this.state.colour) : JSON.stringify({ time: new Date().toISOString(), level, msg, ...all });
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
