import type { Request, Response } from 'express';
import { ErrorCode } from '@verbinder/shared/contracts';
import { type DomainError, isDomainError } from '@verbinder/shared/kernel';
import { etagMatches, strongEtag } from './etag';
import { regionNotFoundPage } from './layout';
import { pageCacheSlot } from './page-cache';

export { etagMatches, strongEtag } from './etag';

/**
 * HTTP for the public site, shared by every public controller.
 *
 * - `public`: the same bytes for everyone (region pages, leerroutes, activities, sitemap). Cached
 *   for a minute by browsers and proxies, served stale for five more minutes while revalidating,
 *   with a strong ETag (SHA-256 of the exact bytes) so a revalidation costs a `304 Not Modified`.
 * - `no-store`: pages with a one-time form token (the loket intake form) or that answer a POST.
 * - `private`: personal pages (a loket status link, sign-in): no-store, no referrer leaks, noindex.
 */
export type CachePolicy = 'public' | 'no-store' | 'private';

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** Headers of a personal page (a secret link in the URL): never stored, never leaked, never indexed. */
export function setPrivateHeaders(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Robots-Tag', 'noindex');
}

/** A refused form because of a rate limit answers 429 with `Retry-After` (seconds). */
export function setRetryAfter(res: Response, error: DomainError): void {
  if (error.code !== ErrorCode.RATE_LIMITED) return;
  const seconds = Number(error.details.retryAfterSeconds);
  res.setHeader('Retry-After', String(Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60));
}

export interface SendOptions {
  cache: CachePolicy;
  status?: number;
  /** Content type; HTML unless given. */
  type?: string;
  /** Overrides the policy's Cache-Control (story pages and feeds revalidate on every view). */
  cacheControl?: string;
  /**
   * Keep this `200` in the server-side page cache until at most this moment (see page-cache.ts).
   * Only for pages the cache is invalidated for by events: the story pages and feeds.
   */
  serverCacheUntil?: Date;
}

/**
 * Sends a public-site response with the cache headers of its policy. A 200 under the `public`
 * policy gets a strong ETag, and a request whose `If-None-Match` matches it gets an empty 304.
 * HEAD requests get the same headers without a body (Express leaves the body out).
 */
export function sendPublic(req: Request, res: Response, body: string, o: SendOptions): void {
  const status = o.status ?? 200;
  res.type(o.type ?? 'text/html; charset=utf-8');
  if (o.cache === 'public') {
    res.setHeader('Cache-Control', status === 200 ? PUBLIC_CACHE_CONTROL : 'public, max-age=60');
  } else {
    res.setHeader('Cache-Control', 'no-store');
  }
  if (o.cacheControl) res.setHeader('Cache-Control', o.cacheControl);
  if (o.cache === 'private') setPrivateHeaders(res);
  if (o.cache === 'public' && status === 200) {
    const bytes = Buffer.from(body, 'utf8');
    const etag = strongEtag(bytes);
    res.setHeader('ETag', etag);
    if (o.serverCacheUntil) {
      res.setHeader('Content-Length', bytes.length);
      pageCacheSlot(req)?.store(res.getHeaders(), bytes, etag, o.serverCacheUntil);
    }
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    res.status(200).send(bytes);
    return;
  }
  res.status(status).send(body);
}

/**
 * What a region page loads, or null after sending the Dutch 404 page when the region does not
 * exist (NOT_FOUND). Every other error goes on to the fault filter.
 */
export async function orRegionNotFound<T>(req: Request, res: Response, canonicalUrl: string, load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (isDomainError(error) && error.code === ErrorCode.NOT_FOUND) {
      sendPublic(req, res, regionNotFoundPage(canonicalUrl), { cache: 'public', status: 404 });
      return null;
    }
    throw error;
  }
}
