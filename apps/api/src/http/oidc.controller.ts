import { createHash } from 'node:crypto';
import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService, OidcClaims, OidcRefusalReason, OidcService, OidcSignInRefused } from '@verbinder/identity/core';
import { clearSessionCookie, setSessionCookie } from '@verbinder/identity/graphql';
import { OidcClient, PendingOidcLogin } from '@verbinder/identity/oidc';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { JsonLogger } from '@verbinder/platform/events';
import { readCookie, SESSION_COOKIE } from '@verbinder/platform/graphql';
import { signToken, verifyToken } from '@verbinder/shared/kernel';
import { safeReturnPath } from '@verbinder/shared/contracts';
import { HttpFaultFilter } from '@verbinder/platform/public-web';

const PENDING_COOKIE = 'vb_oidc';
const PENDING_TTL_MS = 10 * 60 * 1000;

/** The `fout=` code of /inloggen (sign-in) or /profiel (adding a link) for each refusal; see docs/operations.md. */
const REFUSAL_CODES: Record<OidcRefusalReason, string> = {
  'tenant-not-allowed': 'oidc-tenant',
  'email-unverified': 'oidc-email-onbevestigd',
  'unknown-account': 'onbekend-account',
  'confirmation-needed': 'oidc-bevestigen',
  'linked-to-other': 'oidc-al-gekoppeld',
};

/**
 * A started sign-in; `linkFor` when a signed-in person adds an identity to their own account;
 * `returnTo` the page on this site to open after signing in (checked by safeReturnPath).
 */
type PendingState = PendingOidcLogin & { exp: number; linkFor?: string; returnTo?: string };

/**
 * OIDC sign-in: /auth/oidc/login sends the browser to the issuer with PKCE, state and nonce
 * (kept in a short-lived HMAC-signed cookie); /auth/oidc/callback completes it and sets the
 * session, replacing any session the browser had. /auth/oidc/login?koppelen=1 (signed in) adds
 * the provider identity to the person's own account instead. POST /auth/logout ends the session
 * and, when the provider offers it, the provider's session too (RP-initiated logout).
 */
@UseFilters(HttpFaultFilter)
@Controller('auth')
export class OidcController {
  constructor(
    private readonly oidc: OidcClient,
    private readonly auth: AuthService,
    private readonly oidcSignIn: OidcService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: JsonLogger,
  ) {}

  @Get('oidc/login')
  async login(@Req() req: Request, @Res() res: Response, @Query('koppelen') link?: string, @Query('naar') naar?: unknown): Promise<void> {
    if (!this.oidc.enabled) {
      res.redirect(302, '/inloggen?fout=oidc-uit');
      return;
    }
    let linkFor: string | undefined;
    if (link !== undefined) {
      const actor = await this.auth.resolveSession(readCookie(req.headers.cookie, SESSION_COOKIE));
      if (!actor) {
        res.redirect(302, '/inloggen');
        return;
      }
      linkFor = actor.personId;
    }
    try {
      const { url, pending } = await this.oidc.start();
      res.cookie(PENDING_COOKIE, this.sign({ ...pending, exp: Date.now() + PENDING_TTL_MS, linkFor, returnTo: safeReturnPath(naar) ?? undefined }), {
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

  @Get('oidc/callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.clearCookie(PENDING_COOKIE, { path: '/auth/oidc' });
    const pending = this.verify(readCookie(req.headers.cookie, PENDING_COOKIE));
    const previousSession = readCookie(req.headers.cookie, SESSION_COOKIE);
    const failPage = pending?.linkFor ? '/profiel' : '/inloggen';
    if (!pending) {
      res.redirect(302, '/inloggen?fout=oidc-verlopen');
      return;
    }
    let claims: OidcClaims | null = null;
    try {
      claims = await this.oidc.finish(new URL(req.originalUrl, this.config.publicUrl), pending);
      if (pending.linkFor) {
        // Only for the person who started it, still signed in in this browser.
        const actor = await this.auth.resolveSession(previousSession);
        if (actor?.personId !== pending.linkFor) {
          res.redirect(302, '/inloggen?fout=oidc-verlopen');
          return;
        }
        await this.oidcSignIn.linkOidcIdentity(actor.personId, claims);
        this.logger.info('oidc identity linked by its person', { issuer: claims.issuer, subject: hashed(claims.subject) });
        res.redirect(302, '/profiel?gekoppeld=1');
        return;
      }
      // The browser's earlier session (someone else's, on a shared computer) ends whatever happens next.
      if (previousSession) {
        await this.auth.signOut(previousSession);
        clearSessionCookie(res, this.config.session.secureCookie);
      }
      const session = await this.oidcSignIn.signInWithOidc(claims);
      setSessionCookie(res, session.token, session.expiresAt, this.config.session.secureCookie);
      // Checked again: the signed cookie is ours, but the rule may have tightened since it was made.
      res.redirect(302, safeReturnPath(pending.returnTo) ?? '/');
    } catch (error) {
      if (error instanceof OidcSignInRefused) {
        this.logger.warn('oidc sign-in refused', {
          reason: error.reason,
          issuer: claims?.issuer,
          subject: claims ? hashed(claims.subject) : undefined,
          tenantId: claims?.tenantId ?? undefined,
        });
        res.redirect(302, `${failPage}?fout=${REFUSAL_CODES[error.reason]}`);
        return;
      }
      this.logger.warn('oidc callback refused', { reason: 'invalid-response', error: (error as Error).message });
      res.redirect(302, `${failPage}?fout=oidc-mislukt`);
    }
  }

  /**
   * Sign-out for the web app (a form POST; a cross-site POST carries no SameSite=Lax cookie):
   * ends the session on every node and, for an OIDC session whose provider has an
   * end_session_endpoint, sends the browser there so the provider's session ends as well.
   */
  @Post('logout')
  @HttpCode(303)
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const idToken = await this.oidcSignIn.oidcIdTokenOf(token);
    await this.auth.signOut(token);
    clearSessionCookie(res, this.config.session.secureCookie);
    const afterwards = `${this.config.publicUrl}/inloggen?uitgelogd=1`;
    const providerLogout = idToken && this.oidc.enabled ? await this.oidc.endSessionUrl(idToken, afterwards) : null;
    res.redirect(303, providerLogout ?? '/inloggen?uitgelogd=1');
  }

  private sign(value: PendingState): string {
    return signToken(this.config.session.secret, 'oidc', Buffer.from(JSON.stringify(value)).toString('base64url'));
  }

  private verify(cookie: string | null): PendingState | null {
    // A cookie holds at most 4 KB.
    const body = verifyToken(this.config.session.secret, 'oidc', cookie, 4096);
    if (!body) return null;
    try {
      const value = JSON.parse(Buffer.from(body, 'base64url').toString()) as PendingState;
      return value.exp > Date.now() ? value : null;
    } catch {
      return null;
    }
  }
}

/** Subjects are logged hashed (no personal data in logs). */
function hashed(subject: string): string {
  return createHash('sha256').update(subject).digest('base64url').slice(0, 16);
}
