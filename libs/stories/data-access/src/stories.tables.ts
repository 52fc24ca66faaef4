import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { createdAt, jsonList, optionalRef, primaryUuid, requiredRef, timestamptz, updatedAt } from '@verbinder/platform/db';
import { leerlabs, persons, regionRow } from '@verbinder/regions/data-access';

/** PostgreSQL's full-text search vector. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const STATUSES = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'] as const;

export const stories = pgTable(
  'stories',
  {
    ...regionRow(),
    leerlabId: optionalRef('leerlab_id', () => leerlabs.id),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    lead: text('lead').notNull(),
    body: text('body').notNull(),
    audience: jsonList<'OUDERS' | 'LEERLINGEN' | 'BEDRIJVEN' | 'DOCENTEN'>('audience'),
    tags: jsonList<string>('tags'),
    status: text('status', { enum: STATUSES }).notNull(),
    publishAt: timestamptz('publish_at'),
    publishedAt: timestamptz('published_at'),
    blockedReason: text('blocked_reason'),
    createdById: optionalRef('created_by_id', () => persons.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
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

/** The key of a row that belongs to one story (and goes when the story is deleted). */
const storyRow = () => ({ id: primaryUuid(), storyId: requiredRef('story_id', () => stories.id) });

export const storyTranslations = pgTable(
  'story_translations',
  {
    ...storyRow(),
    language: text('language').notNull(),
    title: text('title').notNull(),
    lead: text('lead').notNull(),
    body: text('body').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('story_translations_language_key').on(t.storyId, t.language)],
);

export const storyConsents = pgTable(
  'story_consents',
  {
    ...regionRow(),
    subjectName: text('subject_name').notNull(),
    givenByName: text('given_by_name').notNull(),
    relation: text('relation', { enum: ['OUDER', 'LEERLING', 'ZELF'] }).notNull(),
    scope: text('scope', { enum: ['THIS_STORY', 'SCHOOL_YEAR'] }).notNull(),
    storyId: optionalRef('story_id', () => stories.id, 'cascade'),
    schoolYear: integer('school_year'),
    givenAt: timestamptz('given_at').notNull(),
    expiresAt: timestamptz('expires_at'),
    withdrawnAt: timestamptz('withdrawn_at'),
    withdrawnReason: text('withdrawn_reason'),
    recordedById: optionalRef('recorded_by_id', () => persons.id),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('story_consents_subject_idx').on(t.regionId, t.subjectName)],
);

export const storyPeople = pgTable(
  'story_people',
  {
    ...storyRow(),
    name: text('name').notNull(),
    role: text('role'),
    quote: text('quote'),
    inPhoto: boolean('in_photo').notNull().default(false),
    isPupil: boolean('is_pupil').notNull(),
    birthDate: date('birth_date'),
    consentId: optionalRef('consent_id', () => storyConsents.id),
    createdAt: createdAt(),
  },
  (t) => [index('story_people_story_idx').on(t.storyId), index('story_people_consent_idx').on(t.consentId)],
);

export const storyRevisions = pgTable(
  'story_revisions',
  {
    ...storyRow(),
    title: text('title').notNull(),
    lead: text('lead').notNull(),
    body: text('body').notNull(),
    authorId: optionalRef('author_id', () => persons.id),
    authorName: text('author_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('story_revisions_story_idx').on(t.storyId, t.createdAt)],
);

export const storyComments = pgTable(
  'story_comments',
  {
    ...storyRow(),
    authorId: optionalRef('author_id', () => persons.id),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('story_comments_story_idx').on(t.storyId, t.createdAt)],
);

export const storyHistory = pgTable(
  'story_history',
  {
    ...storyRow(),
    action: text('action').notNull(),
    note: text('note'),
    /** Who did it (null for the planner and for rows written before the column existed); erasure pseudonymises `actorName` by it. */
    actorId: optionalRef('actor_id', () => persons.id),
    actorName: text('actor_name').notNull(),
    createdAt: createdAt(),
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
    ...storyRow(),
    sha256: text('sha256').notNull(),
    mimeType: text('mime_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    width: integer('width'),
    height: integer('height'),
    alt: text('alt').notNull(),
    uploadedById: optionalRef('uploaded_by_id', () => persons.id),
    createdAt: createdAt(),
  },
  (t) => [unique('story_images_story_sha_key').on(t.storyId, t.sha256), index('story_images_sha_idx').on(t.sha256)],
);

/** Newsletter readers per region: only the e-mail address (double opt-in). */
export const newsletterSubscriptions = pgTable(
  'newsletter_subscriptions',
  {
    ...regionRow(),
    email: text('email').notNull(),
    status: text('status', { enum: ['PENDING', 'CONFIRMED'] }).notNull(),
    /** SHA-256 of the single-use confirmation token (null once confirmed). */
    confirmTokenHash: text('confirm_token_hash'),
    confirmExpiresAt: timestamptz('confirm_expires_at'),
    createdAt: createdAt(),
    confirmedAt: timestamptz('confirmed_at'),
  },
  (t) => [unique('newsletter_subscriptions_key').on(t.regionId, t.email), index('newsletter_subscriptions_token_idx').on(t.confirmTokenHash)],
);
