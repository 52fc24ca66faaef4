import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { PersonCredentials } from '@verbinder/regions/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import {
  Actor,
  ATTEMPT_LOG,
  ATTEMPT_RETENTION_MS,
  AttemptLog,
  backoffCeilingMs,
  CLOCK,
  Clock,
  DOMAIN_EVENTS,
  DomainError,
  DomainEvents,
  EMAIL_JOB,
  OUTBOX,
  Outbox,
  RateLimiter,
  rateLimited,
  UNIT_OF_WORK,
  UnitOfWork,
} from '@verbinder/shared/kernel';
import { DEMO_PERSONAS, DemoPersona } from './demo-personas';
import { ExternalIdentityLink, IDENTITY_REPOSITORY, IdentityRepository } from './identity-repository.port';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './password';

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  actor: Actor;
}

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

export const PASSWORD_RESET_JOB = 'identity.password-reset';
export const PASSWORD_RESET_MINUTES = 30;
export const PASSWORD_RESET_ANSWER =
  'Als er een account bij dit e-mailadres hoort, krijg je binnen een paar minuten een e-mail met een link om een nieuw wachtwoord te kiezen. De link werkt één keer en 30 minuten.';

/** Before this many failures of one address (all clients) sign-ins from unknown clients are not slowed. */
const FREE_FAILURES_PER_EMAIL = 5;
/** Then an unknown client waits this long after the latest failure, doubling with every further failure (at most the window). */
const BACKOFF_BASE_SECONDS = 30;
/** One client (IP) may fail this many times the per-pair limit (a school behind one NAT address). */
const CLIENT_LIMIT_FACTOR = 10;
/** How long a successful sign-in makes a client "known" for an address (its failures do not slow it). */
const KNOWN_CLIENT_DAYS = 30;
/** Requested (unconfirmed) OIDC links are dropped after this. */
const REQUESTED_LINK_DAYS = 7;

/** The stored id of a session: the SHA-256 of its token (the token itself is never stored). */
export const sessionIdHashOf = (token: string) => createHash('sha256').update(token).digest('base64url');
const hashToken = sessionIdHashOf;

/** A live session: its actor, when it expires and its stored id. */
export interface ResolvedSession {
  actor: Actor;
  expiresAt: Date;
  idHash: string;
}

/** Bounds the session cache of one node (oldest first out). */
const MAX_CACHED_SESSIONS = 10_000;

/** A scrypt hash of a random password: verifying against it costs as much as a real one. */
let dummyHash: Promise<string> | null = null;

/**
 * Sign-in (local password, OIDC, demo personas), sessions and the actor behind a session.
 * The session token lives only in the client's cookie; the database keeps its SHA-256.
 */
@Injectable()
export class AuthService implements PersonCredentials, OnModuleDestroy {
  /**
   * Resolved sessions, reused for `session.cacheMs` so a busy client does not cost three
   * statements per request. Dropped at once on this node and (through the event bus) on every
   * other node when a session ends or memberships or people change.
   */
  private readonly sessions = new Map<string, { idHash: string; actor: Actor; sessionExpiresAt: number; cachedUntil: number }>();
  private readonly unsubscribe: Array<() => void>;
  private readonly limiter: RateLimiter;

  constructor(
    @Inject(IDENTITY_REPOSITORY) private readonly repo: IdentityRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
    @Inject(OUTBOX) private readonly outbox: Outbox,
    @Inject(UNIT_OF_WORK) private readonly uow: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ATTEMPT_LOG) private readonly attempts: AttemptLog,
  ) {
    this.limiter = new RateLimiter(attempts, clock);
    this.unsubscribe = [
      events.on('identity.sessions-changed', ({ sessionIdHash, personId }) => this.forget(sessionIdHash, personId ?? null)),
      // Sign-outs and rights changes on other nodes may have been lost during a Redis outage.
      events.on('events.resync', () => this.sessions.clear()),
      // Roles live in memberships; a name or e-mail in the person: the cached actor is out of date.
      events.on('region.activity', ({ entity }) => {
        if (entity === 'membership' || entity === 'person') this.sessions.clear();
      }),
    ];
  }

  onModuleDestroy(): void {
    for (const off of this.unsubscribe) off();
  }

  /** Drops the cached actor of one session (by its stored hash) and of one person's sessions, or of all sessions. */
  private forget(sessionIdHash: string | null, personId: string | null): void {
    if (sessionIdHash === null && personId === null) return this.sessions.clear();
    for (const [token, entry] of this.sessions) {
      if (entry.idHash === sessionIdHash || entry.actor.personId === personId) this.sessions.delete(token);
    }
  }

  /**
   * Password sign-in, slowed down per the policy in docs/security.md ("Failed sign-ins"): a limit
   * per (address, client IP) pair, an exponential delay per address that a client which signed in
   * successfully as that address before does not feel, and a much higher limit per client IP.
   */
  async signInWithPassword(email: string, password: string, clientKey: string): Promise<IssuedSession> {
    const normalized = email.trim().toLowerCase();
    if (!normalized || !password) {
      throw DomainError.badInput([{ field: normalized ? 'password' : 'email', message: 'Vul je e-mailadres en wachtwoord in.' }]);
    }
    const keys = { pair: `pair:${normalized}|${clientKey}`, email: `email:${normalized}`, client: `client:${clientKey}` };
    await this.assertNotRateLimited(keys);
    const personId = await this.repo.findPersonIdByEmail(normalized);
    const hash = personId ? await this.repo.findPasswordHash(personId) : null;
    const valid = await verifyPassword(password, hash ?? (await (dummyHash ??= hashPassword(randomBytes(16).toString('hex')))));
    const now = new Date();
    if (!valid || !hash || !personId) {
      await this.attempts.record(Object.values(keys), now);
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'Dit e-mailadres en wachtwoord horen niet bij elkaar.');
    }
    // Remembered as a known client of this address (only the pair key; see KNOWN_CLIENT_DAYS).
    await this.attempts.record([keys.pair], now, true);
    return this.issueSession(personId);
  }

  private async assertNotRateLimited(keys: { pair: string; email: string; client: string }): Promise<void> {
    const { max, windowSeconds } = this.config.loginRateLimit;
    const now = Date.now();
    const since = new Date(now - windowSeconds * 1000);
    const refuse = (seconds: number): never => {
      const wait = Math.max(1, Math.ceil(seconds));
      const inWords = wait >= 120 ? `${Math.ceil(wait / 60)} minuten` : `${wait} seconden`;
      throw rateLimited(`Te veel mislukte pogingen. Probeer het over ${inWords} opnieuw.`, wait);
    };
    const client = await this.attempts.failures(keys.client, since);
    if (client.count >= max * CLIENT_LIMIT_FACTOR) refuse(windowSeconds);
    const pair = await this.attempts.failures(keys.pair, since);
    if (pair.count >= max) refuse(windowSeconds);
    const address = await this.attempts.failures(keys.email, since);
    if (address.count >= FREE_FAILURES_PER_EMAIL && address.latest) {
      const known = await this.attempts.succeededSince(keys.pair, new Date(now - KNOWN_CLIENT_DAYS * 86_400_000));
      const delayMs = backoffCeilingMs(address.count - FREE_FAILURES_PER_EMAIL + 1, BACKOFF_BASE_SECONDS * 1000, windowSeconds * 1000);
      const waitMs = address.latest.getTime() + delayMs - now;
      if (!known && waitMs > 0) refuse(waitMs / 1000);
    }
  }

  demoPersonas(): readonly DemoPersona[] {
    return this.config.demoMode ? DEMO_PERSONAS : [];
  }

  async signInAsDemo(key: string): Promise<IssuedSession> {
    if (!this.config.demoMode) {
      throw new DomainError(ErrorCode.DEMO_DISABLED, 'Demo-inloggen staat uit op deze omgeving.');
    }
    const persona = DEMO_PERSONAS.find((p) => p.key === key);
    if (!persona) throw DomainError.badInput([{ field: 'key', message: 'Deze demorol bestaat niet.' }]);
    const personId = await this.repo.findPersonIdByEmail(persona.email);
    if (!personId) throw DomainError.notFound('De demopersoon (de demodata is nog niet geladen)');
    return this.issueSession(personId);
  }

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
    return this.issueSession(personId, claims.idToken);
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

  private async issueSession(personId: string, oidcIdToken: string | null = null): Promise<IssuedSession> {
    const actor = await this.repo.loadActor(personId);
    if (!actor) throw DomainError.notFound('Deze persoon');
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.session.ttlHours * 3600 * 1000);
    await this.repo.insertSession(hashToken(token), personId, expiresAt, oidcIdToken);
    return { token, expiresAt, actor };
  }

  /**
   * The actor behind a session token, or null for a missing, unknown or expired one, and for a
   * session whose account must first change its password (see `sessionNeedingPasswordChange`):
   * such a session is anonymous to every route, socket and operation.
   */
  async resolveSession(token: string | null | undefined): Promise<Actor | null> {
    return (await this.sessionOf(token))?.actor ?? null;
  }

  /**
   * The session behind a token with its actor and expiry, or null for a missing, unknown or
   * expired one. `fresh` skips this node's cache (live connections re-checking their rights).
   */
  async sessionOf(token: string | null | undefined, options: { fresh?: boolean } = {}): Promise<ResolvedSession | null> {
    if (!token || token.length > 100) return null;
    const now = Date.now();
    // Keyed by the token itself (this node's memory only), so a cached request costs no hashing.
    const cached = this.sessions.get(token);
    if (cached && !options.fresh && cached.cachedUntil > now && cached.sessionExpiresAt > now) {
      return { actor: cached.actor, expiresAt: new Date(cached.sessionExpiresAt), idHash: cached.idHash };
    }
    if (cached) this.sessions.delete(token);
    const idHash = hashToken(token);
    const session = await this.repo.findSession(idHash);
    if (!session || session.expiresAt.getTime() <= now || session.mustChangePassword) return null;
    const actor = await this.repo.loadActor(session.personId);
    if (!actor) return null;
    if (this.config.session.cacheMs > 0) {
      if (this.sessions.size >= MAX_CACHED_SESSIONS) this.sessions.delete(this.sessions.keys().next().value as string);
      this.sessions.set(token, { idHash, actor, sessionExpiresAt: session.expiresAt.getTime(), cachedUntil: now + this.config.session.cacheMs });
    }
    return { actor, expiresAt: session.expiresAt, idHash };
  }

  async signOut(token: string | null | undefined): Promise<void> {
    if (!token) return;
    const idHash = hashToken(token);
    await this.repo.deleteSession(idHash);
    this.sessions.delete(token);
    await this.events.emit('identity.sessions-changed', { sessionIdHash: idHash });
  }

  /**
   * Ends every session of a person (their sign-in identity changed): on every node the cached
   * actors go and the person's live connections are closed (`identity.sessions-changed`).
   */
  async endSessionsOf(personId: string): Promise<void> {
    await this.repo.deleteSessionsOfPerson(personId, null);
    await this.sessionsEnded(personId);
  }

  /** Sets a password; `mustChange` (admin:create) makes the person choose their own at first sign-in. */
  async setPassword(personId: string, password: string, options: { mustChange?: boolean } = {}): Promise<void> {
    assertAcceptablePassword(password);
    await this.repo.setPasswordHash(personId, await hashPassword(password), options.mustChange ?? false);
  }

  /** The person of a live session that may do nothing but change its password, or null. */
  async sessionNeedingPasswordChange(token: string | null | undefined): Promise<string | null> {
    if (!token || token.length > 100) return null;
    const session = await this.repo.findSession(hashToken(token));
    return session && session.expiresAt.getTime() > Date.now() && session.mustChangePassword ? session.personId : null;
  }

  /**
   * Changes the password of the session's person (the current password is required, also for a
   * forced change). Every other session of the person ends; this one stays.
   */
  async changePassword(token: string | null | undefined, currentPassword: string, newPassword: string): Promise<void> {
    const idHash = token && token.length <= 100 ? hashToken(token) : null;
    const session = idHash ? await this.repo.findSession(idHash) : null;
    if (!idHash || !session || session.expiresAt.getTime() <= Date.now()) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Log eerst in.');
    }
    assertAcceptablePassword(newPassword);
    if (currentPassword === newPassword) {
      throw DomainError.badInput([{ field: 'newPassword', message: 'Kies een ander wachtwoord dan je huidige.' }]);
    }
    const person = await this.repo.loadActor(session.personId);
    const key = { pair: `change:${session.personId}`, email: `change-email:${session.personId}`, client: `change-client:${session.personId}` };
    await this.assertNotRateLimited(key);
    const hash = await this.repo.findPasswordHash(session.personId);
    if (!person || !hash || !(await verifyPassword(currentPassword ?? '', hash))) {
      await this.attempts.record([key.pair], new Date());
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, hash ? 'Je huidige wachtwoord klopt niet.' : 'Je hebt nog geen wachtwoord. Kies er een via "Wachtwoord vergeten?" op de inlogpagina.');
    }
    const newHash = await hashPassword(newPassword);
    await this.uow.run(async () => {
      await this.repo.setPasswordHash(session.personId, newHash, false);
      await this.repo.deleteSessionsOfPerson(session.personId, idHash);
    });
    await this.sessionsEnded(session.personId);
  }

  /**
   * Always the same answer and the same work on this request, known address or not: the request is
   * queued (outbox) and the worker mails a link only when the address belongs to someone.
   */
  async requestPasswordReset(email: string, clientKey: string): Promise<string> {
    const normalized = typeof email === 'string' ? email.trim().toLowerCase() : '';
    if (!normalized || normalized.length > 320 || !/^[^\s@]+@[^\s@]+$/.test(normalized)) {
      throw DomainError.badInput([{ field: 'email', message: 'Vul een geldig e-mailadres in.' }]);
    }
    const { max, windowSeconds } = this.config.loginRateLimit;
    const keys = { email: `reset-email:${normalized}`, client: `reset-client:${clientKey}` };
    await this.limiter.assertWithin([{ key: keys.client, max: max * CLIENT_LIMIT_FACTOR }], windowSeconds, 'aanvragen');
    // More than a few per address and window: the same answer, but no more mail (no mail bombing).
    const mailed = (await this.limiter.failures(keys.email, windowSeconds)).count < FREE_FAILURES_PER_EMAIL;
    await this.uow.run(async () => {
      await this.limiter.record([keys.client, keys.email]);
      if (mailed) await this.outbox.enqueue({ kind: PASSWORD_RESET_JOB, key: `${PASSWORD_RESET_JOB}:${randomBytes(16).toString('base64url')}`, payload: { email: normalized } });
    });
    return PASSWORD_RESET_ANSWER;
  }

  /** Outbox handler of PASSWORD_RESET_JOB: a single-use link (stored hashed) mailed through the outbox. */
  async sendPasswordReset(payload: { email: string }): Promise<void> {
    const personId = await this.repo.findPersonIdByEmail(String(payload.email ?? '').toLowerCase());
    const person = personId ? await this.repo.loadActor(personId) : null;
    if (!personId || !person) return;
    const token = randomBytes(32).toString('base64url');
    const tokenHash = hashToken(token);
    await this.uow.run(async () => {
      await this.repo.insertPasswordResetToken(tokenHash, personId, new Date(this.clock.now().getTime() + PASSWORD_RESET_MINUTES * 60_000));
      await this.outbox.enqueue({
        kind: EMAIL_JOB,
        key: `password-reset:${tokenHash}`,
        payload: {
          to: person.email,
          subject: 'Nieuw wachtwoord voor Verbinder',
          text:
            `Hallo ${person.name},\n\nIemand (hopelijk jij) vroeg een nieuw wachtwoord aan voor je Verbinder-account. ` +
            `Kies een nieuw wachtwoord via deze link:\n\n${this.config.publicUrl}/wachtwoord-herstellen#${token}\n\n` +
            `De link werkt ${PASSWORD_RESET_MINUTES} minuten en één keer. Na het kiezen van een nieuw wachtwoord word je overal uitgelogd.\n` +
            `Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren; je wachtwoord blijft hetzelfde.\n\nMet vriendelijke groet,\nVerbinder`,
        },
      });
    });
  }

  /** Uses a reset link (once, within 30 minutes): sets the password and ends every session of the person. */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const tokenHash = typeof token === 'string' && token.length >= 20 && token.length <= 100 ? hashToken(token) : null;
    const stored = tokenHash ? await this.repo.findPasswordResetToken(tokenHash) : null;
    if (!tokenHash || !stored) throw new DomainError(ErrorCode.LINK_INVALID, 'Deze link bestaat niet. Vraag een nieuwe link aan via "Wachtwoord vergeten?".');
    if (stored.usedAt) throw new DomainError(ErrorCode.LINK_USED, 'Deze link is al gebruikt. Vraag een nieuwe link aan via "Wachtwoord vergeten?".');
    const now = this.clock.now();
    if (stored.expiresAt <= now) {
      throw new DomainError(ErrorCode.LINK_EXPIRED, 'Deze link is verlopen (hij werkt 30 minuten). Vraag een nieuwe link aan via "Wachtwoord vergeten?".');
    }
    assertAcceptablePassword(newPassword);
    const newHash = await hashPassword(newPassword);
    await this.uow.run(async () => {
      const personId = await this.repo.consumePasswordResetToken(tokenHash, now);
      if (!personId) throw new DomainError(ErrorCode.LINK_USED, 'Deze link is al gebruikt. Vraag een nieuwe link aan via "Wachtwoord vergeten?".');
      await this.repo.setPasswordHash(personId, newHash, false);
      await this.repo.deleteSessionsOfPerson(personId, null);
    });
    await this.sessionsEnded(stored.personId);
  }

  /** Drops the ended sessions from every node's cache and tells the realtime layer to re-check the person. */
  private async sessionsEnded(personId: string): Promise<void> {
    this.forget(null, personId);
    await this.events.emit('identity.sessions-changed', { sessionIdHash: null, personId });
  }

  /**
   * Retention: expired sessions go at once; rate-limit attempts of every domain (e-mail and IP
   * address) are kept only as long as the rate limit needs them, and at most a day (a successful
   * sign-in as long as it keeps its client known).
   */
  async purgeExpired(now = new Date()): Promise<{ sessions: number; loginAttempts: number; resetLinks: number; requestedLinks: number }> {
    const keepAttemptsMs = Math.max(this.config.loginRateLimit.windowSeconds * 1000, ATTEMPT_RETENTION_MS);
    return {
      sessions: await this.repo.deleteExpiredSessions(now),
      loginAttempts: await this.attempts.deleteBefore(new Date(now.getTime() - keepAttemptsMs), new Date(now.getTime() - KNOWN_CLIENT_DAYS * 86_400_000)),
      resetLinks: await this.repo.deletePasswordResetTokensBefore(new Date(now.getTime() - 24 * 3600 * 1000)),
      requestedLinks: await this.repo.deleteRequestedOidcLinksBefore(new Date(now.getTime() - REQUESTED_LINK_DAYS * 86_400_000)),
    };
  }
}
