import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { AppConfig } from '@verbinder/platform/config';
import { ErrorCode } from '@verbinder/shared/contracts';
import { findUnsafeText, unsafeTextMessage } from '@verbinder/shared/kernel';
import { renderMessagePage } from '@verbinder/platform/public-web';

/**
 * HTTP hardening in one place, registered first in bootstrap so that every response type —
 * the web app, GraphQL, the public site (also a story page replayed by the page cache, which
 * keeps the headers captured when it was rendered), documents — carries the same headers.
 */

/**
 * Content-Security-Policy of every response. Scripts only from our own origin (the public site's
 * one script is `/loket/status.js`; the web app is a vite bundle of module files, no inline
 * script). Styles allow inline because the public pages embed their stylesheet and a few style
 * attributes (progress bars); no script can come in that way. Forms post only to our own origin,
 * plus the OIDC issuer's: the sign-out form's redirect to the provider's end_session_endpoint
 * (RP-initiated logout) is a form navigation that `form-action` also governs.
 */
export function contentSecurityPolicy(publicUrl: string, oidcIssuerUrl: string | null = null): string {
  const url = new URL(publicUrl);
  const formAction = ["'self'", ...(oidcIssuerUrl ? [new URL(oidcIssuerUrl).origin] : [])].join(' ');
  const ws = `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${ws}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formAction}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(config: AppConfig): RequestHandler {
  const headers: Array<[string, string]> = [
    ['Content-Security-Policy', contentSecurityPolicy(config.publicUrl, config.oidc?.issuerUrl ?? null)],
    ['X-Content-Type-Options', 'nosniff'],
    // Private pages (a secret link in the URL) override this with `no-referrer`.
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Frame-Options', 'DENY'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
  if (config.publicUrl.startsWith('https://')) headers.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']);
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a browser marks as coming from another site: the public
 * forms (loket intake, newsletter, activity registration, magic links), document uploads and
 * GraphQL. Current browsers send `Sec-Fetch-Site` on every request: `cross-site` is refused,
 * `same-origin` and `none` (typed by the user) pass. Otherwise (`same-site`, or an older browser)
 * the `Origin` must be `PUBLIC_URL`'s or the request's own host. `Origin: null` is what a form on
 * a `Referrer-Policy: no-referrer` page sends (our private pages); it passes only without Fetch
 * Metadata to judge by (old browsers; the SameSite=Lax cookie still protects signed-in requests).
 * Clients that send neither header (curl, server-to-server) are not browsers and carry no
 * victim's cookies.
 */
export function crossSiteGuard(config: AppConfig): RequestHandler {
  const publicOrigin = new URL(config.publicUrl).origin;
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const fetchSite = req.headers['sec-fetch-site'];
    const origin = req.headers.origin;
    if (fetchSite === 'same-origin' || fetchSite === 'none') return next();
    let crossSite = fetchSite === 'cross-site';
    if (!crossSite && origin !== undefined && !(origin === 'null' && fetchSite === undefined)) {
      try {
        const parsed = new URL(origin);
        crossSite = parsed.origin !== publicOrigin && parsed.host !== req.headers.host;
      } catch {
        crossSite = true; // "null" from a same-site page (sandboxed frame, privacy redirect) or garbage
      }
    }
    if (!crossSite) return next();
    refuse(req, res, 403, ErrorCode.FORBIDDEN, 'Dit verzoek komt van een andere website en is geweigerd. Open de pagina op deze website zelf en probeer het opnieuw.');
  };
}

/**
 * Whether a WebSocket (graphql-ws) or socket.io connection may be opened from a page of `origin`
 * (the handshake's `Origin` header). Browsers always send it on a WebSocket handshake and on a
 * cross-origin request, so a page of another site cannot hide it: a present Origin must be one
 * of `allowedOrigins` (PUBLIC_URL's, ALLOWED_ORIGINS, the dev server in development), and
 * `null` (a sandboxed frame, a file) is refused. Without Origin the client is not a browser
 * (our node test clients, server-to-server) and carries no victim's cookie: allowed.
 */
export function websocketOriginCheck(allowedOrigins: readonly string[]): (origin: string | string[] | undefined) => boolean {
  const allowed = new Set(allowedOrigins.map((o) => o.toLowerCase()));
  return (origin) => {
    if (origin === undefined) return true;
    if (Array.isArray(origin)) return false; // a duplicated Origin header is not from a browser
    return allowed.has(origin.trim().toLowerCase());
  };
}

/** GraphQL takes one operation per request: a JSON array (batch) is refused before any work. */
export const refuseGraphqlBatches: RequestHandler = (req, res, next) => {
  if (req.path === '/graphql' && req.method === 'POST' && Array.isArray(req.body)) {
    refuse(req, res, 400, ErrorCode.BATCH_NOT_SUPPORTED, 'Stuur één vraag per verzoek; meerdere vragen tegelijk (batching) worden niet ondersteund.');
    return;
  }
  next();
};

/**
 * Body-parser failures (a body over the limit, malformed JSON or form data) as a clear Dutch
 * JSON error instead of Express's HTML page with a stack trace.
 */
export const bodyErrors: ErrorRequestHandler = (error: { type?: string; status?: number; limit?: number }, req, res, next) => {
  if (error?.type === 'entity.too.large' || error?.status === 413) {
    const limit = typeof error.limit === 'number' ? ` (hoogstens ${Math.floor(error.limit / 1024)} kB)` : '';
    refuse(req, res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `Het verzoek is te groot${limit}. Stuur minder tegelijk.`);
    return;
  }
  if ((typeof error?.type === 'string' && error.type.startsWith('entity.')) || error?.type === 'charset.unsupported' || error?.type === 'encoding.unsupported') {
    refuse(req, res, 400, ErrorCode.BAD_USER_INPUT, 'Het verzoek aan de server is onleesbaar.');
    return;
  }
  next(error);
};

/**
 * Our forms send one text value per field. A field sent twice (`name=a&name=b`) or as a nested
 * object (`name[x]=1`) arrives as an array or object and would reach code that expects a string;
 * such a form body is refused as a whole with 400 BAD_USER_INPUT (after the body parser).
 */
export const refuseNonTextFormFields: RequestHandler = (req, res, next) => {
  const body: unknown = req.body;
  if (!req.is('application/x-www-form-urlencoded') || !body || typeof body !== 'object') return next();
  if (Object.values(body).every((value) => typeof value === 'string')) return next();
  refuse(req, res, 400, ErrorCode.BAD_USER_INPUT, 'Het formulier is onleesbaar: stuur elk veld één keer, als tekst.');
};

// A percent-encoded control character in the path (route parameters are decoded from it).
const CONTROL_IN_PATH = /%(?:[01][0-9a-f]|7f)/i;

/**
 * NUL bytes, other control characters and lone surrogates are refused at the edge, for every
 * route at once (registered right after the body parsers): in the path, in the query string and
 * anywhere in a JSON or form body (GraphQL variables included; literals inside a GraphQL document
 * are checked by the GraphQL layer). Browsers get a Dutch page, other clients JSON, both 400
 * `BAD_USER_INPUT` — never a database error, never a half-written record.
 */
export const refuseUnsafeText: RequestHandler = (req, res, next) => {
  const rawPath = req.originalUrl.split('?')[0];
  const path = CONTROL_IN_PATH.test(rawPath) ? 'adres' : (findUnsafeText(req.query, 'query') ?? findUnsafeText(req.body));
  if (!path) return next();
  const message = unsafeTextMessage(path);
  if (req.path !== '/graphql' && req.accepts(['json', 'html']) === 'html') {
    res.setHeader('Cache-Control', 'no-store');
    res
      .status(400)
      .type('html')
      .send(
        renderMessagePage({
          title: 'Niet verstuurd',
          description: 'Het formulier bevat tekens die niet zijn toegestaan.',
          canonicalUrl: '/',
          paragraphs: [message, 'Ga terug, pas je invoer aan en probeer het opnieuw.'],
        }),
      );
    return;
  }
  refuse(req, res, 400, ErrorCode.BAD_USER_INPUT, message);
};

/** GraphQL clients get `{ errors: [...] }`, other routes `{ code, message }` (like DomainErrorFilter). */
function refuse(req: Request, res: Response, status: number, code: ErrorCode, message: string): void {
  res.setHeader('Cache-Control', 'no-store');
  if (req.path === '/graphql') res.status(status).json({ errors: [{ message, extensions: { code } }] });
  else res.status(status).json({ code, message });
}
