import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { etagMatches } from './etag';

/**
 * A server-side cache of rendered public pages (the story pages and feeds), answered in front of
 * Express and Nest: a hit costs a Map lookup and one `writeHead`/`end`, which keeps a cached story
 * page close to a bare Node server (see docs/benchmarks.md).
 *
 * Correctness rules — a story is never shown before its time or after it went offline:
 * - Only a controller fills the cache, after it rendered a `200` that is the same for everyone, and
 *   it says until when the page stays valid (`validUntil`: the next moment a consent may lapse).
 * - Every event that can change what the public sees (`story.published`, `story.unpublished`,
 *   `story.changed`, a region rename) empties the cache on every node: the event bus carries events
 *   to the other nodes through Redis.
 * - When Redis is configured but not connected, other nodes' events cannot arrive: the cache is
 *   emptied and bypassed until Redis is back.
 * - A render that began before an invalidation is not stored (generation check), so an
 *   unpublish racing with a slow render cannot put the old page back.
 */
export interface PageCacheOptions {
  /** Longest time a page is kept (ms); 0 disables the cache. */
  ttlMs: number;
  /** Most pages kept; the oldest stored is dropped first. */
  maxEntries?: number;
  /** Pages larger than this are not kept (bytes). */
  maxBytes?: number;
  /** False while the cache may not be trusted (Redis configured but down). */
  usable?: () => boolean;
  now?: () => number;
}

interface CachedPage {
  headers: OutgoingHttpHeaders;
  etag: string;
  body: Buffer;
  expiresAt: number;
}

/** What a request that missed the cache carries, so the controller can store its answer. */
export interface PageCacheSlot {
  store(headers: OutgoingHttpHeaders, body: Buffer, etag: string, validUntil: Date): void;
}

const SLOT = Symbol('verbinder.page-cache-slot');
type WithSlot = IncomingMessage & { [SLOT]?: PageCacheSlot };

/** The paths whose pages may be cached (the controllers decide which of them actually are). */
const CACHEABLE_PREFIX = '/publiek/';

/** Headers that belong to one connection, one moment or one request, never to a stored page. */
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'set-cookie', 'x-request-id']);

export class PublicPageCache {
  private readonly pages = new Map<string, CachedPage>();
  private generation = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly now: () => number;

  constructor(private readonly options: PageCacheOptions) {
    this.maxEntries = options.maxEntries ?? 500;
    this.maxBytes = options.maxBytes ?? 512 * 1024;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.pages.size;
  }

  /** Drops every page, and makes renders that are still running unable to store theirs. */
  clear(): void {
    this.generation++;
    this.pages.clear();
  }

  /**
   * Answers a GET or HEAD from the cache and returns true, or returns false and (for a cacheable
   * path) gives the request a slot to store the application's answer in.
   */
  tryServe(req: IncomingMessage, res: ServerResponse): boolean {
    if (this.options.ttlMs <= 0 || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const key = req.url;
    if (!key || !key.startsWith(CACHEABLE_PREFIX)) return false;
    if (this.options.usable && !this.options.usable()) {
      if (this.pages.size) this.clear();
      return false;
    }
    const page = this.pages.get(key);
    if (page && page.expiresAt > this.now()) {
      if (etagMatches(req.headers['if-none-match'], page.etag)) {
        res.writeHead(304, { etag: page.etag, 'cache-control': page.headers['cache-control'] ?? 'no-cache' });
        res.end();
      } else {
        res.writeHead(200, page.headers);
        res.end(req.method === 'HEAD' ? undefined : page.body);
      }
      return true;
    }
    if (page) this.pages.delete(key);
    const generation = this.generation;
    (req as WithSlot)[SLOT] = {
      store: (headers, body, etag, validUntil) => {
        if (generation !== this.generation || body.length > this.maxBytes) return;
        const expiresAt = Math.min(this.now() + this.options.ttlMs, validUntil.getTime());
        if (expiresAt <= this.now()) return;
        const kept: OutgoingHttpHeaders = {};
        for (const [name, value] of Object.entries(headers)) if (value !== undefined && !PER_RESPONSE.has(name.toLowerCase())) kept[name.toLowerCase()] = value;
        kept['content-length'] = body.length;
        kept['etag'] = etag;
        this.pages.delete(key);
        this.pages.set(key, { headers: kept, etag, body, expiresAt });
        while (this.pages.size > this.maxEntries) this.pages.delete(this.pages.keys().next().value as string);
      },
    };
    return false;
  }

  /**
   * Puts the cache in front of every other `request` listener of the server (Express, and the
   * socket.io engine that wraps it). Call after the application is initialised, before listen.
   */
  install(server: Server): void {
    const listeners = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
    server.removeAllListeners('request');
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (this.tryServe(req, res)) return;
      for (const listener of listeners) listener.call(server, req, res);
    });
  }
}

/** The slot of a request that missed the cache, if its page may be stored. */
export function pageCacheSlot(req: IncomingMessage): PageCacheSlot | undefined {
  return (req as WithSlot)[SLOT];
}
