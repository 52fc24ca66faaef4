import { boolean, index, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';

/**
 * Rate-limit attempts of every domain (one table; see the AttemptLog port in the shared kernel):
 * a key with the purpose and the address or client (`email:…`, `loket-ip:…`), a time, success.
 */
export const rateLimitAttempts = pgTable(
  'rate_limit_attempts',
  {
    key: text('key').notNull(),
    attemptedAt: timestamptz('attempted_at').notNull(),
    succeeded: boolean('succeeded').notNull().default(false),
  },
  (t) => [index('rate_limit_attempts_key_idx').on(t.key, t.attemptedAt)],
);
