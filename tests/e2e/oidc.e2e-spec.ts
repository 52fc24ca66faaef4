// Sign-in through a real OpenID Provider (node-oidc-provider in a child process) against the built API.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

import { API_MAIN, type ApiHandle, CookieJar, getFreePort, GraphqlHttpClient, SESSION_COOKIE, startApi } from '../support/api-process';
import { DEMO_EMAIL } from '../support/fixtures';
import { endProviderSession, loginThroughProvider, type OidcProviderHandle, runOidcLogin, startOidcProvider } from '../support/oidc';

const CLIENT_ID = 'verbinder-e2e';
const CLIENT_SECRET = randomBytes(24).toString('hex');
const { sanne: SANNE, peter: PETER, youssef: YOUSSEF } = DEMO_EMAIL;
/** The one Entra tenant whose users may sign in (OIDC_ALLOWED_TENANT_IDS). */
const ALLOWED_TID = '11111111-2222-4333-8444-555555555555';
const OTHER_TID = '99999999-8888-4777-8666-555555555555';

/** A login name for the test provider with the given claims (see tests/support/oidc-provider.mjs). */
const as = (email: string, claims: Record<string, string | string[]>) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(claims)) for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  return `${email}?${params}`;
};

interface Link {
  issuer: string;
  subject: string;
  confirmed: boolean;
}
const LINK_FIELDS = 'issuer subject confirmed';

describe('OIDC sign-in (authorization code + PKCE)', () => {
  let provider: OidcProviderHandle | undefined;
  let api: ApiHandle | undefined;

  function apiUrl(): string {
    if (!api) throw new Error('API did not start');
    return api.url;
  }

  async function viewerWithCookiesOf(jar: GraphqlHttpClient['jar']) {
    return new GraphqlHttpClient(apiUrl(), { jar }).viewer();
  }

  /** Refused sign-ins land on the sign-in page with a reason (?fout=…), never on the workspace. */
  function expectSignInErrorPage(location: URL | undefined): void {
    expect(location?.origin).toBe(apiUrl());
    expect(location?.pathname).toBe('/inloggen');
    expect(location?.searchParams.get('fout')).toMatch(/^[a-z-]+$/);
  }

  beforeAll(async () => {
    // The provider must know the API's redirect URI, so the API's port is chosen first.
    const port = await getFreePort();
    provider = await startOidcProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri: `http://127.0.0.1:${port}/auth/oidc/callback`,
    });
    api = await startApi({
      port,
      readyTimeoutMs: 110_000,
      env: {
        OIDC_ISSUER_URL: provider.issuer,
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_CLIENT_SECRET: CLIENT_SECRET,
        OIDC_LABEL: 'Test-IdP',
        OIDC_ALLOWED_TENANT_IDS: ALLOWED_TID,
      },
    });
  }, 120_000);

  afterAll(async () => {
    try {
      await api?.stop();
    } finally {
      await provider?.stop();
    }
  }, 60_000);

  it('announces the OIDC sign-in in authConfig', async () => {
    const data = await new GraphqlHttpClient(apiUrl()).request<{
      authConfig: { oidcEnabled: boolean; oidcLabel: string | null; oidcLoginUrl: string | null };
    }>('{ authConfig { oidcEnabled oidcLabel oidcLoginUrl } }');

    expect(data.authConfig.oidcEnabled).toBe(true);
    expect(data.authConfig.oidcLabel).toBe('Test-IdP');
    expect(new URL(data.authConfig.oidcLoginUrl ?? '', apiUrl()).pathname).toBe('/auth/oidc/login');
  });

  it('sends the browser to the provider with PKCE (S256), state and the registered redirect URI', async () => {
    const result = await runOidcLogin(apiUrl(), SANNE);
    const params = result.authorizationUrl.searchParams;

    expect(`${result.authorizationUrl.origin}${result.authorizationUrl.pathname}`).toBe(`${provider?.issuer}/auth`);
    expect(params.get('response_type')).toBe('code');
    expect(params.get('client_id')).toBe(CLIENT_ID);
    expect(params.get('redirect_uri')).toBe(`${apiUrl()}/auth/oidc/callback`);
    expect(params.get('scope')?.split(' ').sort()).toEqual(['email', 'openid', 'profile']);
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('state')?.length ?? 0).toBeGreaterThanOrEqual(16);
  });

  it('signs a known person in and redirects to /', async () => {
    const result = await runOidcLogin(apiUrl(), SANNE);

    expect(result.status).toBe(302);
    expect(result.location?.href).toBe(`${apiUrl()}/`);
    expect(result.sessionCookie).toMatchObject({ httpOnly: true, sameSite: expect.stringMatching(/^lax$/i) });

    const viewer = await viewerWithCookiesOf(result.jar);
    expect(viewer.authenticated).toBe(true);
    expect(viewer.person?.email).toBe(SANNE);
  }, 30_000);

  it('returns to the page opened before signing in (naar=), and only to a path on this site', async () => {
    const back = await runOidcLogin(apiUrl(), SANNE, { startPath: `/auth/oidc/login?naar=${encodeURIComponent('/loketaanvraag/abc?x=1')}` });
    expect(back.status).toBe(302);
    expect(back.location?.href).toBe(`${apiUrl()}/loketaanvraag/abc?x=1`);
    for (const target of ['//evil.example', 'https://evil.example', '/\\evil']) {
      const result = await runOidcLogin(apiUrl(), SANNE, { startPath: `/auth/oidc/login?naar=${encodeURIComponent(target)}` });
      expect(result.location?.href).toBe(`${apiUrl()}/`);
    }
  }, 60_000);

  it('gives a session cookie that works on its own (loginThroughProvider)', async () => {
    const sessionCookie = await loginThroughProvider(apiUrl(), SANNE);

    const client = new GraphqlHttpClient(apiUrl(), { sessionCookie });
    const viewer = await client.viewer();
    expect(viewer).toMatchObject({ authenticated: true, person: { email: SANNE } });
  }, 30_000);

  it('sends an unknown email to /inloggen?fout=onbekend-account without a session', async () => {
    const result = await runOidcLogin(apiUrl(), 'onbekend.persoon@example.org');

    expect(result.status).toBe(302);
    expect(result.location?.href).toBe(`${apiUrl()}/inloggen?fout=onbekend-account`);
    expect(result.sessionCookie).toBeUndefined();
    expect(await viewerWithCookiesOf(result.jar)).toEqual({ authenticated: false, person: null });
  }, 30_000);

  it('refuses a callback whose state was tampered with', async () => {
    const result = await runOidcLogin(apiUrl(), SANNE, {
      beforeCallback: (callbackUrl) => {
        const state = callbackUrl.searchParams.get('state') ?? '';
        const flipped = state.startsWith('A') ? 'B' : 'A';
        callbackUrl.searchParams.set('state', `${flipped}${state.slice(1)}`);
      },
    });

    expect(result.sessionCookie).toBeUndefined();
    expectSignInErrorPage(result.location);
    expect(await viewerWithCookiesOf(result.jar)).toEqual({ authenticated: false, person: null });
  }, 30_000);

  it('refuses a callback that arrives without the state cookie of the login that started it', async () => {
    // Login CSRF: a valid code and state, but delivered to a browser that never started this sign-in.
    const result = await runOidcLogin(apiUrl(), SANNE, {
      beforeCallback: (callbackUrl, jar) => jar.clear(callbackUrl),
    });

    expect(result.sessionCookie).toBeUndefined();
    expectSignInErrorPage(result.location);
    expect(await viewerWithCookiesOf(result.jar)).toEqual({ authenticated: false, person: null });
  }, 30_000);

  // ---- issue 14, finding 5: the provider's claims cannot be turned into a takeover ----

  async function refused(login: string, code: string) {
    const result = await runOidcLogin(apiUrl(), login);
    expect(result.sessionCookie).toBeUndefined();
    expect(result.location?.href).toBe(`${apiUrl()}/inloggen?fout=${code}`);
    expect(await viewerWithCookiesOf(result.jar)).toEqual({ authenticated: false, person: null });
    return result;
  }

  async function passwordClient(email: string): Promise<GraphqlHttpClient> {
    const client = new GraphqlHttpClient(apiUrl());
    const result = await client.signIn(email, 'demo-wachtwoord');
    expect(result.errors).toBeUndefined();
    return client;
  }

  const linksOf = async (client: GraphqlHttpClient, personId?: string) =>
    (await client.request<{ oidcLinks: Link[] }>(`query($p: ID) { oidcLinks(personId: $p) { ${LINK_FIELDS} } }`, { p: personId })).oidcLinks;

  it('refuses an Entra-style token (tid) whose e-mail is not verified by Microsoft: a missing or false email_verified is no proof', async () => {
    // Finding 5a: a `tid` and no email_verified in the ID token used to count as verified, for any issuer.
    await refused(as(PETER, { tid: ALLOWED_TID, omit: 'email_verified' }), 'oidc-email-onbevestigd');
    await refused(as(PETER, { tid: ALLOWED_TID, email_verified: 'false' }), 'oidc-email-onbevestigd');
    // Entra's bare `email` claim is not verified even with email_verified: true; xms_edov is the signal.
    await refused(as(PETER, { tid: ALLOWED_TID, email_verified: 'true' }), 'oidc-email-onbevestigd');
    // Another issuer without email_verified: not verified either.
    await refused(as(PETER, { omit: 'email_verified', sub: 'no-verification-claim' }), 'oidc-email-onbevestigd');
    const logs = api?.logs() ?? '';
    expect(logs).toContain('"reason":"email-unverified"');
    expect(logs).not.toContain(PETER);
  }, 60_000);

  it("refuses the platform beheerder's verified e-mail from a tenant that is not on the allow-list", async () => {
    await refused(as(PETER, { tid: OTHER_TID, xms_edov: 'true', verified_primary_email: PETER }), 'oidc-tenant');
    expect(api?.logs()).toContain('"reason":"tenant-not-allowed"');
  }, 30_000);

  it('links an allowed tenant user whose address Microsoft verified (xms_edov)', async () => {
    const result = await runOidcLogin(apiUrl(), as(YOUSSEF, { tid: ALLOWED_TID, xms_edov: 'true', sub: 'youssef-entra' }));
    expect(result.location?.href).toBe(`${apiUrl()}/`);
    expect((await viewerWithCookiesOf(result.jar)).person?.email).toBe(YOUSSEF);
  }, 30_000);

  it('does not link a second subject with the same e-mail silently; the person confirms it, lists and removes links', async () => {
    await loginThroughProvider(apiUrl(), SANNE); // her first link (or already there)
    // Finding 5b: a re-created account or another tenant's user with her address.
    const second = as(SANNE, { sub: 'second-subject-of-sanne' }); // the provider's subject is the whole login name
    await refused(second, 'oidc-bevestigen');
    await refused(second, 'oidc-bevestigen');

    const sanne = await passwordClient(SANNE);
    const { viewer } = await sanne.request<{ viewer: { person: { id: string } } }>('{ viewer { person { id } } }');
    let links = await linksOf(sanne);
    expect(links.filter((l) => l.confirmed)).toHaveLength(1);
    const requested = links.find((l) => l.subject === second);
    expect(requested).toMatchObject({ issuer: provider?.issuer, confirmed: false });

    // Nobody but Sanne or a platform beheerder sees or changes her links, in her region or another.
    const docent = await passwordClient(YOUSSEF);
    const vars = { p: viewer.person.id, i: requested?.issuer, s: requested?.subject };
    for (const client of [docent, new GraphqlHttpClient(apiUrl())]) {
      const list = await client.query(`query($p: ID) { oidcLinks(personId: $p) { ${LINK_FIELDS} } }`, { p: viewer.person.id });
      expect(list.data?.['oidcLinks']).toBeUndefined();
      expect(list.errors?.[0]?.extensions?.['code']).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
      for (const op of ['confirmOidcLink', 'removeOidcLink']) {
        const change = await client.query(`mutation($p: ID!, $i: String!, $s: String!) { ${op}(personId: $p, issuer: $i, subject: $s) { subject } }`, vars);
        expect(change.errors?.[0]?.extensions?.['code']).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
      }
    }
    const beheerder = await passwordClient(PETER);
    expect(await linksOf(beheerder, viewer.person.id)).toHaveLength(2);

    links = (await sanne.request<{ confirmOidcLink: Link[] }>(`mutation($p: ID!, $i: String!, $s: String!) { confirmOidcLink(personId: $p, issuer: $i, subject: $s) { ${LINK_FIELDS} } }`, vars))
      .confirmOidcLink;
    expect(links.every((l) => l.confirmed)).toBe(true);
    const confirmed = await runOidcLogin(apiUrl(), second);
    expect((await viewerWithCookiesOf(confirmed.jar)).person?.email).toBe(SANNE);

    // The beheerder removes it again: that subject no longer signs her in.
    links = (await beheerder.request<{ removeOidcLink: Link[] }>(`mutation($p: ID!, $i: String!, $s: String!) { removeOidcLink(personId: $p, issuer: $i, subject: $s) { ${LINK_FIELDS} } }`, vars))
      .removeOidcLink;
    expect(links.map((l) => l.subject)).not.toContain(second);
    await refused(second, 'oidc-bevestigen');
  }, 120_000);

  it('lets a signed-in person add a provider identity to their own account (koppelen)', async () => {
    const docent = await passwordClient(YOUSSEF);
    const account = as('andere.naam@example.org', { sub: 'youssef-second-account' });
    const result = await runOidcLogin(apiUrl(), account, { jar: docent.jar, startPath: '/auth/oidc/login?koppelen=1' });
    expect(result.location?.href).toBe(`${apiUrl()}/profiel?gekoppeld=1`);
    expect((await linksOf(docent)).find((l) => l.subject === account)).toMatchObject({ confirmed: true });
    const signIn = await runOidcLogin(apiUrl(), account);
    expect((await viewerWithCookiesOf(signIn.jar)).person?.email).toBe(YOUSSEF);
  }, 60_000);

  it('replaces the session the browser already had (the previous person is signed out)', async () => {
    const previous = await passwordClient(YOUSSEF);
    const oldToken = previous.sessionCookie ?? '';
    const result = await runOidcLogin(apiUrl(), SANNE, { jar: previous.jar });
    expect(result.sessionCookie?.value).not.toBe(oldToken);
    expect((await viewerWithCookiesOf(result.jar)).person?.email).toBe(SANNE);
    expect(await new GraphqlHttpClient(apiUrl(), { sessionCookie: oldToken }).viewer()).toEqual({ authenticated: false, person: null });
  }, 30_000);

  it('signs out at the provider too (RP-initiated logout), so the next person is asked to sign in', async () => {
    const jar = new CookieJar();
    await runOidcLogin(apiUrl(), SANNE, { jar });
    // Control: with the provider's session alive, the next "Inloggen met…" signs in without asking.
    const silent = await runOidcLogin(apiUrl(), SANNE, { jar });
    expect(silent.askedForLogin).toBe(false);
    const token = jar.get(new URL(apiUrl()), SESSION_COOKIE)?.value ?? '';

    const cookie = jar.headerFor(new URL(`${apiUrl()}/auth/logout`)) ?? '';
    const logout = await fetch(`${apiUrl()}/auth/logout`, { method: 'POST', headers: { cookie }, redirect: 'manual' });
    expect(logout.status).toBe(303);
    const endSession = new URL(logout.headers.get('location') ?? '', apiUrl());
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${provider?.issuer}/session/end`);
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${apiUrl()}/inloggen?uitgelogd=1`);
    expect(await new GraphqlHttpClient(apiUrl(), { sessionCookie: token }).viewer()).toEqual({ authenticated: false, person: null });

    const back = await endProviderSession(endSession, jar);
    expect(back.href).toBe(`${apiUrl()}/inloggen?uitgelogd=1`);
    const next = await runOidcLogin(apiUrl(), SANNE, { jar });
    expect(next.askedForLogin).toBe(true);
    expect((await viewerWithCookiesOf(next.jar)).person?.email).toBe(SANNE);
  }, 60_000);

  it('POST /auth/logout without an OIDC session ends the session and goes to the sign-in page', async () => {
    const client = await passwordClient(YOUSSEF);
    const logout = await fetch(`${apiUrl()}/auth/logout`, { method: 'POST', headers: { cookie: client.cookieHeader() }, redirect: 'manual' });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('location')).toBe('/inloggen?uitgelogd=1');
    expect(await client.viewer()).toEqual({ authenticated: false, person: null });
  }, 30_000);
});

describe('OIDC configuration that production refuses', () => {
  const boot = (env: Record<string, string>) =>
    spawnSync(process.execPath, [API_MAIN], {
      env: { PATH: process.env['PATH'], NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), OIDC_CLIENT_ID: 'verbinder', OIDC_CLIENT_SECRET: 'geheim', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('refuses to boot with an http:// issuer in production', () => {
    const result = boot({ OIDC_ISSUER_URL: 'http://idp.example.org' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('OIDC_ISSUER_URL');
    expect(result.stderr).toContain('https://');
  });

  it("refuses Entra's multi-tenant issuer without a tenant allow-list", () => {
    const result = boot({ OIDC_ISSUER_URL: 'https://login.microsoftonline.com/organizations/v2.0' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('OIDC_ALLOWED_TENANT_IDS');
  });
});
