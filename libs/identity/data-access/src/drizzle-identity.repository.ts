import { Injectable } from '@nestjs/common';
import type { ExternalIdentityLink, IdentityRepository, PasswordResetToken, StoredSession } from '@verbinder/identity/core';
import { DrizzleRepository } from '@verbinder/platform/db';
import { memberships, persons } from '@verbinder/regions/data-access';
import { Actor, MembershipRole } from '@verbinder/shared/kernel';
import { and, asc, eq, gt, isNotNull, isNull, lt, ne, sql } from 'drizzle-orm';
import { accounts, oidcIdentities, passwordResetTokens, sessions } from './identity.tables';

@Injectable()
export class DrizzleIdentityRepository extends DrizzleRepository implements IdentityRepository {
  async findPersonIdByEmail(email: string): Promise<string | null> {
    // A person whose erasure was asked for is no one to sign in as.
    const [row] = await this.db
      .select({ id: persons.id })
      .from(persons)
      .where(and(sql`lower(${persons.email}) = ${email.toLowerCase()}`, isNull(persons.erasureRequestedAt), isNull(persons.erasedAt)));
    return row?.id ?? null;
  }

  async findPasswordHash(personId: string): Promise<string | null> {
    const [row] = await this.db.select({ hash: accounts.passwordHash }).from(accounts).where(eq(accounts.personId, personId));
    return row?.hash ?? null;
  }

  async setPasswordHash(personId: string, hash: string, mustChange = false): Promise<void> {
    await this.db
      .insert(accounts)
      .values({ personId, passwordHash: hash, mustChangePassword: mustChange })
      .onConflictDoUpdate({ target: accounts.personId, set: { passwordHash: hash, passwordChangedAt: new Date(), mustChangePassword: mustChange } });
  }

  async insertSession(idHash: string, personId: string, expiresAt: Date, oidcIdToken: string | null = null): Promise<void> {
    await this.db.insert(sessions).values({ idHash, personId, expiresAt, oidcIdToken });
  }

  async findSession(idHash: string): Promise<StoredSession | null> {
    const [row] = await this.db
      .select({ personId: sessions.personId, expiresAt: sessions.expiresAt, oidcIdToken: sessions.oidcIdToken, mustChangePassword: accounts.mustChangePassword })
      .from(sessions)
      .leftJoin(accounts, eq(accounts.personId, sessions.personId))
      .where(eq(sessions.idHash, idHash));
    return row ? { personId: row.personId, expiresAt: row.expiresAt, oidcIdToken: row.oidcIdToken, mustChangePassword: row.mustChangePassword === true } : null;
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.idHash, idHash));
  }

  async deleteSessionsOfPerson(personId: string, keepIdHash: string | null): Promise<string[]> {
    const rows = await this.db
      .delete(sessions)
      .where(keepIdHash ? and(eq(sessions.personId, personId), ne(sessions.idHash, keepIdHash)) : eq(sessions.personId, personId))
      .returning({ idHash: sessions.idHash });
    return rows.map((r) => r.idHash);
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    const rows = await this.db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.idHash });
    return rows.length;
  }

  async loadActor(personId: string): Promise<Actor | null> {
    const [person] = await this.db.select().from(persons).where(eq(persons.id, personId));
    if (!person || person.erasureRequestedAt || person.erasedAt) return null;
    const rows = await this.db.select().from(memberships).where(eq(memberships.personId, personId));
    return {
      personId: person.id,
      name: person.name,
      email: person.email,
      systemRole: person.systemRole ?? null,
      memberships: rows.map((m) => ({ regionId: m.regionId, schoolId: m.schoolId, role: m.role as MembershipRole })),
    };
  }

  async findPersonIdByOidcSubject(issuer: string, subject: string): Promise<string | null> {
    const [row] = await this.db
      .select({ personId: oidcIdentities.personId })
      .from(oidcIdentities)
      .innerJoin(persons, eq(persons.id, oidcIdentities.personId))
      .where(and(eq(oidcIdentities.issuer, issuer), eq(oidcIdentities.subject, subject), isNotNull(oidcIdentities.confirmedAt), isNull(persons.erasureRequestedAt), isNull(persons.erasedAt)));
    return row?.personId ?? null;
  }

  findOidcLink(issuer: string, subject: string): Promise<ExternalIdentityLink | null> {
    return this.findOne(oidcIdentities, and(eq(oidcIdentities.issuer, issuer), eq(oidcIdentities.subject, subject)));
  }

  async listOidcLinks(personId: string): Promise<ExternalIdentityLink[]> {
    return this.db.select().from(oidcIdentities).where(eq(oidcIdentities.personId, personId)).orderBy(asc(oidcIdentities.linkedAt));
  }

  async upsertOidcLink(issuer: string, subject: string, personId: string, confirmedAt: Date | null): Promise<void> {
    await this.db
      .insert(oidcIdentities)
      .values({ issuer, subject, personId, confirmedAt, linkedAt: new Date() })
      .onConflictDoUpdate({
        target: [oidcIdentities.issuer, oidcIdentities.subject],
        set: { personId, confirmedAt, linkedAt: new Date() },
        where: isNull(oidcIdentities.confirmedAt),
      });
  }

  async confirmOidcLink(issuer: string, subject: string, personId: string, at: Date): Promise<boolean> {
    const rows = await this.db
      .update(oidcIdentities)
      .set({ confirmedAt: at })
      .where(and(eq(oidcIdentities.issuer, issuer), eq(oidcIdentities.subject, subject), eq(oidcIdentities.personId, personId), isNull(oidcIdentities.confirmedAt)))
      .returning({ subject: oidcIdentities.subject });
    return rows.length > 0;
  }

  deleteOidcLink(issuer: string, subject: string, personId: string): Promise<boolean> {
    return this.deleteWhere(oidcIdentities, and(eq(oidcIdentities.issuer, issuer), eq(oidcIdentities.subject, subject), eq(oidcIdentities.personId, personId)), oidcIdentities.subject);
  }

  async deleteRequestedOidcLinksBefore(before: Date): Promise<number> {
    const rows = await this.db
      .delete(oidcIdentities)
      .where(and(isNull(oidcIdentities.confirmedAt), lt(oidcIdentities.linkedAt, before)))
      .returning({ subject: oidcIdentities.subject });
    return rows.length;
  }

  async insertPasswordResetToken(tokenHash: string, personId: string, expiresAt: Date): Promise<void> {
    await this.db.insert(passwordResetTokens).values({ tokenHash, personId, expiresAt });
  }

  async findPasswordResetToken(tokenHash: string): Promise<PasswordResetToken | null> {
    const [row] = await this.db
      .select({ personId: passwordResetTokens.personId, expiresAt: passwordResetTokens.expiresAt, usedAt: passwordResetTokens.usedAt })
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.tokenHash, tokenHash));
    return row ?? null;
  }

  async consumePasswordResetToken(tokenHash: string, now: Date): Promise<string | null> {
    const rows = await this.db
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)))
      .returning({ personId: passwordResetTokens.personId });
    return rows[0]?.personId ?? null;
  }

  async deletePasswordResetTokensBefore(before: Date): Promise<number> {
    const rows = await this.db.delete(passwordResetTokens).where(lt(passwordResetTokens.expiresAt, before)).returning({ t: passwordResetTokens.tokenHash });
    return rows.length;
  }
}
