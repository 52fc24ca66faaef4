import { Inject, Injectable } from '@nestjs/common';
import type { OidcClaims } from '@verbinder/identity/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';

type OpenIdClient = typeof import('openid-client');
type Configuration = import('openid-client').Configuration;

export interface PendingOidcLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export class OidcError extends Error {
  constructor(
    readonly reason: 'not-configured' | 'provider-unreachable' | 'invalid-response',
    message: string,
  ) {
    super(message);
  }
}

/**
 * OIDC authorization-code flow with PKCE, state and nonce through `openid-client`
 * (ESM-only, so it is loaded with a dynamic import). Works with Microsoft Entra ID and any
 * standards-compliant issuer; discovery is cached after the first success.
 */
@Injectable()
export class OidcClient {
  private configuration: Promise<{ lib: OpenIdClient; config: Configuration }> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly appConfig: AppConfig) {}

  get enabled(): boolean {
    return this.appConfig.oidc !== null;
  }

  get redirectUri(): string {
    return `${this.appConfig.publicUrl}/auth/oidc/callback`;
  }

  private load(): Promise<{ lib: OpenIdClient; config: Configuration }> {
    const oidc = this.appConfig.oidc;
    if (!oidc) return Promise.reject(new OidcError('not-configured', 'OIDC is not configured'));
    this.configuration ??= (async () => {
      const lib: OpenIdClient = await import('openid-client');
      const issuer = new URL(oidc.issuerUrl);
      const config = await lib.discovery(
        issuer,
        oidc.clientId,
        undefined,
        lib.ClientSecretBasic(oidc.clientSecret),
        issuer.protocol === 'http:' ? { execute: [lib.allowInsecureRequests] } : undefined,
      );
      return { lib, config };
    })().catch((error: unknown) => {
      this.configuration = null;
      throw new OidcError('provider-unreachable', `OIDC discovery failed: ${(error as Error).message}`);
    });
    return this.configuration;
  }

  async start(): Promise<{ url: string; pending: PendingOidcLogin }> {
    const { lib, config } = await this.load();
    const pending: PendingOidcLogin = {
      state: lib.randomState(),
      nonce: lib.randomNonce(),
      codeVerifier: lib.randomPKCECodeVerifier(),
    };
    const url = lib.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: this.appConfig.oidc?.scopes ?? 'openid email profile',
      code_challenge: await lib.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /**
   * Completes the code flow and reads who signed in. Whether the e-mail address counts as
   * verified follows a rule that holds for the issuer (see `verifiedEmail`); the ID token is
   * returned for RP-initiated logout.
   */
  async finish(callbackUrl: URL, pending: PendingOidcLogin): Promise<OidcClaims> {
    const { lib, config } = await this.load();
    try {
      const tokens = await lib.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('no ID token');
      const tenantId = typeof claims['tid'] === 'string' ? claims['tid'].toLowerCase() : null;
      const entra = tenantId !== null || isEntraIssuer(String(claims.iss));
      // Userinfo is asked whenever the ID token leaves the address or its verification open; a
      // `false` from either source wins over a `true` from the other.
      const needsUserinfo = typeof claims['email'] !== 'string' || (!entra && claims['email_verified'] !== true);
      const info: Record<string, unknown> = needsUserinfo ? { ...(await lib.fetchUserInfo(config, tokens.access_token, claims.sub)) } : {};
      const { email, verified } = verifiedEmail(claims, info, entra);
      return {
        issuer: String(claims.iss),
        subject: claims.sub,
        email,
        emailVerified: verified,
        tenantId,
        issuerTenantId: entraTenantOf(this.appConfig.oidc?.issuerUrl ?? ''),
        idToken: tokens.id_token ?? null,
      };
    } catch (error) {
      throw new OidcError('invalid-response', `OIDC callback rejected: ${(error as Error).message}`);
    }
  }

  /**
   * Where the browser goes to end the provider's session too (RP-initiated logout), or null when
   * the provider has no end_session_endpoint (or is not reachable: the local sign-out is done anyway).
   */
  async endSessionUrl(idTokenHint: string | null, postLogoutRedirectUri: string): Promise<string | null> {
    try {
      const { lib, config } = await this.load();
      if (!config.serverMetadata().end_session_endpoint) return null;
      const params: Record<string, string> = { post_logout_redirect_uri: postLogoutRedirectUri, client_id: config.clientMetadata().client_id };
      if (idTokenHint) params['id_token_hint'] = idTokenHint;
      return lib.buildEndSessionUrl(config, params).href;
    } catch {
      return null;
    }
  }
}

const truthy = (value: unknown) => value === true || value === 'true' || value === 1 || value === '1';

function isEntraIssuer(issuer: string): boolean {
  try {
    const host = new URL(issuer).hostname.toLowerCase();
    return host === 'login.microsoftonline.com' || host === 'sts.windows.net';
  } catch {
    return false;
  }
}

/** The tenant id in an Entra issuer URL (login.microsoftonline.com/<tid>/v2.0), or null. */
export function entraTenantOf(issuer: string): string | null {
  if (!isEntraIssuer(issuer)) return null;
  const first = new URL(issuer).pathname.split('/').filter(Boolean)[0]?.toLowerCase() ?? '';
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(first) ? first : null;
}

/**
 * The address and whether it is verified, by a rule that holds for the issuer:
 * - Microsoft Entra (a `tid` claim or a Microsoft issuer): `email` is a free-text attribute any
 *   tenant admin (or user) can set, and Entra sends no `email_verified`. Only Microsoft's
 *   verified-domain signal counts: the optional claim `xms_edov` true, or the address listed in
 *   `verified_primary_email` / `verified_secondary_email`. `email_verified` is ignored.
 * - Any other issuer: `email_verified === true` from the ID token or userinfo, and neither says
 *   otherwise. A missing `email_verified` is not verified.
 */
export function verifiedEmail(idClaims: Record<string, unknown>, userinfo: Record<string, unknown>, entra: boolean): { email: string | null; verified: boolean } {
  const idEmail = typeof idClaims['email'] === 'string' ? idClaims['email'].trim().toLowerCase() : null;
  const infoEmail = typeof userinfo['email'] === 'string' ? userinfo['email'].trim().toLowerCase() : null;
  const email = idEmail ?? infoEmail;
  if (!email) return { email: null, verified: false };
  if (idEmail && infoEmail && idEmail !== infoEmail) return { email, verified: false };
  if (entra) {
    const listed = ['verified_primary_email', 'verified_secondary_email'].some((name) => {
      const value = idClaims[name];
      const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      return values.some((v) => typeof v === 'string' && v.trim().toLowerCase() === email);
    });
    return { email, verified: listed || truthy(idClaims['xms_edov']) };
  }
  const said = [idClaims['email_verified'], userinfo['email_verified']].filter((v) => v !== undefined);
  return { email, verified: said.length > 0 && said.every((v) => v === true) };
}
