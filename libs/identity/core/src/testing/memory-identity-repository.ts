// A stateful in-memory IdentityRepository for unit specs (no database).
import type { Actor } from '@verbinder/shared/kernel';
import type { ExternalIdentityLink, IdentityRepository, PasswordResetToken, StoredSession } from '../identity-repository.port';

export class MemoryIdentityRepository implements IdentityRepository {
  readonly actors = new Map<string, Actor>();
  readonly passwords = new Map<string, { hash: string; mustChange: boolean }>();
  readonly sessions = new Map<string, StoredSession>();
  readonly links: ExternalIdentityLink[] = [];
  readonly resetTokens = new Map<string, PasswordResetToken>();
  /** How often loadActor ran (the session cache saves these). */
  actorLoads = 0;

  /** A person with an actor (and so an account). */
  addPerson(actor: Actor): Actor {
    this.actors.set(actor.personId, actor);
    return actor;
  }

  async findPersonIdByEmail(email: string) {
    return [...this.actors.values()].find((a) => a.email.toLowerCase() === email)?.personId ?? null;
  }
  async findPasswordHash(personId: string) {
    return this.passwords.get(personId)?.hash ?? null;
  }
  async setPasswordHash(personId: string, hash: string, mustChange = false) {
    this.passwords.set(personId, { hash, mustChange });
    for (const session of this.sessions.values()) if (session.personId === personId) session.mustChangePassword = mustChange;
  }

  async insertSession(idHash: string, personId: string, expiresAt: Date, oidcIdToken: string | null = null) {
    this.sessions.set(idHash, { personId, expiresAt, mustChangePassword: this.passwords.get(personId)?.mustChange ?? false, oidcIdToken });
  }
  async findSession(idHash: string) {
    const session = this.sessions.get(idHash);
    return session ? { ...session } : null;
  }
  async deleteSession(idHash: string) {
    this.sessions.delete(idHash);
  }
  async deleteSessionsOfPerson(personId: string, keepIdHash: string | null) {
    const gone = [...this.sessions].filter(([id, s]) => s.personId === personId && id !== keepIdHash).map(([id]) => id);
    for (const id of gone) this.sessions.delete(id);
    return gone;
  }
  async deleteExpiredSessions(now: Date) {
    const gone = [...this.sessions].filter(([, s]) => s.expiresAt <= now).map(([id]) => id);
    for (const id of gone) this.sessions.delete(id);
    return gone.length;
  }

  async loadActor(personId: string) {
    this.actorLoads += 1;
    return this.actors.get(personId) ?? null;
  }

  async findPersonIdByOidcSubject(issuer: string, subject: string) {
    return this.links.find((l) => l.issuer === issuer && l.subject === subject && l.confirmedAt)?.personId ?? null;
  }
  async findOidcLink(issuer: string, subject: string) {
    return this.links.find((l) => l.issuer === issuer && l.subject === subject) ?? null;
  }
  async listOidcLinks(personId: string) {
    return this.links.filter((l) => l.personId === personId).map((l) => ({ ...l }));
  }
  async upsertOidcLink(issuer: string, subject: string, personId: string, confirmedAt: Date | null) {
    const existing = await this.findOidcLink(issuer, subject);
    if (existing?.confirmedAt) return;
    if (existing) this.links.splice(this.links.indexOf(existing), 1);
    this.links.push({ personId, issuer, subject, linkedAt: confirmedAt ?? new Date(0), confirmedAt });
  }
  async confirmOidcLink(issuer: string, subject: string, personId: string, at: Date) {
    const link = this.links.find((l) => l.issuer === issuer && l.subject === subject && l.personId === personId && !l.confirmedAt);
    if (link) link.confirmedAt = at;
    return !!link;
  }
  async deleteOidcLink(issuer: string, subject: string, personId: string) {
    const i = this.links.findIndex((l) => l.issuer === issuer && l.subject === subject && l.personId === personId);
    if (i >= 0) this.links.splice(i, 1);
    return i >= 0;
  }
  async deleteRequestedOidcLinksBefore(before: Date) {
    const gone = this.links.filter((l) => !l.confirmedAt && l.linkedAt < before);
    for (const l of gone) this.links.splice(this.links.indexOf(l), 1);
    return gone.length;
  }

  async insertPasswordResetToken(tokenHash: string, personId: string, expiresAt: Date) {
    this.resetTokens.set(tokenHash, { personId, expiresAt, usedAt: null });
  }
  async findPasswordResetToken(tokenHash: string) {
    const token = this.resetTokens.get(tokenHash);
    return token ? { ...token } : null;
  }
  async consumePasswordResetToken(tokenHash: string, now: Date) {
    const token = this.resetTokens.get(tokenHash);
    if (!token || token.usedAt || token.expiresAt <= now) return null;
    token.usedAt = now;
    return token.personId;
  }
  async deletePasswordResetTokensBefore(before: Date) {
    const gone = [...this.resetTokens].filter(([, t]) => t.expiresAt < before).map(([h]) => h);
    for (const h of gone) this.resetTokens.delete(h);
    return gone.length;
  }
}
