import { ArgumentsHost, Catch, Injectable } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { ErrorCode } from '@verbinder/shared/contracts';
import { DomainError } from '@verbinder/shared/kernel';
import { DATABASE_UNAVAILABLE_MESSAGE, DomainErrorFilter, isDatabaseUnavailable } from '@verbinder/platform/graphql';
import { JsonLogger } from '@verbinder/platform/events';
import { renderPage } from '../public-site/layout';

/** Seconds a client should wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The HTTP routes' answer to faults (used with `@UseFilters` on every controller, so GraphQL and
 * socket.io keep their own handling): domain errors as the global DomainErrorFilter answers them;
 * a database that cannot be reached as `503 Service Unavailable` with `Retry-After`, in Dutch, as
 * an HTML page for a browser and as JSON (`SERVICE_UNAVAILABLE`, retryable) otherwise — the same
 * code GraphQL gives; anything else as Nest does (logged, 500).
 */
@Catch()
@Injectable()
export class HttpFaultFilter extends BaseExceptionFilter {
  private readonly domain = new DomainErrorFilter();
  private readonly log: JsonLogger;

  constructor(logger: JsonLogger) {
    super();
    this.log = logger.child({ component: 'http' });
  }

  override catch(error: unknown, host: ArgumentsHost): void {
    if (error instanceof DomainError) {
      this.domain.catch(error, host);
      return;
    }
    if (host.getType<string>() === 'http' && isDatabaseUnavailable(error)) {
      const req = host.switchToHttp().getRequest<Request>();
      const res = host.switchToHttp().getResponse<Response>();
      this.log.warn('database unavailable during HTTP request', { method: req.method, path: req.path, message: (error as Error).message });
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.setHeader('Cache-Control', 'no-store');
      if (req.accepts(['json', 'html']) === 'html') {
        res.type('html').send(unavailablePage(req));
      } else {
        res.json({ code: ErrorCode.SERVICE_UNAVAILABLE, message: DATABASE_UNAVAILABLE_MESSAGE, retryable: true, retryAfterSeconds: RETRY_AFTER_SECONDS });
      }
      return;
    }
    super.catch(error, host);
  }
}

function unavailablePage(req: Request): string {
  return renderPage({
    title: 'Even niet bereikbaar',
    description: 'Verbinder is even niet bereikbaar.',
    canonicalUrl: req.originalUrl,
    head: `<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS * 3}">\n<meta name="robots" content="noindex">\n`,
    body: `<h1>Even niet bereikbaar</h1><p>${DATABASE_UNAVAILABLE_MESSAGE}</p><p>Deze pagina probeert het over een paar seconden zelf opnieuw.</p>`,
  });
}
