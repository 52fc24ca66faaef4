// OIDC for the e2e suites: a real OpenID Provider in a child process (oidc-provider.mjs) and a
// browserless sign-in through it (fetch with manual redirects and one cookie jar, like a browser).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { CookieJar, type StoredCookie } from './cookie-jar';
import { SESSION_COOKIE } from './graphql-client';
import { settlesWithin } from './timing';

const PROVIDER_SCRIPT = join(__dirname, 'oidc-provider.mjs');
const START_TIMEOUT_MS = 20_000;
const MAX_STEPS = 25;

export interface OidcProviderOptions {
  clientId: string;
  clientSecret: string;
  /** The API's callback: PUBLIC_URL + '/auth/oidc/callback'. */
  redirectUri: string | string[];
  /** Port for the provider; a free one when absent. */
  port?: number;
}

export interface OidcProviderHandle {
  /** e.g. http://127.0.0.1:40123 (discovery at issuer + '/.well-known/openid-configuration') */
  issuer: string;
  stop(): Promise<void>;
  logs(): string;
}

export async function startOidcProvider(options: OidcProviderOptions): Promise<OidcProviderHandle> {
  const redirectUris = Array.isArray(options.redirectUri) ? options.redirectUri : [options.redirectUri];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OIDC_CLIENT_ID: options.clientId,
    OIDC_CLIENT_SECRET: options.clientSecret,
    OIDC_REDIRECT_URIS: redirectUris.join(','),
    OIDC_PROVIDER_PORT: String(options.port ?? 0),
  };
  // Jest runs with --experimental-vm-modules; the provider does not need it.
  delete env['NODE_OPTIONS'];

  const child = spawn(process.execPath, [PROVIDER_SCRIPT], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let stdoutBuffer = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  process.once('exit', () => child.kill('SIGKILL'));

  let started = false;
  const issuer = await new Promise<string>((resolveIssuer, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`OIDC provider did not start within ${START_TIMEOUT_MS / 1000} s.\n${output}`));
    }, START_TIMEOUT_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      // Only the first line is the handshake; later output (provider notices) is just kept for logs().
      if (started) return;
      stdoutBuffer += chunk;
      const newline = stdoutBuffer.indexOf('\n');
      if (newline < 0) return;
      const line = stdoutBuffer.slice(0, newline);
      stdoutBuffer = '';
      started = true;
      try {
        const parsed = JSON.parse(line) as { issuer?: unknown };
        if (typeof parsed.issuer !== 'string') throw new Error('no issuer');
        clearTimeout(timer);
        resolveIssuer(parsed.issuer);
      } catch {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`OIDC provider printed an unexpected first line: ${line}\n${output}`));
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`OIDC provider exited (code ${code}, signal ${signal}) before listening.\n${output}`));
    });
  });

  return {
    issuer,
    logs: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      if (!(await settlesWithin(exited, 5_000))) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

export interface OidcLoginOptions {
  /** Cookie jar of the "browser" (a fresh one by default). */
  jar?: CookieJar;
  /** Password typed into the provider's login form (it accepts any). */
  password?: string;
  /**
   * Called with the provider's redirect back to the API callback, before the "browser" follows it.
   * Change the URL (e.g. tamper with `state`) or the jar (e.g. drop the API's cookies) here.
   */
  beforeCallback?: (callbackUrl: URL, jar: CookieJar) => void;
  /** Where the sign-in starts (default /auth/oidc/login; /auth/oidc/login?koppelen=1 adds a link). */
  startPath?: string;
}

export interface OidcLoginResult {
  /** The API's redirect to the provider (from GET /auth/oidc/login). */
  authorizationUrl: URL;
  /** The provider's redirect back to the API, as followed (after beforeCallback). */
  callbackUrl: URL;
  /** Status of the API's answer to the callback. */
  status: number;
  /** Location of the API's answer to the callback (absolute), when it redirected. */
  location?: URL;
  /** Body of the API's answer when it did not redirect (for diagnostics). */
  body?: string;
  /** The vb_session cookie the API set, if any. */
  sessionCookie?: StoredCookie;
  jar: CookieJar;
  /** Every request made, for failure messages. */
  trace: string[];
  /** Whether the provider showed its login form (false: its own session signed the browser in silently). */
  askedForLogin: boolean;
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

function decodeHtml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = match[1];
    if (!name) continue;
    result[name.toLowerCase()] = decodeHtml(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return result;
}

interface HtmlForm {
  action: string;
  method: string;
  fields: Record<string, string>;
}

/** The first POST form of a page with its (hidden and pre-filled) inputs. */
function parsePostForm(html: string): HtmlForm | undefined {
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const formAttributes = attributes(match[1] ?? '');
    const method = (formAttributes['method'] ?? 'get').toLowerCase();
    if (method !== 'post') continue;
    const fields: Record<string, string> = {};
    for (const input of (match[2] ?? '').matchAll(/<input\b([^>]*)>/gi)) {
      const inputAttributes = attributes((input[1] ?? '').replace(/\/$/, ''));
      const name = inputAttributes['name'];
      if (name) fields[name] = inputAttributes['value'] ?? '';
    }
    return { action: formAttributes['action'] ?? '', method, fields };
  }
  return undefined;
}

/**
 * The whole sign-in as a browser does it: GET apiUrl/auth/oidc/login, follow to the provider, submit
 * the login form with `email`, consent when asked, follow back to the API's callback and stop at the
 * API's answer (which is not followed). Throws when the flow breaks before reaching the API again.
 */
export async function runOidcLogin(apiUrl: string, email: string, options: OidcLoginOptions = {}): Promise<OidcLoginResult> {
  const jar = options.jar ?? new CookieJar();
  const api = new URL(apiUrl);
  const trace: string[] = [];

  const request = async (url: URL, init: { method?: string; body?: URLSearchParams } = {}) => {
    const headers: Record<string, string> = { accept: 'text/html,application/json;q=0.9,*/*;q=0.8' };
    const cookie = jar.headerFor(url);
    if (cookie) headers['cookie'] = cookie;
    if (init.body) headers['content-type'] = 'application/x-www-form-urlencoded';
    let response: Response;
    try {
      response = await fetch(url, {
        method: init.method ?? 'GET',
        headers,
        body: init.body?.toString(),
        redirect: 'manual',
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      const cause = error instanceof Error ? `${error.message} (${String(error.cause ?? '')})` : String(error);
      trace.push(`${init.method ?? 'GET'} ${url.href} -> ${cause}`);
      throw new Error(`OIDC sign-in of ${email}: request failed\n${trace.join('\n')}`);
    }
    jar.storeFrom(url, response);
    trace.push(`${init.method ?? 'GET'} ${url.href} -> ${response.status} ${response.headers.get('location') ?? ''}`);
    return response;
  };
  const fail = (message: string): never => {
    throw new Error(`OIDC sign-in of ${email}: ${message}\n${trace.join('\n')}`);
  };
  const locationOf = (response: Response, base: URL): URL => {
    const location = response.headers.get('location');
    if (!location) return fail(`HTTP ${response.status} without Location`);
    return new URL(location, base);
  };

  const loginUrl = new URL(options.startPath ?? '/auth/oidc/login', api);
  let askedForLogin = false;
  const start = await request(loginUrl);
  if (!isRedirect(start.status)) {
    fail(`GET ${loginUrl.href} answered ${start.status} instead of a redirect: ${(await start.text()).slice(0, 500)}`);
  }
  const authorizationUrl = locationOf(start, loginUrl);
  if (authorizationUrl.origin === api.origin) fail(`the API redirected to itself (${authorizationUrl.href}), not to the provider`);

  let next: { url: URL; method: 'GET' | 'POST'; body?: URLSearchParams } = { url: authorizationUrl, method: 'GET' };
  for (let step = 0; step < MAX_STEPS; step += 1) {
    if (next.url.origin === api.origin) {
      const callbackUrl = new URL(next.url.href);
      options.beforeCallback?.(callbackUrl, jar);
      const answer = await request(callbackUrl);
      const result: OidcLoginResult = {
        authorizationUrl,
        callbackUrl,
        status: answer.status,
        sessionCookie: jar.get(api, SESSION_COOKIE),
        jar,
        trace,
        askedForLogin,
      };
      if (isRedirect(answer.status)) result.location = locationOf(answer, callbackUrl);
      else result.body = (await answer.text()).slice(0, 2_000);
      return result;
    }

    const response = await request(next.url, { method: next.method, body: next.body });
    if (isRedirect(response.status)) {
      next = { url: locationOf(response, next.url), method: 'GET' };
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) fail(`the provider answered ${response.status}: ${html.slice(0, 1_000)}`);
    const form = parsePostForm(html);
    if (!form) fail(`the provider's page has no form to submit: ${html.slice(0, 1_000)}`);
    const { action, fields } = form as HtmlForm;
    if ('login' in fields) {
      askedForLogin = true;
      fields['login'] = email;
      fields['password'] = options.password ?? 'any-password';
    }
    next = { url: new URL(action || next.url.href, next.url), method: 'POST', body: new URLSearchParams(fields) };
  }
  return fail(`no redirect back to ${api.origin} after ${MAX_STEPS} steps`);
}

/** Sign in through the provider and return the API's vb_session cookie value (throws when there is none). */
export async function loginThroughProvider(apiUrl: string, email: string): Promise<string> {
  const result = await runOidcLogin(apiUrl, email);
  if (!result.sessionCookie) {
    throw new Error(`OIDC sign-in of ${email} ended without a ${SESSION_COOKIE} cookie: HTTP ${result.status} ` + `${result.location?.href ?? result.body ?? ''}\n${result.trace.join('\n')}`);
  }
  return result.sessionCookie.value;
}

/**
 * Follows an RP-initiated logout at the provider like a browser: GET the end-session URL, confirm
 * the provider's "sign out?" form, and return where the provider sends the browser afterwards.
 */
export async function endProviderSession(endSessionUrl: URL, jar: CookieJar): Promise<URL> {
  const send = async (url: URL, body?: URLSearchParams) => {
    const cookie = jar.headerFor(url);
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      headers: { ...(cookie ? { cookie } : {}), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: body?.toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
    jar.storeFrom(url, response);
    return response;
  };
  const page = await send(endSessionUrl);
  const html = await page.text();
  const form = parsePostForm(html);
  if (page.status !== 200 || !form) throw new Error(`the provider's end-session page answered ${page.status} without a form: ${html.slice(0, 500)}`);
  const confirmed = await send(new URL(form.action || endSessionUrl.href, endSessionUrl), new URLSearchParams({ ...form.fields, logout: 'yes' }));
  const location = confirmed.headers.get('location');
  if (!isRedirect(confirmed.status) || !location) throw new Error(`the provider did not redirect after sign-out (HTTP ${confirmed.status})`);
  return new URL(location, endSessionUrl);
}
