import { ArgumentsHost, Catch, Injectable } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { DomainError, InfrastructureFault, infrastructureFaultOf } from '@verbinder/shared/kernel';
import { DomainErrorFilter } from '@verbinder/platform/graphql';
import { JsonLogger } from '@verbinder/platform/events';
import { renderMessagePage } from './layout';

/**
 * The HTTP routes' answer to faults (used with `@UseFilters` on every controller, so GraphQL and
 * socket.io keep their own handling): domain errors as the global DomainErrorFilter answers them;
 * an infrastructure fault (`infrastructureFaultOf`: the database away or overloaded, or storage
 * full) as `503 Service Unavailable` / `507 Insufficient Storage` with `Retry-After`, in Dutch, as
 * an HTML page for a browser and as JSON (`SERVICE_UNAVAILABLE` / `INSUFFICIENT_STORAGE`,
 * retryable) otherwise — the same code GraphQL gives; anything else as Nest does (logged, 500).
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
    const fault = host.getType<string>() === 'http' ? infrastructureFaultOf(error) : null;
    if (fault) {
      const req = host.switchToHttp().getRequest<Request>();
      const res = host.switchToHttp().getResponse<Response>();
      this.log.warn('database unavailable during HTTP request', { method: req.method, path: req.path, reason: fault.reason, message: (error as Error).message });
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.status(fault.httpStatus).setHeader('Retry-After', String(fault.retryAfterSeconds));
      res.setHeader('Cache-Control', 'no-store');
      if (req.accepts(['json', 'html']) === 'html') {
        res.type('html').send(unavailablePage(req, fault));
      } else {
        res.json({ code: fault.code, message: fault.message, retryable: true, retryAfterSeconds: fault.retryAfterSeconds });
      }
      return;
    }
    super.catch(error, host);
  }
}

function unavailablePage(req: Request, fault: InfrastructureFault): string {
  return renderMessagePage({
    title: 'Even niet bereikbaar',
    description: 'Verbinder is even niet bereikbaar.',
    canonicalUrl: req.originalUrl,
    refreshSeconds: fault.retryAfterSeconds * 3,
    paragraphs: [fault.message, 'Deze pagina probeert het over een paar seconden zelf opnieuw.'],
  });
}
