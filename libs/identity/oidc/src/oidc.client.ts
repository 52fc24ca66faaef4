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
      let email = typeof claims['email'] === 'string' ? claims['email'] : null;
      let verified = claims['email_verified'] === true;
      if (!email) {
        const info = await lib.fetchUserInfo(config, tokens.access_token, claims.sub);
        email = typeof info.email === 'string' ? info.email : null;
        verified = info.email_verified === true;
      }
      // Entra ID does not send email_verified; its `email` comes from the tenant's directory.
      if (email && !('email_verified' in claims) && typeof claims['tid'] === 'string') verified = true;
      return { issuer: String(claims.iss), subject: claims.sub, email, emailVerified: verified };
    } catch (error) {
      throw new OidcError('invalid-response', `OIDC callback rejected: ${(error as Error).message}`);
    }
  }
}
