import { createHmac } from 'node:crypto';
import { constantTimeEqual, signExpiringToken, signToken, tokenMac, verifyExpiringToken, verifyToken } from './signed-token';

const SECRET = 'a-test-secret-of-enough-length-0123456789';

describe('signed tokens', () => {
  it('round-trips a payload (dots included) for its purpose', () => {
    const token = signToken(SECRET, 'loket-form', '1765100000000.abc');
    expect(verifyToken(SECRET, 'loket-form', token)).toBe('1765100000000.abc');
  });

  it('keeps the format of tokens already issued: <payload>.<base64url HMAC-SHA256 of "purpose:payload">', () => {
    const id = '6f1c2a4e-8a0b-4c7d-9e2f-0123456789ab';
    const mailed = `${id}.${createHmac('sha256', SECRET).update(`newsletter-unsubscribe:${id}`).digest('base64url')}`;
    expect(signToken(SECRET, 'newsletter-unsubscribe', id)).toBe(mailed);
    expect(verifyToken(SECRET, 'newsletter-unsubscribe', mailed)).toBe(id);
  });

  it('refuses a tampered payload or MAC, another secret and a token without a MAC', () => {
    const token = signToken(SECRET, 'oidc', 'payload');
    expect(verifyToken(SECRET, 'oidc', token.replace('payload', 'payloaD'))).toBeNull();
    expect(verifyToken(SECRET, 'oidc', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(verifyToken(SECRET, 'oidc', `${token}x`)).toBeNull();
    expect(verifyToken('another-secret', 'oidc', token)).toBeNull();
    expect(verifyToken(SECRET, 'oidc', 'payload')).toBeNull();
    expect(verifyToken(SECRET, 'oidc', `.${tokenMac(SECRET, 'oidc', '')}`)).toBeNull();
  });

  it('refuses a token signed for another purpose', () => {
    expect(verifyToken(SECRET, 'loket-company', signToken(SECRET, 'loket-form', 'x'))).toBeNull();
  });

  it('refuses what is not a string or is longer than allowed', () => {
    const token = signToken(SECRET, 'p', 'x'.repeat(100));
    expect(verifyToken(SECRET, 'p', token, token.length)).not.toBeNull();
    expect(verifyToken(SECRET, 'p', token, token.length - 1)).toBeNull();
    for (const value of [undefined, null, 42, {}, ['a.b']]) expect(verifyToken(SECRET, 'p', value)).toBeNull();
  });

  it('expires: valid until the expiry instant, refused from then on and when the expiry is tampered with', () => {
    const expiresAt = new Date('2026-12-07T12:00:00Z');
    const token = signExpiringToken(SECRET, 'loket-company', 'region.email', expiresAt);
    expect(token.startsWith(`region.email.${expiresAt.getTime()}.`)).toBe(true);
    expect(verifyExpiringToken(SECRET, 'loket-company', token, new Date(expiresAt.getTime() - 1))).toBe('region.email');
    expect(verifyExpiringToken(SECRET, 'loket-company', token, expiresAt)).toBeNull();
    const later = token.replace(String(expiresAt.getTime()), String(expiresAt.getTime() + 86_400_000));
    expect(verifyExpiringToken(SECRET, 'loket-company', later, new Date(expiresAt.getTime() + 1))).toBeNull();
    expect(verifyExpiringToken(SECRET, 'oidc', token, new Date(0))).toBeNull();
  });

  it('refuses an expiring token whose signed expiry is not a number', () => {
    expect(verifyExpiringToken(SECRET, 'p', signToken(SECRET, 'p', 'payload.soon'), new Date(0))).toBeNull();
    expect(verifyExpiringToken(SECRET, 'p', signToken(SECRET, 'p', '12345'), new Date(0))).toBeNull();
  });

  it('compares in constant time for equal lengths, and refuses other lengths without comparing', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
    // Multi-byte text compares by its bytes (no exception for equal character but unequal byte counts).
    expect(constantTimeEqual('é', 'ab')).toBe(false);
  });
});
