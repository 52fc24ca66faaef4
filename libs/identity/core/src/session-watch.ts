import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Actor, DOMAIN_EVENTS, DomainEvents } from '@verbinder/shared/kernel';
import { AuthService } from './auth.service';

/** What a live connection is told when its session was re-checked: the fresh actor, or null (session gone). */
export type SessionChange = (actor: Actor | null) => void | Promise<void>;

interface Watched {
  token: string;
  idHash: string;
  personId: string;
  onChange: SessionChange;
  timer: NodeJS.Timeout | null;
}

/** setTimeout's limit (about 24.8 days); a later expiry is re-armed when the timer fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The one place where live connections (socket.io sockets, graphql-ws connections) learn that
 * their session ended or their rights changed. Each connection registers its session token; on
 * `identity.sessions-changed` (from this node or, through Redis, from any other) the matching
 * connections re-read their session from the database and are told the fresh actor or null,
 * and a timer per connection does the same when the session expires.
 */
@Injectable()
export class SessionWatch implements OnModuleDestroy {
  private readonly watched = new Set<Watched>();
  private readonly off: () => void;

  constructor(
    private readonly auth: AuthService,
    @Inject(DOMAIN_EVENTS) events: DomainEvents,
  ) {
    this.off = events.on('identity.sessions-changed', ({ sessionIdHash, personId }) => {
      const everyone = sessionIdHash === null && !personId;
      for (const w of this.watched) {
        if (everyone || w.idHash === sessionIdHash || (personId && w.personId === personId)) void this.recheck(w);
      }
    });
  }

  /**
   * Watches the session behind `token` (already resolved by the caller); returns the function
   * that stops watching (call it when the connection closes).
   */
  async watch(token: string, onChange: SessionChange): Promise<(() => void) | null> {
    const session = await this.auth.sessionOf(token);
    if (!session) return null;
    const entry: Watched = { token, idHash: session.idHash, personId: session.actor.personId, onChange, timer: null };
    this.watched.add(entry);
    this.arm(entry, session.expiresAt);
    return () => this.stop(entry);
  }

  private arm(entry: Watched, expiresAt: Date): void {
    if (entry.timer) clearTimeout(entry.timer);
    const delay = Math.min(Math.max(expiresAt.getTime() - Date.now() + 50, 0), MAX_TIMER_MS);
    entry.timer = setTimeout(() => void this.recheck(entry), delay);
    entry.timer.unref();
  }

  private stop(entry: Watched): void {
    if (entry.timer) clearTimeout(entry.timer);
    this.watched.delete(entry);
  }

  private async recheck(entry: Watched): Promise<void> {
    if (!this.watched.has(entry)) return;
    const session = await this.auth.sessionOf(entry.token, { fresh: true }).catch(() => undefined);
    if (session === undefined) {
      // The database is away: keep the connection and look again shortly.
      if (this.watched.has(entry)) this.arm(entry, new Date(Date.now() + 5000));
      return;
    }
    if (!this.watched.has(entry)) return;
    if (session) this.arm(entry, session.expiresAt);
    else this.stop(entry);
    await entry.onChange(session?.actor ?? null);
  }

  onModuleDestroy(): void {
    this.off();
    for (const entry of this.watched) this.stop(entry);
  }
}
