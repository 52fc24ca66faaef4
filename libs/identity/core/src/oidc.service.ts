import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { Actor, DOMAIN_EVENTS, DomainError, DomainEvents } from '@verbinder/shared/kernel';
import { AuthService, IssuedSession } from './auth.service';
import { ExternalIdentityLink, IDENTITY_REPOSITORY, IdentityRepository } from './identity-repository.port';
import { sessionIdHashOf as hashToken } from './session-token';

export interface OidcClaims {
  issuer: string;
  subject: string;
  email: string | null;
  /** By the issuer's own rule (see the OIDC adapter): never true for a missing signal. */
  emailVerified: boolean;
  /** Microsoft Entra: the `tid` claim (lower case); null for other issuers. */
  tenantId: string | null;
  /** Microsoft Entra: the tenant in the configured issuer URL, null for organizations/common or other issuers. */
  issuerTenantId: string | null;
  /** The ID token itself, kept with the session as the hint of RP-initiated logout. */
  idToken: string | null;
}

/** Why an OIDC sign-in was refused; the HTTP layer turns it into a `fout=` code. */
export type OidcRefusalReason = 'tenant-not-allowed' | 'email-unverified' | 'unknown-account' | 'confirmation-needed' | 'linked-to-other';

export class OidcSignInRefused extends Error {
  constructor(readonly reason: OidcRefusalReason) {
    super(`OIDC sign-in refused: ${reason}`);
  }
}

/**
 * Sign-in with an OIDC provider (e.g. a school's Microsoft Entra tenant) and the links between a
 * person and external identities: linked on first sign-in by a verified address, a second
 * subject only on the person's (or a platform beheerder's) confirmation.
 */
@Injectable()
export class OidcService {
  constructor(
    @Inject(IDENTITY_REPOSITORY) private readonly repo: IdentityRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
    private readonly auth: AuthService,
  ) {}

  /**
   * Finds the person by a confirmed link (issuer, subject), or links the subject on first sign-in
   * by a verified e-mail address: only when the person has no link yet. A second subject for a
   * person with a link is only recorded as a request the person or a platform beheerder confirms.
   * Throws OidcSignInRefused with the reason.
   */
  async signInWithOidc(claims: OidcClaims): Promise<IssuedSession> {
    this.assertTenantAllowed(claims);
    let personId = await this.repo.findPersonIdByOidcSubject(claims.issuer, claims.subject);
    if (!personId) {
      if (!claims.email || !claims.emailVerified) throw new OidcSignInRefused('email-unverified');
      personId = await this.repo.findPersonIdByEmail(claims.email.toLowerCase());
      if (!personId) throw new OidcSignInRefused('unknown-account');
      const links = await this.repo.listOidcLinks(personId);
      if (links.some((link) => link.confirmedAt !== null)) {
        await this.repo.upsertOidcLink(claims.issuer, claims.subject, personId, null);
        throw new OidcSignInRefused('confirmation-needed');
      }
      await this.repo.upsertOidcLink(claims.issuer, claims.subject, personId, new Date());
    }
    return this.auth.issueSession(personId, claims.idToken);
  }

  /** A signed-in person adds the identity they just signed in with at the provider (no e-mail rule: they prove both). */
  async linkOidcIdentity(personId: string, claims: OidcClaims): Promise<void> {
    this.assertTenantAllowed(claims);
    const existing = await this.repo.findOidcLink(claims.issuer, claims.subject);
    if (existing?.confirmedAt && existing.personId !== personId) throw new OidcSignInRefused('linked-to-other');
    if (existing?.confirmedAt) return;
    await this.repo.upsertOidcLink(claims.issuer, claims.subject, personId, new Date());
  }

  /**
   * Microsoft Entra: only users of listed tenants (OIDC_ALLOWED_TENANT_IDS; without a list, the
   * tenant of a single-tenant issuer URL). A `tid` from any other issuer is held to the same list.
   */
  private assertTenantAllowed(claims: OidcClaims): void {
    const listed = this.config.oidc?.allowedTenantIds ?? [];
    const isEntra = claims.tenantId !== null || /^https:\/\/(login\.microsoftonline\.com|sts\.windows\.net)\//i.test(claims.issuer);
    if (!isEntra) return;
    const allowed = listed.length > 0 ? listed : claims.issuerTenantId ? [claims.issuerTenantId] : [];
    if (!claims.tenantId || !allowed.includes(claims.tenantId)) throw new OidcSignInRefused('tenant-not-allowed');
  }

  /** The person's links (confirmed and requested); only the person or a platform beheerder. */
  async listOidcLinks(actor: Actor, personId: string): Promise<ExternalIdentityLink[]> {
    this.assertOwnIdentity(actor, personId);
    return this.repo.listOidcLinks(personId);
  }

  async confirmOidcLink(actor: Actor, personId: string, issuer: string, subject: string): Promise<ExternalIdentityLink[]> {
    this.assertOwnIdentity(actor, personId);
    if (!(await this.repo.confirmOidcLink(issuer, subject, personId, new Date()))) throw DomainError.notFound('Deze koppeling');
    return this.repo.listOidcLinks(personId);
  }

  /** Removes a link; the person's sessions are checked again (a session may have come from it). */
  async removeOidcLink(actor: Actor, personId: string, issuer: string, subject: string): Promise<ExternalIdentityLink[]> {
    this.assertOwnIdentity(actor, personId);
    if (!(await this.repo.deleteOidcLink(issuer, subject, personId))) throw DomainError.notFound('Deze koppeling');
    await this.events.emit('identity.sessions-changed', { sessionIdHash: null, personId });
    return this.repo.listOidcLinks(personId);
  }

  private assertOwnIdentity(actor: Actor, personId: string): void {
    if (actor.personId !== personId && actor.systemRole !== 'BEHEERDER') {
      throw DomainError.forbidden('Alleen de persoon zelf of een platformbeheerder beheert deze inlogkoppelingen.');
    }
  }

  /** The ID token of a session (for RP-initiated logout), read before the session is ended. */
  async oidcIdTokenOf(token: string | null | undefined): Promise<string | null> {
    if (!token || token.length > 100) return null;
    return (await this.repo.findSession(hashToken(token)))?.oidcIdToken ?? null;
  }
}
