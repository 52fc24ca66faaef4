import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { NextFunction, Request, Response } from 'express';

const API_PREFIXES = [
  '/graphql',
  '/socket.io',
  '/auth/',
  '/healthz',
  '/readyz',
  '/publiek',
  '/toegankelijkheid',
  '/sitemap.xml',
  '/robots.txt',
  '/aanmelden/',
  '/agenda/',
  '/loket/',
  '/bestanden/',
  '/verhalen/afbeeldingen/',
  '/privacy/',
];

/** Finds dist/apps/web from the configured folder or by walking up from this file. */
export function findWebDist(configured: string | null): string | null {
  if (configured) return existsSync(join(configured, 'index.html')) ? configured : null;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = resolve(dir, 'dist', 'apps', 'web');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const sibling = resolve(dir, 'web');
    if (existsSync(join(sibling, 'index.html'))) return sibling;
    dir = resolve(dir, '..');
  }
  return null;
}

/**
 * Serves the React workspace at `/`: hashed assets with long caching, and index.html for
 * every other GET that is not an API route (client-side routing).
 */
export function webAppMiddleware(webDist: string | null): express.RequestHandler[] {
  if (!webDist) {
    return [
      (req: Request, res: Response, next: NextFunction) => {
        if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
        res.status(503).type('text/plain; charset=utf-8').send('De webapp is nog niet gebouwd. Voer `npm run build:web` uit (of start met `npm start`).');
      },
    ];
  }
  const index = readFileSync(join(webDist, 'index.html'));
  return [
    express.static(webDist, {
      index: false,
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', path.includes(`${join('assets', '')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
    (req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(index);
    },
  ];
}
