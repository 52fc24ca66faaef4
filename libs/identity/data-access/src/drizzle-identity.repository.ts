import { Injectable } from '@nestjs/common';
import type { IdentityRepository, StoredSession } from '@verbinder/identity/core';
import { Database } from '@verbinder/platform/db';
import { memberships, persons } from '@verbinder/regions/data-access';
import { Actor, MembershipRole } from '@verbinder/shared/kernel';
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { accounts, loginAttempts, oidcIdentities, sessions } from './identity.tables';

@Injectable()
export class DrizzleIdentityRepository implements IdentityRepository {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.db;
  }

  async findPersonIdByEmail(email: string): Promise<string | null> {
    const [row] = await this.db.select({ id: persons.id }).from(persons).where(sql`lower(${persons.email}) = ${email.toLowerCase()}`);
    return row?.id ?? null;
  }

  async findPasswordHash(personId: string): Promise<string | null> {
    const [row] = await this.db.select({ hash: accounts.passwordHash }).from(accounts).where(eq(accounts.personId, personId));
    return row?.hash ?? null;
  }

  async setPasswordHash(personId: string, hash: string): Promise<void> {
    await this.db
      .insert(accounts)
      .values({ personId, passwordHash: hash })
      .onConflictDoUpdate({ target: accounts.personId, set: { passwordHash: hash, passwordChangedAt: new Date() } });
  }

  async insertSession(idHash: string, personId: string, expiresAt: Date): Promise<void> {
    await this.db.insert(sessions).values({ idHash, personId, expiresAt });
  }

  async findSession(idHash: string): Promise<StoredSession | null> {
    const [row] = await this.db.select().from(sessions).where(eq(sessions.idHash, idHash));
    return row ? { personId: row.personId, expiresAt: row.expiresAt } : null;
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.idHash, idHash));
  }

  async deleteSessionsOfPerson(personId: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.personId, personId));
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    const rows = await this.db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.idHash });
    return rows.length;
  }

  async loadActor(personId: string): Promise<Actor | null> {
    const [person] = await this.db.select().from(persons).where(eq(persons.id, personId));
    if (!person) return null;
    const rows = await this.db.select().from(memberships).where(eq(memberships.personId, personId));
    return {
      personId: person.id,
      name: person.name,
      email: person.email,
      systemRole: person.systemRole ?? null,
      memberships: rows.map((m) => ({ regionId: m.regionId, schoolId: m.schoolId, role: m.role as MembershipRole })),
    };
  }

  async recordLoginAttempt(key: string, succeeded: boolean, at: Date): Promise<void> {
    await this.db.insert(loginAttempts).values({ key, succeeded, attemptedAt: at });
  }

  async countFailedLoginAttempts(key: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.key, key), eq(loginAttempts.succeeded, false), gte(loginAttempts.attemptedAt, since)));
    return Number(row?.n ?? 0);
  }

  async deleteLoginAttemptsBefore(before: Date): Promise<number> {
    const rows = await this.db.delete(loginAttempts).where(lt(loginAttempts.attemptedAt, before)).returning({ key: loginAttempts.key });
    return rows.length;
  }

  async findPersonIdByOidcSubject(issuer: string, subject: string): Promise<string | null> {
    const [row] = await this.db
      .select({ personId: oidcIdentities.personId })
      .from(oidcIdentities)
      .where(and(eq(oidcIdentities.issuer, issuer), eq(oidcIdentities.subject, subject)));
    return row?.personId ?? null;
  }

  async linkOidcSubject(issuer: string, subject: string, personId: string): Promise<void> {
    await this.db.insert(oidcIdentities).values({ issuer, subject, personId }).onConflictDoNothing();
  }
}
