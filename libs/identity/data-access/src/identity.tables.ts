import { boolean, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, requiredRef, timestamptz } from '@verbinder/platform/db';
import { persons } from '@verbinder/regions/data-access';

export const accounts = pgTable('accounts', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => persons.id, { onDelete: 'cascade' }),
  passwordHash: text('password_hash'),
  passwordChangedAt: timestamptz('password_changed_at').notNull().defaultNow(),
  /** Set by `admin:create`: until the person chooses a password, their session may only do that. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
});

export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    personId: requiredRef('person_id', () => persons.id),
    createdAt: createdAt(),
    expiresAt: timestamptz('expires_at').notNull(),
    /** The provider's ID token of an OIDC sign-in: the id_token_hint of RP-initiated logout. */
    oidcIdToken: text('oidc_id_token'),
  },
  (t) => [index('sessions_person_idx').on(t.personId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const oidcIdentities = pgTable(
  'oidc_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    personId: requiredRef('person_id', () => persons.id),
    linkedAt: timestamptz('linked_at').notNull().defaultNow(),
    /**
     * Null while the link is only requested (a second subject for a person who already has one):
     * it signs no one in until the person or a platform beheerder confirms it.
     */
    confirmedAt: timestamptz('confirmed_at'),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index('oidc_identities_person_idx').on(t.personId)],
);

/** Password-reset links: only the SHA-256 of the token is stored; single use, short-lived. */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    personId: requiredRef('person_id', () => persons.id),
    createdAt: createdAt(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
  },
  (t) => [index('password_reset_tokens_person_idx').on(t.personId), index('password_reset_tokens_expires_idx').on(t.expiresAt)],
);
