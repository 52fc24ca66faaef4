// A small cookie jar for fetch-based test clients: what one browser would keep for one user.
// Cookies are kept per host (like browsers, ports are not separated), with Path, Max-Age and
// Expires honoured. Secure cookies are sent over http too: tests only talk to 127.0.0.1,
// which browsers treat as a secure context.

export interface StoredCookie {
  name: string;
  value: string;
  host: string;
  path: string;
  expiresAt?: number;
  httpOnly: boolean;
  sameSite?: string;
}

function defaultPath(url: URL): string {
  const { pathname } = url;
  if (!pathname.startsWith('/') || pathname === '/') return '/';
  const lastSlash = pathname.lastIndexOf('/');
  return lastSlash === 0 ? '/' : pathname.slice(0, lastSlash);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

export class CookieJar {
  private cookies: StoredCookie[] = [];

  /** Store the Set-Cookie headers of a response to a request for `requestUrl`. */
  storeFrom(requestUrl: string | URL, response: Response): void {
    for (const header of response.headers.getSetCookie()) this.setCookie(requestUrl, header);
  }

  /** Parse one Set-Cookie header value as a browser would for a response from `requestUrl`. */
  setCookie(requestUrl: string | URL, header: string): void {
    const url = new URL(requestUrl);
    const [pair = '', ...attributes] = header.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0) return;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const cookie: StoredCookie = { name, value, host: url.hostname, path: defaultPath(url), httpOnly: false };
    let maxAge: number | undefined;
    for (const attribute of attributes) {
      const [rawKey = '', ...rest] = attribute.split('=');
      const key = rawKey.trim().toLowerCase();
      const attributeValue = rest.join('=').trim();
      if (key === 'path' && attributeValue.startsWith('/')) cookie.path = attributeValue;
      else if (key === 'max-age' && /^-?\d+$/.test(attributeValue)) maxAge = Number(attributeValue);
      else if (key === 'expires') {
        const at = Date.parse(attributeValue);
        if (!Number.isNaN(at)) cookie.expiresAt = at;
      } else if (key === 'httponly') cookie.httpOnly = true;
      else if (key === 'samesite') cookie.sameSite = attributeValue;
    }
    if (maxAge !== undefined) cookie.expiresAt = Date.now() + maxAge * 1000;
    this.cookies = this.cookies.filter((c) => !(c.name === cookie.name && c.host === cookie.host && c.path === cookie.path));
    if (cookie.expiresAt === undefined || cookie.expiresAt > Date.now()) this.cookies.push(cookie);
  }

  /** Add a cookie directly (e.g. a session cookie obtained elsewhere). */
  set(url: string | URL, name: string, value: string, path = '/'): void {
    this.setCookie(url, `${name}=${value}; Path=${path}`);
  }

  /** The cookies a browser would send with a request to `url`. */
  cookiesFor(url: string | URL): StoredCookie[] {
    const target = new URL(url);
    const now = Date.now();
    this.cookies = this.cookies.filter((c) => c.expiresAt === undefined || c.expiresAt > now);
    return this.cookies.filter((c) => c.host === target.hostname && pathMatches(target.pathname, c.path)).sort((a, b) => b.path.length - a.path.length);
  }

  /** Value for a Cookie request header, or undefined when nothing applies. */
  headerFor(url: string | URL): string | undefined {
    const cookies = this.cookiesFor(url);
    return cookies.length ? cookies.map((c) => `${c.name}=${c.value}`).join('; ') : undefined;
  }

  get(url: string | URL, name: string): StoredCookie | undefined {
    return this.cookiesFor(url).find((c) => c.name === name);
  }

  all(): StoredCookie[] {
    return [...this.cookies];
  }

  /** Remove cookies for a host (optionally only one name). */
  clear(url?: string | URL, name?: string): void {
    if (!url) {
      this.cookies = [];
      return;
    }
    const host = new URL(url).hostname;
    this.cookies = this.cookies.filter((c) => !(c.host === host && (name === undefined || c.name === name)));
  }
}
