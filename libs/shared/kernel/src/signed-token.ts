import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The one signed-token helper. A token is `<payload>.<mac>`, where the MAC is the base64url
 * HMAC-SHA256 of `<purpose>:<payload>` under the server secret: a token signed for one purpose
 * never verifies for another. Tokens already issued (unsubscribe links in e-mails, company
 * session cookies, form tokens, OIDC state cookies) keep this exact format.
 */
export function tokenMac(secret: string, purpose: string, payload: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${payload}`).digest('base64url');
}

/** Compares two strings in constant time for their length (a different length is unequal at once). */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function signToken(secret: string, purpose: string, payload: string): string {
  return `${payload}.${tokenMac(secret, purpose, payload)}`;
}

/**
 * The payload of a token signed for `purpose`, or null when it is not a string, longer than
 * `maxLength`, has no MAC or a wrong one. The payload may itself contain dots.
 */
export function verifyToken(secret: string, purpose: string, token: unknown, maxLength = 1000): string | null {
  if (typeof token !== 'string' || token.length > maxLength) return null;
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const payload = token.slice(0, dot);
  return constantTimeEqual(tokenMac(secret, purpose, payload), token.slice(dot + 1)) ? payload : null;
}

/** A token that expires: `<payload>.<expiry in epoch ms>.<mac>`. */
export function signExpiringToken(secret: string, purpose: string, payload: string, expiresAt: Date): string {
  return signToken(secret, purpose, `${payload}.${expiresAt.getTime()}`);
}

/** The payload of an unexpired token signed for `purpose` (see verifyToken), or null. */
export function verifyExpiringToken(secret: string, purpose: string, token: unknown, now: Date, maxLength = 1000): string | null {
  const signed = verifyToken(secret, purpose, token, maxLength);
  const dot = signed === null ? -1 : signed.lastIndexOf('.');
  if (signed === null || dot <= 0) return null;
  const expires = signed.slice(dot + 1);
  if (!/^\d{1,16}$/.test(expires) || Number(expires) <= now.getTime()) return null;
  return signed.slice(0, dot);
}
