// Security suite (one API process): GraphQL abuse refused before execution, CSRF and cookie
// flags, security headers on every kind of response, and rate limits with Retry-After on
// sign-in, the public forms and the loket's magic links. The authorization matrix is
// authorization-matrix.e2e-spec.ts; HSTS and the Secure cookie on https are in
// operations.e2e-spec.ts (they need an https PUBLIC_URL).
import { apiSuite } from '../support/api-suite';
import { signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { meetupIds } from '../support/meetups-fixtures';
import { graphqlWsClient, subscribe } from '../support/realtime-clients';

const RATE_LIMIT = 3;
const NWV = '/publiek/noord-west-veluwe';

interface GraphqlBody {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

describe('security', () => {
  const suite = apiSuite({ start: { env: { LOGIN_RATE_LIMIT: String(RATE_LIMIT) } } });

  const postGraphql = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${suite.api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { res, body: (await res.json()) as GraphqlBody };
  };
  const form = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${suite.api.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });

  /**
   * Refused before execution: GraphQL leaves out `data` entirely when an error happens before
   * execution starts (parse or validation), so no resolver — and no database query — ran.
   */
  const expectRefusedBeforeExecution = (result: { res: Response; body: GraphqlBody }, code: string, message: RegExp) => {
    expect(result.res.status).toBe(400);
    expect(result.body).not.toHaveProperty('data');
    expect(result.body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect(result.body.errors?.[0].message).toMatch(message);
  };

  describe('GraphQL abuse', () => {
    it('refuses deep nesting', async () => {
      const deep = `{ regions { ${'schools { region { '.repeat(6)}id${' } }'.repeat(6)} } }`;
      expectRefusedBeforeExecution(await postGraphql({ query: deep }), 'QUERY_TOO_COMPLEX', /te diep genest/);
    });

    it('counts aliases: 1,000 aliases of a cheap field are refused, a handful is fine', async () => {
      const docent = await signedIn(suite.api.url, 'docent');
      const flood = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: unreadNotificationCount`).join(' ')} }`;
      const cookie = { cookie: docent.cookieHeader() };
      expectRefusedBeforeExecution(await postGraphql({ query: flood }, cookie), 'QUERY_TOO_COMPLEX', /te veel aliassen \(1000, hoogstens 50\)/);
      const few = await postGraphql({ query: '{ a: unreadNotificationCount b: unreadNotificationCount }' }, cookie);
      expect(few.body.errors).toBeUndefined();
      expect(few.body.data).toEqual({ a: expect.any(Number), b: expect.any(Number) });
    });

    it('measures a fragment bomb once per fragment and refuses it on cost', async () => {
      // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^30 copies of `id` when expanded.
      const levels = 30;
      const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Region { ${i === levels - 1 ? 'id' : `...F${i + 1} ...F${i + 1}`} }`).join('\n');
      expectRefusedBeforeExecution(await postGraphql({ query: `{ regions { ...F0 } }\n${fragments}` }), 'QUERY_TOO_COMPLEX', /te zwaar/);
    });

    it('refuses many directives on one field at validation', async () => {
      const directives = ' @include(if: true)'.repeat(500);
      const result = await postGraphql({ query: `{ viewer${directives} { authenticated } }` });
      expect(result.res.status).toBe(400);
      expect(result.body).not.toHaveProperty('data');
      expect(result.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('refuses documents over the token limit without parsing them', async () => {
      const long = `{ viewer { ${'authenticated '.repeat(12_000)}} }`;
      expectRefusedBeforeExecution(await postGraphql({ query: long }), 'QUERY_TOO_COMPLEX', /te lang/);
    });

    it('applies the token and alias limits to graphql-ws subscriptions too', async () => {
      const docent = await signedIn(suite.api.url, 'docent');
      const ws = graphqlWsClient(suite.api.url, docent.cookieHeader());
      try {
        const long = subscribe(ws, `subscription { notificationReceived { ${'id '.repeat(12_000)}} }`);
        expect(await long.error).toEqual([expect.objectContaining({ message: expect.stringMatching(/te lang/), extensions: { code: 'QUERY_TOO_COMPLEX' } })]);
        const aliases = subscribe(ws, `subscription { notificationReceived { ${Array.from({ length: 60 }, (_, i) => `a${i}: id`).join(' ')} } }`);
        expect(await aliases.error).toEqual([expect.objectContaining({ message: expect.stringMatching(/te veel aliassen/), extensions: { code: 'QUERY_TOO_COMPLEX' } })]);
      } finally {
        await ws.dispose();
      }
    });

    it('refuses batched operations (a JSON array) as a whole', async () => {
      const result = await postGraphql([{ query: '{ viewer { authenticated } }' }, { query: '{ authConfig { demoMode } }' }]);
      expectRefusedBeforeExecution(result, 'BATCH_NOT_SUPPORTED', /één vraag per verzoek/);
    });

    it('answers a body over the limit with 413 and a JSON error, not an HTML page', async () => {
      const huge = JSON.stringify({ query: 'query($x: String) { viewer { authenticated } }', variables: { x: 'a'.repeat(1_200_000) } });
      const result = await postGraphql(huge);
      expect(result.res.status).toBe(413);
      expect(result.res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(result.body).toEqual({ errors: [{ message: expect.stringMatching(/te groot/), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      const formRes = await form(`${NWV}/nieuwsbrief`, { email: 'a'.repeat(200_000) });
      expect(formRes.status).toBe(413);
      expect(await formRes.json()).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/te groot/) });
    });

    it('answers malformed JSON with a Dutch JSON error', async () => {
      const result = await postGraphql('{"query": ');
      expect(result.res.status).toBe(400);
      expect(result.body.errors?.[0]).toEqual({ message: 'Het verzoek aan de server is onleesbaar.', extensions: { code: 'BAD_USER_INPUT' } });
    });
  });

  describe('CSRF and cookies', () => {
    it('sets the session cookie HttpOnly, SameSite=Lax, for the whole site, not Secure on http', async () => {
      const res = await fetch(`${suite.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { signInAsDemo(key: "docent") { authenticated } }' }),
      });
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^vb_session=[^;]+;/);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Lax/i);
      expect(cookie).toMatch(/; Path=\//i);
      expect(cookie).not.toMatch(/Secure/i);
    });

    it('refuses "simple" cross-site GraphQL requests (form POST, GET) carrying the cookie, and does nothing', async () => {
      const docent = await signedIn(suite.api.url, 'docent');
      const cookie = docent.cookieHeader();
      const formPost = await fetch(`${suite.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: 'query=mutation%20%7B%20signOut%20%7D',
      });
      const textPost = await fetch(`${suite.api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', cookie }, body: JSON.stringify({ query: 'mutation { signOut }' }) });
      const get = await fetch(`${suite.api.url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`, { headers: { cookie } });
      for (const res of [formPost, textPost, get]) {
        expect(res.status).toBe(400);
        const body = (await res.json()) as GraphqlBody;
        expect(body).not.toHaveProperty('data');
        expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(body.errors?.[0].message).toMatch(/andere website/);
      }
      // A GET with the preflight header still cannot run a mutation.
      const preflighted = await fetch(`${suite.api.url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`, { headers: { cookie, 'apollo-require-preflight': 'true' } });
      expect(preflighted.status).toBe(405);
      expect((await docent.viewer()).authenticated).toBe(true);
    });

    it('refuses writes that a browser marks as cross-site (Origin or Sec-Fetch-Site), before any work', async () => {
      const docent = await signedIn(suite.api.url, 'docent');
      const viaOrigin = await postGraphql({ query: 'mutation { signOut }' }, { cookie: docent.cookieHeader(), origin: 'https://kwaadwillend.example' });
      expect(viaOrigin.res.status).toBe(403);
      expect(viaOrigin.body).toEqual({ errors: [{ message: expect.stringMatching(/andere website/), extensions: { code: 'FORBIDDEN' } }] });
      const viaFetchSite = await postGraphql({ query: 'mutation { signOut }' }, { cookie: docent.cookieHeader(), 'sec-fetch-site': 'cross-site' });
      expect(viaFetchSite.res.status).toBe(403);
      const sameSite = await postGraphql({ query: 'mutation { signOut }' }, { cookie: docent.cookieHeader(), origin: 'https://ander.example.org', 'sec-fetch-site': 'same-site' });
      expect(sameSite.res.status).toBe(403);
      const nullSameSite = await postGraphql({ query: 'mutation { signOut }' }, { cookie: docent.cookieHeader(), origin: 'null', 'sec-fetch-site': 'same-site' });
      expect(nullSameSite.res.status).toBe(403);
      expect((await docent.viewer()).authenticated).toBe(true);
      // The same request from our own origin works.
      const own = await postGraphql({ query: '{ viewer { authenticated } }' }, { cookie: docent.cookieHeader(), origin: suite.api.url, 'sec-fetch-site': 'same-origin' });
      expect(own.body.data).toEqual({ viewer: { authenticated: true } });
    });

    it.each([
      ['newsletter', `${NWV}/nieuwsbrief`, { email: 'csrf@example.org' }],
      ['loket intake', '/publiek/noord-west-veluwe/loket', { companyName: 'Bedrijf' }],
      ['loket magic link', '/loket/inloggen', { regionSlug: 'noord-west-veluwe', email: 'csrf@example.org' }],
      ['activity registration', `${NWV}/activiteiten/00000000-0000-4000-8000-000000000000/aanmelden`, { name: 'Iemand', email: 'csrf@example.org' }],
    ])('refuses a cross-site POST to the %s form with 403', async (_name, path, fields) => {
      const res = await form(path, fields, { origin: 'https://kwaadwillend.example', 'sec-fetch-site': 'cross-site' });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ code: 'FORBIDDEN', message: expect.stringMatching(/andere website/) });
    });

    it('accepts the public forms from our own origin, also from a no-referrer page (Origin: null)', async () => {
      const res = await form(`${NWV}/nieuwsbrief`, { email: 'eigen.site@example.org' }, { origin: suite.api.url, 'sec-fetch-site': 'same-origin' });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Kijk in je e-mail');
      // A form on a page with Referrer-Policy: no-referrer (the private pages) sends Origin: null.
      const fromPrivatePage = await form('/loket/inloggen', { regionSlug: 'noord-west-veluwe', email: 'prive.pagina@example.org' }, { origin: 'null', 'sec-fetch-site': 'same-origin' });
      expect(fromPrivatePage.status).toBe(200);
    });

    it('refuses a loket intake without its one-time form token', async () => {
      const res = await form('/publiek/noord-west-veluwe/loket', {
        companyName: 'Bedrijf',
        kvk: '12345678',
        contactName: 'Iemand',
        contactEmail: 'iemand@bedrijf.example',
        type: 'GASTLES',
        consent: 'on',
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('Het formulier is ongeldig of verlopen');
    });
  });

  describe('security headers', () => {
    const expectHardened = (res: Response, what: string) => {
      const headers = Object.fromEntries(['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'permissions-policy'].map((h) => [h, res.headers.get(h)]));
      expect({ what, ...headers }).toEqual({
        what,
        'content-security-policy': expect.stringContaining("script-src 'self';"),
        'x-content-type-options': 'nosniff',
        'referrer-policy': expect.stringMatching(/^(strict-origin-when-cross-origin|no-referrer)$/),
        'x-frame-options': 'DENY',
        'permissions-policy': expect.stringContaining('camera=()'),
      });
      const csp = headers['content-security-policy'] ?? '';
      for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(csp).toContain(directive);
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(res.headers.get('strict-transport-security')).toBeNull(); // http PUBLIC_URL
      expect(res.headers.get('x-powered-by')).toBeNull();
    };

    it('are on every kind of response', async () => {
      const get = (path: string, headers: Record<string, string> = {}) => fetch(`${suite.api.url}${path}`, { headers, redirect: 'manual' });
      expectHardened(await get('/', { accept: 'text/html' }), 'web app');
      expectHardened((await postGraphql({ query: '{ viewer { authenticated } }' })).res, 'graphql');
      expectHardened(await get(NWV), 'public region page');
      expectHardened(await get('/loket/status.js'), 'loket status script');
      expectHardened(await get('/loket/status/onbekende-link'), 'private loket status page');
      expectHardened(await get('/documenten/00000000-0000-4000-8000-000000000000/versies/1'), 'document download');
      expectHardened(await get('/healthz'), 'health');
      expectHardened(await get('/bestaat-niet.txt'), 'not found');
    });

    it('are replayed with a story page from the page cache', async () => {
      const list = await (await fetch(`${suite.api.url}${NWV}/verhalen`)).text();
      const slug = /href="\/publiek\/noord-west-veluwe\/verhalen\/([a-z0-9-]+)"/.exec(list)?.[1];
      expect(slug).toBeDefined();
      const first = await fetch(`${suite.api.url}${NWV}/verhalen/${slug}`);
      expect(first.status).toBe(200);
      await first.text();
      const cached = await fetch(`${suite.api.url}${NWV}/verhalen/${slug}`);
      expect(cached.status).toBe(200);
      expect(cached.headers.get('etag')).toBe(first.headers.get('etag'));
      expectHardened(cached, 'cached story page');
    });
  });

  describe('rate limits', () => {
    const expectLimited = async (res: Response) => {
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await res.text()).toMatch(/Te veel [a-z]+ in korte tijd\. Probeer het over \d+ minuten opnieuw\./);
    };

    it('limits failed sign-ins per address', async () => {
      const client = new GraphqlHttpClient(suite.api.url);
      for (let i = 0; i < RATE_LIMIT; i++) expect((await client.signIn('te.vaak@example.org', 'verkeerd')).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
      const limited = await client.signIn('te.vaak@example.org', 'verkeerd');
      expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(limited.errors?.[0].message).toMatch(/^Te veel/);
    });

    it('limits newsletter sign-ups per address with 429 and Retry-After', async () => {
      for (let i = 0; i < RATE_LIMIT; i++) expect((await form(`${NWV}/nieuwsbrief`, { email: 'nieuwsbrief.vaak@example.org' })).status).toBe(200);
      await expectLimited(await form(`${NWV}/nieuwsbrief`, { email: 'nieuwsbrief.vaak@example.org' }));
    });

    it('limits loket magic-link requests per address with 429 and Retry-After', async () => {
      const fields = { regionSlug: 'noord-west-veluwe', email: 'magische.link@example.org' };
      for (let i = 0; i < RATE_LIMIT; i++) expect((await form('/loket/inloggen', fields)).status).toBe(200);
      await expectLimited(await form('/loket/inloggen', fields));
    });

    it('limits public activity registrations per address and per client with 429 and Retry-After', async () => {
      const beheerder = await signedIn(suite.api.url, 'beheerder');
      const { region } = await beheerder.request<{ region: { id: string } }>('{ region(slug: "noord-west-veluwe") { id } }');
      const { publicActivityId } = await meetupIds(beheerder, region.id);
      const path = `${NWV}/activiteiten/${publicActivityId}/aanmelden`;
      for (let i = 0; i < RATE_LIMIT; i++) expect((await form(path, { name: 'Iemand', email: 'activiteit.vaak@example.org' })).status).toBe(200);
      await expectLimited(await form(path, { name: 'Iemand', email: 'activiteit.vaak@example.org' }));
      // Per client: three times the per-address limit over different addresses (a refused attempt is
      // not counted, so this client has RATE_LIMIT attempts already).
      const statuses: number[] = [];
      for (let i = 0; i <= 2 * RATE_LIMIT; i++) statuses.push((await form(path, { name: 'Iemand', email: `ander.${i}@example.org` })).status);
      expect(statuses).toEqual([...Array(2 * RATE_LIMIT).fill(200), 429]);
    });
  });
});
