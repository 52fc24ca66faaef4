import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strongEtag } from './etag';
import { pageCacheSlot, PublicPageCache } from './page-cache';

/**
 * The page cache in front of a real HTTP server: the "application" behind it counts its renders
 * and stores what it may, like the public controllers do through sendPublic.
 */
describe('PublicPageCache', () => {
  let server: Server;
  let url: string;
  let renders: number;
  let now: number;
  let usable: boolean;
  let content: string;
  let validUntil: number;
  let beforeStore: (() => void) | null;
  let cache: PublicPageCache;

  const app = (req: IncomingMessage, res: ServerResponse) => {
    renders++;
    if (!req.url?.includes('verhalen')) {
      res.writeHead(404).end('nee');
      return;
    }
    const body = Buffer.from(`${content} ${req.url}`);
    const etag = strongEtag(body);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
    res.setHeader('ETag', etag);
    res.setHeader('X-Request-Id', `req-${renders}`);
    beforeStore?.();
    pageCacheSlot(req)?.store(res.getHeaders(), body, etag, new Date(validUntil));
    res.end(body);
  };

  beforeEach(async () => {
    renders = 0;
    now = 1_000_000;
    usable = true;
    content = 'verhaal';
    validUntil = now + 3_600_000;
    beforeStore = null;
    cache = new PublicPageCache({ ttlMs: 60_000, maxEntries: 3, usable: () => usable, now: () => now });
    server = createServer(app);
    cache.install(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}${path}`, { headers });
    return { status: res.status, body: await res.text(), etag: res.headers.get('etag'), type: res.headers.get('content-type'), cacheControl: res.headers.get('cache-control') };
  };

  it('answers a repeated GET from the cache with the same bytes and headers, and 304 for its ETag', async () => {
    const first = await get('/publiek/r/verhalen/a');
    const second = await get('/publiek/r/verhalen/a');
    expect(renders).toBe(1);
    expect(second).toEqual(first);
    // A request id belongs to the request that rendered the page, never to the copies served later.
    expect((await fetch(`${url}/publiek/r/verhalen/a`)).headers.get('x-request-id')).toBeNull();
    expect(second.type).toBe('text/html; charset=utf-8');
    const revalidated = await get('/publiek/r/verhalen/a', { 'If-None-Match': first.etag as string });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe('');
    expect(revalidated.cacheControl).toBe('public, max-age=0, must-revalidate');
    expect(renders).toBe(1);
  });

  it('keys by path and query, and never serves paths outside the public site or other methods', async () => {
    await get('/publiek/r/verhalen/a');
    expect((await get('/publiek/r/verhalen/a?taal=en')).body).toBe('verhaal /publiek/r/verhalen/a?taal=en');
    await get('/api/verhalen');
    await get('/api/verhalen');
    await fetch(`${url}/publiek/r/verhalen/a`, { method: 'POST' });
    expect(renders).toBe(5);
  });

  it('does not keep answers the application did not store (errors, other pages)', async () => {
    await get('/publiek/r/nergens');
    await get('/publiek/r/nergens');
    expect(renders).toBe(2);
  });

  it('empties on clear: the next request renders the new content', async () => {
    await get('/publiek/r/verhalen/a');
    content = 'ingetrokken';
    cache.clear();
    expect((await get('/publiek/r/verhalen/a')).body).toBe('ingetrokken /publiek/r/verhalen/a');
    expect(renders).toBe(2);
  });

  it('does not store a render that began before a clear (an unpublish racing a slow render)', async () => {
    beforeStore = () => cache.clear();
    await get('/publiek/r/verhalen/a');
    beforeStore = null;
    await get('/publiek/r/verhalen/a');
    expect(renders).toBe(2);
    expect(cache.size).toBe(1);
  });

  it('keeps a page no longer than its TTL nor past the moment the application gave (a consent expiry)', async () => {
    validUntil = now + 5_000;
    await get('/publiek/r/verhalen/a');
    now += 4_999;
    await get('/publiek/r/verhalen/a');
    expect(renders).toBe(1);
    now += 1;
    await get('/publiek/r/verhalen/a');
    expect(renders).toBe(2);

    validUntil = Number.MAX_SAFE_INTEGER;
    await get('/publiek/r/verhalen/b');
    now += 60_000;
    await get('/publiek/r/verhalen/b');
    expect(renders).toBe(4);
  });

  it('is bypassed and emptied while it cannot hear other nodes (Redis down)', async () => {
    await get('/publiek/r/verhalen/a');
    usable = false;
    await get('/publiek/r/verhalen/a');
    await get('/publiek/r/verhalen/a');
    expect(renders).toBe(3);
    expect(cache.size).toBe(0);
    usable = true;
    await get('/publiek/r/verhalen/a');
    await get('/publiek/r/verhalen/a');
    expect(renders).toBe(4);
  });

  it('holds at most maxEntries pages, dropping the oldest first', async () => {
    for (const p of ['a', 'b', 'c', 'd']) await get(`/publiek/r/verhalen/${p}`);
    expect(cache.size).toBe(3);
    await get('/publiek/r/verhalen/d');
    expect(renders).toBe(4);
    await get('/publiek/r/verhalen/a');
    expect(renders).toBe(5);
  });

  it('is off with a TTL of 0', async () => {
    const off = new PublicPageCache({ ttlMs: 0 });
    expect(off.tryServe({ method: 'GET', url: '/publiek/r/verhalen/a', headers: {} } as IncomingMessage, {} as ServerResponse)).toBe(false);
  });
});
