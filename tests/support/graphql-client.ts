// GraphQL over HTTP for one user: keeps that user's cookies (the vb_session cookie) like a browser.
import { request as httpRequest } from 'node:http';
import { CookieJar } from './cookie-jar';

export const SESSION_COOKIE = 'vb_session';

export interface GraphqlError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphqlResult<TData> {
  data?: TData | null;
  errors?: GraphqlError[];
  /** HTTP status of the response. */
  status: number;
  /** HTTP headers of the response (e.g. Retry-After on a 503). */
  headers: Headers;
}

export interface ViewerResult {
  authenticated: boolean;
  person: { id: string; name: string; email: string } | null;
}

export class GraphqlHttpClient {
  readonly baseUrl: string;
  readonly jar: CookieJar;

  constructor(baseUrl: string, options: { jar?: CookieJar; sessionCookie?: string } = {}) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.jar = options.jar ?? new CookieJar();
    if (options.sessionCookie !== undefined) this.setSessionCookie(options.sessionCookie);
  }

  get endpoint(): string {
    return `${this.baseUrl}/graphql`;
  }

  async query<TData = Record<string, unknown>>(document: string, variables?: Record<string, unknown>): Promise<GraphqlResult<TData>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    const cookie = this.jar.headerFor(this.endpoint);
    if (cookie) headers['cookie'] = cookie;
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document, variables }),
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
    this.jar.storeFrom(this.endpoint, response);
    const text = await response.text();
    let body: { data?: TData | null; errors?: GraphqlError[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`POST ${this.endpoint} answered ${response.status} with non-JSON: ${text.slice(0, 500)}`);
    }
    return { data: body.data, errors: body.errors, status: response.status, headers: response.headers };
  }

  /** Like query, but throws when the response carries errors or no data. */
  async request<TData = Record<string, unknown>>(document: string, variables?: Record<string, unknown>): Promise<TData> {
    const result = await this.query<TData>(document, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL request failed (HTTP ${result.status}): ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }

  async signInAsDemo(key: string): Promise<ViewerResult> {
    const data = await this.request<{ signInAsDemo: ViewerResult }>(
      `mutation SignInAsDemo($key: String!) {
        signInAsDemo(key: $key) { authenticated person { id name email } }
      }`,
      { key },
    );
    if (!data.signInAsDemo.authenticated) throw new Error(`signInAsDemo("${key}") did not authenticate`);
    if (!this.sessionCookie) throw new Error(`signInAsDemo("${key}") did not set the ${SESSION_COOKIE} cookie`);
    return data.signInAsDemo;
  }

  async signIn(email: string, password: string): Promise<GraphqlResult<{ signIn: ViewerResult }>> {
    return this.query<{ signIn: ViewerResult }>(
      `mutation SignIn($email: String!, $password: String!) {
        signIn(email: $email, password: $password) { authenticated person { id name email } }
      }`,
      { email, password },
    );
  }

  async viewer(): Promise<ViewerResult> {
    const data = await this.request<{ viewer: ViewerResult }>('query Viewer { viewer { authenticated person { id name email } } }');
    return data.viewer;
  }

  setSessionCookie(value: string): void {
    this.jar.set(this.baseUrl, SESSION_COOKIE, value);
  }

  get sessionCookie(): string | undefined {
    return this.jar.get(this.endpoint, SESSION_COOKIE)?.value;
  }

  /** Cookie header for other transports (socket.io, graphql-ws) of the same user. */
  cookieHeader(): string {
    return this.jar.headerFor(this.endpoint) ?? '';
  }
}

/**
 * One GraphQL POST from a chosen loopback address (127.0.0.x: the API sees it as the client IP),
 * with extra request headers (a cookie, a forged X-Forwarded-For); the answer and the session
 * cookie the response set, if any.
 */
export function postGraphqlFrom(
  baseUrl: string,
  localAddress: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ data?: Record<string, unknown> | null; errors?: GraphqlError[]; cookie?: string }> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL('/graphql', baseUrl),
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers }, timeout: 30_000 },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
          resolve({ ...JSON.parse(text), cookie });
        });
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.end(body);
  });
}
