import type { Response } from 'express';
import { SESSION_COOKIE } from '@verbinder/platform/graphql';

export function setSessionCookie(res: Response | undefined, token: string, expiresAt: Date, secure: boolean): void {
  res?.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}

export function clearSessionCookie(res: Response | undefined, secure: boolean): void {
  res?.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
