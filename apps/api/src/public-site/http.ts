import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

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

/** A strong entity tag: a quoted SHA-256 (base64url) of the bytes. */
export function strongEtag(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** RFC 9110 §13.1.2: `If-None-Match` uses the weak comparison; `*` matches any current representation. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** Headers of a personal page (a secret link in the URL): never stored, never leaked, never indexed. */
export function setPrivateHeaders(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Robots-Tag', 'noindex');
}

export interface SendOptions {
  cache: CachePolicy;
  status?: number;
  /** Content type; HTML unless given. */
  type?: string;
  /** Overrides the policy's Cache-Control (story pages and feeds revalidate on every view). */
  cacheControl?: string;
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
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    res.status(200).send(bytes);
    return;
  }
  res.status(status).send(body);
}
