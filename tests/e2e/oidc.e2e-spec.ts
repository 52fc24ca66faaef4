// Sign-in through a real OpenID Provider (node-oidc-provider in a child process) against the built API.
import { randomBytes } from 'node:crypto';

import { type ApiHandle, getFreePort, GraphqlHttpClient, startApi } from '../support/api-process';
import { loginThroughProvider, type OidcProviderHandle, runOidcLogin, startOidcProvider } from '../support/oidc';

const CLIENT_ID = 'verbinder-e2e';
const CLIENT_SECRET = randomBytes(24).toString('hex');
const SANNE = 'sanne.devries@example.org';

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
      env: {
        OIDC_ISSUER_URL: provider.issuer,
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_CLIENT_SECRET: CLIENT_SECRET,
        OIDC_LABEL: 'Test-IdP',
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
});
