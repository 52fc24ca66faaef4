import { randomBytes } from 'node:crypto';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { ErrorCode } from '@verbinder/shared/contracts';
import { Actor, ATTEMPT_LOG, ATTEMPT_RETENTION_MS, AttemptLog, CLOCK, Clock, DOMAIN_EVENTS, DomainError, DomainEvents } from '@verbinder/shared/kernel';
import { DEMO_PERSONAS, DemoPersona } from './demo-personas';
import { IDENTITY_REPOSITORY, IdentityRepository } from './identity-repository.port';
import { assertNotRateLimited, KNOWN_CLIENT_DAYS } from './login-rate-limit';
import { hashPassword, verifyPassword } from './password';
import { sessionIdHashOf } from './session-token';

export { sessionIdHashOf } from './session-token';

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  actor: Actor;
}

const hashToken = sessionIdHashOf;

/** Requested (unconfirmed) OIDC links are dropped after this. */
const REQUESTED_LINK_DAYS = 7;

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
 * Sign-in (local password, demo personas; OIDC in OidcService), sessions and the actor behind a
 * session. The session token lives only in the client's cookie; the database keeps its SHA-256.
 * Passwords (change, reset) live in PasswordsService.
 */
@Injectable()
export class AuthService implements OnModuleDestroy {
  /**
   * Resolved sessions, reused for `session.cacheMs` so a busy client does not cost three
   * statements per request. Dropped at once on this node and (through the event bus) on every
   * other node when a session ends or memberships or people change.
   */
  private readonly sessions = new Map<string, { idHash: string; actor: Actor; sessionExpiresAt: number; cachedUntil: number }>();
  private readonly unsubscribe: Array<() => void>;

  constructor(
    @Inject(IDENTITY_REPOSITORY) private readonly repo: IdentityRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ATTEMPT_LOG) private readonly attempts: AttemptLog,
  ) {
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
    await assertNotRateLimited(this.attempts, this.config, keys);
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

  /** A new session for a person who just proved who they are (password, demo persona or OIDC). */
  async issueSession(personId: string, oidcIdToken: string | null = null): Promise<IssuedSession> {
    const actor = await this.repo.loadActor(personId);
    if (!actor) throw DomainError.notFound('Deze persoon');
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.session.ttlHours * 3600 * 1000);
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
    const now = this.clock.now().getTime();
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

  /**
   * After sessions of the person were deleted: drops them from every node's cache and tells the
   * realtime layer to re-check the person.
   */
  async sessionsEnded(personId: string): Promise<void> {
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
