import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { leerlabs, persons, regions } from '@verbinder/regions/data-access';

/** PostgreSQL's full-text search vector. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const STATUSES = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'] as const;

export const stories = pgTable(
  'stories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    leerlabId: uuid('leerlab_id').references(() => leerlabs.id, { onDelete: 'set null' }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    lead: text('lead').notNull(),
    body: text('body').notNull(),
    audience: jsonb('audience')
      .$type<Array<'OUDERS' | 'LEERLINGEN' | 'BEDRIJVEN' | 'DOCENTEN'>>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    tags: jsonb('tags')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    status: text('status', { enum: STATUSES }).notNull(),
    publishAt: timestamp('publish_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    blockedReason: text('blocked_reason'),
    createdById: uuid('created_by_id').references(() => persons.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Dutch full-text search over title (A), lead (B) and the body's text (C); kept by PostgreSQL. */
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', lead), 'B') || setweight(to_tsvector('dutch', regexp_replace(body, '<[^>]*>', ' ', 'g')), 'C')`,
    ),
  },
  (t) => [
    unique('stories_slug_key').on(t.regionId, t.slug),
    index('stories_region_idx').on(t.regionId, t.status),
    index('stories_due_idx').on(t.status, t.publishAt),
    index('stories_search_idx').using('gin', t.search),
  ],
);

export const storyTranslations = pgTable(
  'story_translations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    title: text('title').notNull(),
    lead: text('lead').notNull(),
    body: text('body').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('story_translations_language_key').on(t.storyId, t.language)],
);

export const storyConsents = pgTable(
  'story_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    subjectName: text('subject_name').notNull(),
    givenByName: text('given_by_name').notNull(),
    relation: text('relation', { enum: ['OUDER', 'LEERLING', 'ZELF'] }).notNull(),
    scope: text('scope', { enum: ['THIS_STORY', 'SCHOOL_YEAR'] }).notNull(),
    storyId: uuid('story_id').references(() => stories.id, { onDelete: 'cascade' }),
    schoolYear: integer('school_year'),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnReason: text('withdrawn_reason'),
    recordedById: uuid('recorded_by_id').references(() => persons.id, { onDelete: 'set null' }),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('story_consents_subject_idx').on(t.regionId, t.subjectName)],
);

export const storyPeople = pgTable(
  'story_people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role'),
    quote: text('quote'),
    inPhoto: boolean('in_photo').notNull().default(false),
    isPupil: boolean('is_pupil').notNull(),
    birthDate: date('birth_date'),
    consentId: uuid('consent_id').references(() => storyConsents.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('story_people_story_idx').on(t.storyId), index('story_people_consent_idx').on(t.consentId)],
);

export const storyRevisions = pgTable(
  'story_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    lead: text('lead').notNull(),
    body: text('body').notNull(),
    authorId: uuid('author_id').references(() => persons.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('story_revisions_story_idx').on(t.storyId, t.createdAt)],
);

export const storyComments = pgTable(
  'story_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => persons.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('story_comments_story_idx').on(t.storyId, t.createdAt)],
);

export const storyHistory = pgTable(
  'story_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    note: text('note'),
    /** Who did it (null for the planner and for rows written before the column existed); erasure pseudonymises `actorName` by it. */
    actorId: uuid('actor_id').references(() => persons.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('story_history_story_idx').on(t.storyId, t.createdAt)],
);

/**
 * Images uploaded for a story: the bytes are in the DocumentStore under `sha256` (shared by
 * identical files); a row per story, so the same file in two stories has two rows.
 */
export const storyImages = pgTable(
  'story_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    sha256: text('sha256').notNull(),
    mimeType: text('mime_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    width: integer('width'),
    height: integer('height'),
    alt: text('alt').notNull(),
    uploadedById: uuid('uploaded_by_id').references(() => persons.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('story_images_story_sha_key').on(t.storyId, t.sha256), index('story_images_sha_idx').on(t.sha256)],
);

/** Newsletter readers per region: only the e-mail address (double opt-in). */
export const newsletterSubscriptions = pgTable(
  'newsletter_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    status: text('status', { enum: ['PENDING', 'CONFIRMED'] }).notNull(),
    /** SHA-256 of the single-use confirmation token (null once confirmed). */
    confirmTokenHash: text('confirm_token_hash'),
    confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [unique('newsletter_subscriptions_key').on(t.regionId, t.email), index('newsletter_subscriptions_token_idx').on(t.confirmTokenHash)],
);
