import type { Actor } from '@verbinder/shared/kernel';

export const IDENTITY_REPOSITORY = Symbol('IDENTITY_REPOSITORY');

export interface StoredSession {
  personId: string;
  expiresAt: Date;
  /** The account must choose a new password first (admin:create); the session may do nothing else. */
  mustChangePassword: boolean;
  /** The provider's ID token when the session came from an OIDC sign-in (RP-initiated logout). */
  oidcIdToken: string | null;
}

/** A link between a person and an external identity (issuer, subject). */
export interface ExternalIdentityLink {
  personId: string;
  issuer: string;
  subject: string;
  linkedAt: Date;
  /** Null while it waits for the person's or a platform beheerder's confirmation. */
  confirmedAt: Date | null;
}

export interface PasswordResetToken {
  personId: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface IdentityRepository {
  findPersonIdByEmail(email: string): Promise<string | null>;
  findPasswordHash(personId: string): Promise<string | null>;
  /** Stores a new password hash; `mustChange` marks it as one the person has to replace at first sign-in. */
  setPasswordHash(personId: string, hash: string, mustChange?: boolean): Promise<void>;

  insertSession(idHash: string, personId: string, expiresAt: Date, oidcIdToken?: string | null): Promise<void>;
  findSession(idHash: string): Promise<StoredSession | null>;
  deleteSession(idHash: string): Promise<void>;
  /** Deletes every session of the person except `keepIdHash`; returns the deleted ids. */
  deleteSessionsOfPerson(personId: string, keepIdHash: string | null): Promise<string[]>;
  deleteExpiredSessions(now: Date): Promise<number>;

  /** The person with their memberships, or null when the person no longer exists. */
  loadActor(personId: string): Promise<Actor | null>;

  /** The person of a confirmed link, or null. */
  findPersonIdByOidcSubject(issuer: string, subject: string): Promise<string | null>;
  findOidcLink(issuer: string, subject: string): Promise<ExternalIdentityLink | null>;
  listOidcLinks(personId: string): Promise<ExternalIdentityLink[]>;
  /** Inserts the link (confirmed or requested); a requested link of the same subject is replaced. Never touches a confirmed link. */
  upsertOidcLink(issuer: string, subject: string, personId: string, confirmedAt: Date | null): Promise<void>;
  confirmOidcLink(issuer: string, subject: string, personId: string, at: Date): Promise<boolean>;
  deleteOidcLink(issuer: string, subject: string, personId: string): Promise<boolean>;
  deleteRequestedOidcLinksBefore(before: Date): Promise<number>;

  insertPasswordResetToken(tokenHash: string, personId: string, expiresAt: Date): Promise<void>;
  findPasswordResetToken(tokenHash: string): Promise<PasswordResetToken | null>;
  /** Marks the token used when it is unused and unexpired at `now`; returns its person or null. */
  consumePasswordResetToken(tokenHash: string, now: Date): Promise<string | null>;
  deletePasswordResetTokensBefore(before: Date): Promise<number>;
}
