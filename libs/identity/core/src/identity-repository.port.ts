import type { Actor } from '@verbinder/shared/kernel';

export const IDENTITY_REPOSITORY = Symbol('IDENTITY_REPOSITORY');

export interface StoredSession {
  personId: string;
  expiresAt: Date;
}

export interface IdentityRepository {
  findPersonIdByEmail(email: string): Promise<string | null>;
  findPasswordHash(personId: string): Promise<string | null>;
  setPasswordHash(personId: string, hash: string): Promise<void>;

  insertSession(idHash: string, personId: string, expiresAt: Date): Promise<void>;
  findSession(idHash: string): Promise<StoredSession | null>;
  deleteSession(idHash: string): Promise<void>;
  deleteSessionsOfPerson(personId: string): Promise<void>;
  deleteExpiredSessions(now: Date): Promise<number>;

  /** The person with their memberships, or null when the person no longer exists. */
  loadActor(personId: string): Promise<Actor | null>;

  recordLoginAttempt(key: string, succeeded: boolean, at: Date): Promise<void>;
  countFailedLoginAttempts(key: string, since: Date): Promise<number>;
  deleteLoginAttemptsBefore(before: Date): Promise<number>;

  findPersonIdByOidcSubject(issuer: string, subject: string): Promise<string | null>;
  linkOidcSubject(issuer: string, subject: string, personId: string): Promise<void>;
}
