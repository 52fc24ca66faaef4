import { ArgumentsHost, Catch, NotFoundException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { renderMessagePage } from './layout';

/** Paths of the public site (server-rendered pages for people, not API routes). */
const PUBLIC_PREFIXES = ['/publiek', '/toegankelijkheid', '/loket/', '/aanmelden/', '/nieuwsbrief/', '/verhalen/'];

function isPublicPath(path: string): boolean {
  return PUBLIC_PREFIXES.some((p) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`));
}

/** The Dutch page for an address on the public site that does not exist. */
export function pageNotFoundPage(canonicalUrl: string): string {
  return renderMessagePage({
    title: 'Pagina niet gevonden',
    description: 'Deze pagina bestaat niet op Verbinder.',
    canonicalUrl,
    paragraphs: ['Deze pagina bestaat niet. Controleer het adres: misschien is de link verouderd of zit er een tikfout in.', "Via de lijst met regio's vind je de pagina's van je regio terug."],
    links: [{ href: '/publiek', text: "Bekijk alle regio's" }],
  });
}

/**
 * Global filter for routes nobody answers (Nest's "Cannot GET …"): on the public site a person
 * gets the Dutch 404 page (HTML, status 404, never indexed) instead of English JSON; a client that
 * asks for JSON only, and every other path, keeps Nest's answer.
 */
@Catch(NotFoundException)
export class PublicNotFoundFilter extends BaseExceptionFilter {
  override catch(error: NotFoundException, host: ArgumentsHost): void {
    if (host.getType<string>() === 'http') {
      const req = host.switchToHttp().getRequest<Request>();
      const res = host.switchToHttp().getResponse<Response>();
      if ((req.method === 'GET' || req.method === 'HEAD') && isPublicPath(req.path) && !res.headersSent && req.accepts(['html', 'json']) === 'html') {
        res.status(404).setHeader('Cache-Control', 'no-store');
        res.type('html').send(pageNotFoundPage(req.originalUrl));
        return;
      }
    }
    super.catch(error, host);
  }
}
