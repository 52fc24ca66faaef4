// The public site's HTTP contract against the built API over real HTTP: strong ETags with a
// 304 round trip, Cache-Control per page type, canonical/OpenGraph tags (escaped), sitemap.xml
// and robots.txt, the region home and leerroutes pages, the Dutch 404 page and HEAD requests.
import { ApiHandle, startApi } from '../support/api-process';
import { makeStory, storyClients } from '../support/stories-public-fixtures';

const REGION = 'noord-west-veluwe';
const PUBLIC_PAGES = [
  '/publiek',
  `/publiek/${REGION}`,
  `/publiek/${REGION}/leerroutes`,
  `/publiek/${REGION}/actieagenda`,
  `/publiek/${REGION}/activiteiten`,
  `/publiek/${REGION}/loket/privacy`,
  '/toegankelijkheid',
];

const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1] ?? null;
const meta = (html: string, key: string) => attr(html, new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"/?>`));

/**
 * A strict structural check of a sitemap (no XML parser is installed): one XML declaration,
 * one urlset in the sitemap namespace, nothing but <url> elements with one <loc> and an
 * optional <lastmod> (YYYY-MM-DD), only the five predefined entities, no raw `<` or `&` in text.
 */
function parseSitemap(xml: string): Array<{ loc: string; lastmod: string | null }> {
  const m = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\n([\s\S]*)\n<\/urlset>\n?$/.exec(xml);
  if (!m) throw new Error('sitemap: no XML declaration or urlset');
  const decode = (text: string) => {
    if (/[<>]/.test(text) || /&(?!(?:amp|lt|gt|quot|apos|#39);)/.test(text)) throw new Error(`sitemap: unescaped text "${text}"`);
    return text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&(?:apos|#39);/g, "'")
      .replace(/&amp;/g, '&');
  };
  return m[1].split('\n').map((line) => {
    const u = /^<url><loc>([^<]*)<\/loc>(?:<lastmod>(\d{4}-\d{2}-\d{2})<\/lastmod>)?<\/url>$/.exec(line);
    if (!u) throw new Error(`sitemap: malformed entry ${line}`);
    return { loc: decode(u[1]), lastmod: u[2] ?? null };
  });
}

describe('public site HTTP', () => {
  let api: ApiHandle;
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => fetch(`${api.url}${path}`, { method, headers, redirect: 'manual' });

  beforeAll(async () => {
    api = await startApi();
  }, 90_000);

  afterAll(async () => {
    await api?.stop();
  }, 30_000);

  it.each(PUBLIC_PAGES)('%s: public caching, strong ETag and a 304 round trip', async (path) => {
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/); // strong: no W/ prefix; SHA-256 in base64url
    const body = await first.text();
    const again = await get(path, { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    // Another tag (or a weak form of another tag) gets the full page again.
    const other = await get(path, { 'If-None-Match': '"iets-anders", W/"nog-iets"' });
    expect(other.status).toBe(200);
    expect(await other.text()).toBe(body);
  });

  it('sends the same page and ETag to everyone, and a different ETag when the bytes differ', async () => {
    const a = await get(`/publiek/${REGION}`);
    const b = await get(`/publiek/${REGION}`);
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
    const c = await get(`/publiek/${REGION}/leerroutes`);
    expect(c.headers.get('etag')).not.toBe(a.headers.get('etag'));
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    for (const path of [`/publiek/${REGION}`, '/sitemap.xml', '/robots.txt']) {
      const head = await get(path, {}, 'HEAD');
      const full = await get(path);
      expect(head.status).toBe(200);
      expect(head.headers.get('etag')).toBe(full.headers.get('etag'));
      expect(head.headers.get('cache-control')).toBe(full.headers.get('cache-control'));
      expect(await head.text()).toBe('');
    }
  });

  it('never caches the intake form (one-time form token) and keeps personal pages private', async () => {
    const form = await get(`/publiek/${REGION}/loket`);
    expect(form.status).toBe(200);
    expect(form.headers.get('cache-control')).toBe('no-store');
    expect(form.headers.get('etag') ?? '').not.toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    for (const path of ['/loket/status/onbekend-token-123', '/loket/inloggen']) {
      const res = await get(path);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-robots-tag')).toBe('noindex');
    }
    expect((await get('/loket/status/onbekend-token-123')).status).toBe(404);
  });

  it('has canonical, OpenGraph and Twitter tags from PUBLIC_URL, lang="nl" and the accessibility link on every page', async () => {
    for (const path of [...PUBLIC_PAGES, `/publiek/${REGION}/loket`, '/loket/inloggen']) {
      const html = await (await get(path)).text();
      const canonical = attr(html, /<link rel="canonical" href="([^"]*)"\/?>/);
      expect(canonical).toBe(`${api.url}${path}`);
      expect(meta(html, 'og:url')).toBe(canonical);
      expect(meta(html, 'og:type')).toBe('website');
      expect(meta(html, 'og:locale')).toBe('nl_NL');
      expect(meta(html, 'og:site_name')).toBe('Verbinder');
      expect(meta(html, 'og:title')).toBeTruthy();
      expect(meta(html, 'og:description')).toBeTruthy();
      expect(meta(html, 'twitter:card')).toBe('summary');
      expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
      expect(html).toContain('<a href="/toegankelijkheid">Toegankelijkheid</a>');
      // No scripts on the public pages.
      expect(html).not.toMatch(/<script/i);
    }
  });

  it('escapes what goes into the tags (an unknown region slug with markup stays text)', async () => {
    const res = await get(`/publiek/${encodeURIComponent('"><script>x</script>')}/leerroutes`);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).not.toContain('<script>');
    const canonical = attr(html, /<link rel="canonical" href="([^"]*)"\/?>/);
    expect(canonical).toBe(`${api.url}/publiek/%22%3E%3Cscript%3Ex%3C%2Fscript%3E/leerroutes`);
  });

  it.each(['', '/leerroutes', '/actieagenda', '/activiteiten', '/loket', '/loket/privacy'])('unknown region%s: 404 page in Dutch', async (suffix) => {
    const res = await get(`/publiek/bestaat-niet${suffix}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<h1>Deze regio bestaat niet</h1>');
    expect(html).toContain('<html lang="nl">');
  });

  it('serves a well-formed sitemap of every public page of every region', async () => {
    const res = await get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(res.headers.get('etag')).toMatch(/^"/);
    const entries = parseSitemap(await res.text());
    const locs = entries.map((e) => e.loc);
    expect(new Set(locs).size).toBe(locs.length);
    const regions = (await (await get('/publiek')).text()).match(/href="\/publiek\/[a-z0-9-]+"/g)!.map((h) => h.slice(15, -1));
    expect(regions).toContain(REGION);
    expect(regions.length).toBeGreaterThanOrEqual(2);
    for (const slug of regions) {
      for (const page of ['', '/leerroutes', '/actieagenda', '/activiteiten', '/loket', '/loket/privacy']) {
        expect(locs).toContain(`${api.url}/publiek/${slug}${page}`);
      }
    }
    expect(locs).toContain(`${api.url}/publiek`);
    expect(locs).toContain(`${api.url}/toegankelijkheid`);
    // Every listed page exists.
    for (const loc of locs) expect((await get(loc.slice(api.url.length), {}, 'HEAD')).status).toBe(200);
    // The region home knows when its data changed.
    expect(entries.find((e) => e.loc === `${api.url}/publiek/${REGION}`)!.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entries.find((e) => e.loc === `${api.url}/publiek/${REGION}/leerroutes`)!.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([`/publiek/${REGION}/bestaat-niet`, `/publiek/${REGION}/verhalen/x/y`, '/publiek/bestaat-niet/ook-niet', '/toegankelijkheid/meer'])(
    'unknown path %s: the Dutch 404 page, not "Cannot GET"',
    async (path) => {
      const res = await get(path, { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
      const html = await res.text();
      expect(html).toContain('<html lang="nl">');
      expect(html).toContain('<h1>Pagina niet gevonden</h1>');
      expect(html).toContain('<meta name="robots" content="noindex"/>');
      expect(html).not.toContain('Cannot GET');
      expect((await get(path, {}, 'HEAD')).status).toBe(404);
      // An API client that asks for JSON keeps a JSON answer.
      expect((await get(path, { Accept: 'application/json' })).headers.get('content-type')).toMatch(/^application\/json/);
    },
  );

  it('lists a newly published story in the sitemap', async () => {
    const story = await makeStory(await storyClients(api.url), { title: 'Een dag in de keuken', lead: 'Sem kookte mee.', body: '<p>Hij sneed uien.</p>' });
    const locs = parseSitemap(await (await get('/sitemap.xml')).text()).map((e) => e.loc);
    expect(locs).toContain(`${api.url}/publiek/${REGION}/verhalen/${story.slug}`);
    expect(locs).toContain(`${api.url}/publiek/${REGION}/verhalen`);
  });

  it('serves robots.txt pointing to the sitemap and keeping private paths out', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    for (const path of ['/loket/status', '/loket/inloggen', '/aanmelden', '/agenda/feed']) expect(text).toContain(`\nDisallow: ${path}\n`);
    expect(text).toContain(`\nSitemap: ${api.url}/sitemap.xml\n`);
    expect(text).not.toMatch(/^Disallow: \/publiek/m);
  });

  it('shows the region home with schools, leerroutes, activities and progress from the domains', async () => {
    const html = await (await get(`/publiek/${REGION}`)).text();
    expect(html).toContain('<h1>Van vmbo naar mbo in Noord-West Veluwe</h1>');
    expect(html).toContain('Landstede MBO');
    expect(html).toContain('Morgen College');
    expect(html).toContain('Wat doet het leerlab?');
    expect(html).toMatch(/De scholen (maken \d+ leerroutes|hebben nog geen leerroutes)/);
    expect(html).toMatch(/De scholen (werken aan \d+ afspra(ak|ken):|hebben nog geen voortgang)/);
    for (const link of ['/leerroutes', '/activiteiten', '/actieagenda', '/loket']) expect(html).toContain(`href="/publiek/${REGION}${link}"`);
    // The stories: a link in the region navigation; the section itself is checked in stories-public.e2e-spec.ts.
    expect(html).toContain(`<a href="/publiek/${REGION}/verhalen">Verhalen</a>`);
  });

  it('explains the leerroutes in plain Dutch, per route from vmbo to mbo', async () => {
    const html = await (await get(`/publiek/${REGION}/leerroutes`)).text();
    for (const type of ['Gewone route', 'Doorlopende route', 'Geïntegreerde route']) expect(html).toContain(type);
    expect(html).toMatch(/<dt>Van<\/dt><dd>vmbo [^<]+, profiel /);
    expect(html).toMatch(/<dt>Naar<\/dt><dd>mbo-opleiding [^<]+, niveau [1-4]/);
    expect(html).toMatch(/(BOL|BBL): je /);
    expect(html).toMatch(/Deze route (is .* korter|duurt even lang)/);
  });

  it('lists the regions at /publiek (the staff web app does not take that path)', async () => {
    const res = await get('/publiek', { Accept: 'text/html' });
    const html = await res.text();
    expect(html).toContain('<h1>Van vmbo naar mbo in jouw regio</h1>');
    expect(html).toContain(`href="/publiek/${REGION}"`);
  });

  it('has an accessibility statement with status, testing, limitations and contact', async () => {
    const html = await (await get('/toegankelijkheid')).text();
    for (const h of ['Status', 'Wat we testen en hoe', 'Wat nog niet goed is', 'Contact']) expect(html).toContain(`>${h}</h2>`);
    expect(html).toContain('axe-core');
    expect(html).toContain('WCAG 2.1');
  });
});
