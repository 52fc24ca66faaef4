import { boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Rate-limit attempts of every domain (one table; see the AttemptLog port in the shared kernel):
 * a key with the purpose and the address or client (`email:…`, `loket-ip:…`), a time, success.
 */
export const rateLimitAttempts = pgTable(
  'rate_limit_attempts',
  {
    key: text('key').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull(),
    succeeded: boolean('succeeded').notNull().default(false),
  },
  (t) => [index('rate_limit_attempts_key_idx').on(t.key, t.attemptedAt)],
);
