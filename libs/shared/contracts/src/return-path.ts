/** The query parameter of /inloggen and /auth/oidc/login that names where to go after signing in. */
export const RETURN_PATH_PARAM = 'naar';

const BASE = 'http://verbinder.invalid';

/**
 * The page to return to after signing in, when `value` is a path on this site (`/loketaanvraag/…`),
 * else null. Only same-origin relative paths pass: no scheme (`https://evil.example`), no
 * protocol-relative `//evil.example`, no backslash (`/\evil` is `//evil` to a browser), no control
 * characters, and not the sign-in pages themselves (no loop).
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000 || !value.startsWith('/') || value.startsWith('//')) return null;
  if (value.includes('\\') || [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  if (url.pathname === '/inloggen' || url.pathname.startsWith('/auth/')) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
