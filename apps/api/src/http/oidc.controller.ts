import { createHmac, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from '@verbinder/identity/core';
import { setSessionCookie } from '@verbinder/identity/graphql';
import { OidcClient, PendingOidcLogin } from '@verbinder/identity/oidc';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { JsonLogger } from '@verbinder/platform/events';
import { readCookie } from '@verbinder/platform/graphql';
import { ErrorCode } from '@verbinder/shared/contracts';
import { isDomainError } from '@verbinder/shared/kernel';
import { HttpFaultFilter } from './http-fault.filter';

const PENDING_COOKIE = 'vb_oidc';
const PENDING_TTL_MS = 10 * 60 * 1000;

/**
 * OIDC sign-in: /auth/oidc/login sends the browser to the issuer with PKCE, state and nonce
 * (kept in a short-lived HMAC-signed cookie); /auth/oidc/callback completes it and sets the session.
 */
@UseFilters(HttpFaultFilter)
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcClient,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: JsonLogger,
  ) {}

  @Get('login')
  async login(@Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) {
      res.redirect(302, '/inloggen?fout=oidc-uit');
      return;
    }
    try {
      const { url, pending } = await this.oidc.start();
      res.cookie(PENDING_COOKIE, this.sign({ ...pending, exp: Date.now() + PENDING_TTL_MS }), {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.session.secureCookie,
        path: '/auth/oidc',
        maxAge: PENDING_TTL_MS,
      });
      res.redirect(302, url);
    } catch (error) {
      this.logger.error('oidc login could not start', { error: (error as Error).message });
      res.redirect(302, '/inloggen?fout=oidc-onbereikbaar');
    }
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.clearCookie(PENDING_COOKIE, { path: '/auth/oidc' });
    const pending = this.verify(readCookie(req.headers.cookie, PENDING_COOKIE));
    if (!pending) {
      res.redirect(302, '/inloggen?fout=oidc-verlopen');
      return;
    }
    try {
      const callbackUrl = new URL(req.originalUrl, this.config.publicUrl);
      const claims = await this.oidc.finish(callbackUrl, pending);
      const session = await this.auth.signInWithOidc(claims);
      setSessionCookie(res, session.token, session.expiresAt, this.config.session.secureCookie);
      res.redirect(302, '/');
    } catch (error) {
      if (isDomainError(error) && error.code === ErrorCode.NOT_FOUND) {
        res.redirect(302, '/inloggen?fout=onbekend-account');
        return;
      }
      this.logger.warn('oidc callback refused', { error: (error as Error).message });
      res.redirect(302, '/inloggen?fout=oidc-mislukt');
    }
  }

  private sign(value: PendingOidcLogin & { exp: number }): string {
    const body = Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  private verify(cookie: string | null): PendingOidcLogin | null {
    if (!cookie) return null;
    const [body, mac] = cookie.split('.');
    if (!body || !mac) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const value = JSON.parse(Buffer.from(body, 'base64url').toString()) as PendingOidcLogin & { exp: number };
      return value.exp > Date.now() ? value : null;
    } catch {
      return null;
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.config.session.secret).update(`oidc:${body}`).digest('base64url');
  }
}
