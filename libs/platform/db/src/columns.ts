// Column builders that every domain's tables use the same way (drizzle's "reusable columns" pattern):
// one definition of the surrogate key, the row timestamps, a reference to another row and a jsonb list,
// so a table lists only what is its own. They build exactly the SQL the columns had when they were
// written out in every table (`npm run db:generate` finds no change).
import { sql } from 'drizzle-orm';
import { AnyPgColumn, jsonb, timestamp, uuid } from 'drizzle-orm/pg-core';

type OnDelete = 'cascade' | 'restrict' | 'set null';

/** `id uuid primary key default gen_random_uuid()`. */
export const primaryUuid = () => uuid('id').primaryKey().defaultRandom();

/** A `timestamp with time zone` column, null until set. */
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/** When the row was written (`created_at`, set by the database). */
export const createdAt = () => timestamptz('created_at').notNull().defaultNow();

/** When the row was last changed (`updated_at`; the repository sets it on every update). */
export const updatedAt = () => timestamptz('updated_at').notNull().defaultNow();

/** `createdAt` and `updatedAt`, to spread into a table's columns. */
export const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() });

/** A row this row cannot exist without: not null, deleted with it unless `onDelete` says otherwise. */
export const requiredRef = (name: string, target: () => AnyPgColumn, onDelete: OnDelete = 'cascade') => uuid(name).notNull().references(target, { onDelete });

/** A row this row may point at: null when there is none, and set to null when it is deleted unless `onDelete` says otherwise. */
export const optionalRef = (name: string, target: () => AnyPgColumn, onDelete: OnDelete = 'set null') => uuid(name).references(target, { onDelete });

/** A jsonb list (ids, tags, links), empty by default. */
export const jsonList = <T>(name: string) =>
  jsonb(name)
    .$type<T[]>()
    .notNull()
    .default(sql`'[]'::jsonb`);
