import { sql } from 'drizzle-orm';
import { AnyPgColumn, bigint, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons, regions, schools } from '@verbinder/regions/data-access';

/** PostgreSQL's full-text search vector (Dutch stemming is applied when it is written). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const KINDS = ['INTERSCOLAIRE_VAKGROEP', 'DOCENTWERKGROEP', 'SCHOOLLEIDERSWERKGROEP', 'REGIEGROEP', 'STUURGROEP', 'PROJECTGROEP', 'ONTWIKKELGROEP', 'DECANENKRING', 'SECTORWERKGROEP'] as const;

const createdAt = timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const werkgroepen = pgTable(
  'werkgroepen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: KINDS }).notNull(),
    name: text('name').notNull(),
    description: text('description'),
    /** Sector for a werkgroep per sector (e.g. "Techniek"), or the subject of a vakgroep ("Engels"). */
    sector: text('sector'),
    /** MEMBERS: only members see anything; REGION: every member of the region may read. */
    visibility: text('visibility', { enum: ['MEMBERS', 'REGION'] })
      .notNull()
      .default('MEMBERS'),
    /** How often the group meets, in days (7 = weekly); the schijnsamenwerking signal uses it. */
    cadenceDays: integer('cadence_days'),
    cadenceNote: text('cadence_note'),
    actielijnIds: jsonb('actielijn_ids')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('werkgroepen_region_idx').on(t.regionId), unique('werkgroepen_region_name_key').on(t.regionId, t.name)],
);

export const werkgroepMembers = pgTable(
  'werkgroep_members',
  {
    werkgroepId: uuid('werkgroep_id')
      .notNull()
      .references(() => werkgroepen.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id').references(() => schools.id, { onDelete: 'set null' }),
    layer: text('layer', { enum: ['BESTUURLIJK', 'MANAGEMENT', 'PROFESSIONEEL'] }).notNull(),
    role: text('role', { enum: ['VOORZITTER', 'LID', 'GAST'] })
      .notNull()
      .default('LID'),
    /** The member has read the stream up to here (unread counts). */
    lastReadAt: timestamp('last_read_at', { withTimezone: true }).notNull().defaultNow(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.werkgroepId, t.personId] }), index('werkgroep_members_person_idx').on(t.personId)],
);

// ---- stream ----

export const werkgroepPosts = pgTable(
  'werkgroep_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    werkgroepId: uuid('werkgroep_id')
      .notNull()
      .references(() => werkgroepen.id, { onDelete: 'cascade' }),
    /** A reply's thread root (replies are one level deep). */
    parentId: uuid('parent_id').references((): AnyPgColumn => werkgroepPosts.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => persons.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    mentionIds: jsonb('mention_ids')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdAt,
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedById: uuid('deleted_by_id').references(() => persons.id, { onDelete: 'set null' }),
  },
  (t) => [index('werkgroep_posts_group_idx').on(t.werkgroepId, t.createdAt), index('werkgroep_posts_parent_idx').on(t.parentId)],
);

/** Earlier bodies of an edited or deleted post (the history). */
export const werkgroepPostRevisions = pgTable(
  'werkgroep_post_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => werkgroepPosts.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    /** When this body was replaced. */
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
    replacedById: uuid('replaced_by_id').references(() => persons.id, { onDelete: 'set null' }),
    change: text('change', { enum: ['EDITED', 'DELETED'] }).notNull(),
  },
  (t) => [index('werkgroep_post_revisions_post_idx').on(t.postId)],
);

export const werkgroepPostReactions = pgTable(
  'werkgroep_post_reactions',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => werkgroepPosts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    reaction: text('reaction').notNull(),
    createdAt,
  },
  (t) => [primaryKey({ columns: [t.postId, t.personId, t.reaction] })],
);

// ---- document library ----

export const documentFolders = pgTable(
  'document_folders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    werkgroepId: uuid('werkgroep_id')
      .notNull()
      .references(() => werkgroepen.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => documentFolders.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt,
  },
  (t) => [unique('document_folders_name_key').on(t.werkgroepId, t.parentId, t.name).nullsNotDistinct()],
);

export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    werkgroepId: uuid('werkgroep_id')
      .notNull()
      .references(() => werkgroepen.id, { onDelete: 'cascade' }),
    folderId: uuid('folder_id').references(() => documentFolders.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description'),
    /** Extracted text of the current version (text documents only), for search. */
    contentText: text('content_text'),
    search: tsvector('search'),
    currentVersion: integer('current_version').notNull().default(1),
    createdById: uuid('created_by_id').references(() => persons.id, { onDelete: 'set null' }),
    createdAt,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('documents_group_idx').on(t.werkgroepId), index('documents_search_idx').using('gin', t.search)],
);

export const documentVersions = pgTable(
  'document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    /** SHA-256 of the content: the key in the content-addressed store. */
    sha256: text('sha256').notNull(),
    authorId: uuid('author_id').references(() => persons.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt,
  },
  (t) => [unique('document_versions_key').on(t.documentId, t.version), index('document_versions_sha_idx').on(t.sha256)],
);

// ---- draaiboek ----

export const draaiboekVersions = pgTable(
  'draaiboek_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    werkgroepId: uuid('werkgroep_id')
      .notNull()
      .references(() => werkgroepen.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    authorId: uuid('author_id').references(() => persons.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt,
  },
  (t) => [unique('draaiboek_versions_key').on(t.werkgroepId, t.version)],
);

// ---- curriculum comparison ----

export const curriculumItems = pgTable(
  'curriculum_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    werkgroepId: uuid('werkgroep_id')
      .notNull()
      .references(() => werkgroepen.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['VO', 'MBO'] }).notNull(),
    kind: text('kind', { enum: ['PTA_COMPONENT', 'PROFIEL', 'KEUZEVAK', 'EINDTERM', 'OER_COMPONENT', 'KEUZEDEEL', 'KWALIFICATIE_ONDERDEEL'] }).notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    schoolId: uuid('school_id').references(() => schools.id, { onDelete: 'set null' }),
    studyHours: integer('study_hours'),
    createdAt,
  },
  (t) => [unique('curriculum_items_code_key').on(t.werkgroepId, t.side, t.code), index('curriculum_items_group_idx').on(t.werkgroepId)],
);

export const curriculumPairs = pgTable(
  'curriculum_pairs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    werkgroepId: uuid('werkgroep_id')
      .notNull()
      .references(() => werkgroepen.id, { onDelete: 'cascade' }),
    voItemId: uuid('vo_item_id')
      .notNull()
      .references(() => curriculumItems.id, { onDelete: 'cascade' }),
    mboItemId: uuid('mbo_item_id')
      .notNull()
      .references(() => curriculumItems.id, { onDelete: 'cascade' }),
    relation: text('relation', { enum: ['OVERLAP', 'GAP', 'FIT'] }).notNull(),
    decision: text('decision', { enum: ['SCHRAPPEN', 'VERDIEPEN', 'VERBREDEN', 'VERSNELLEN'] }),
    ownerId: uuid('owner_id').references(() => persons.id, { onDelete: 'set null' }),
    hoursFreed: integer('hours_freed').notNull().default(0),
    note: text('note'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('curriculum_pairs_key').on(t.voItemId, t.mboItemId), index('curriculum_pairs_group_idx').on(t.werkgroepId)],
);

// ---- glossary (taalbrug) ----

export const glossaryTerms = pgTable(
  'glossary_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    /** The group that proposed the term, if any. */
    werkgroepId: uuid('werkgroep_id').references(() => werkgroepen.id, { onDelete: 'set null' }),
    term: text('term').notNull(),
    /** The meaning the region agreed on; empty while it is still being discussed. */
    sharedMeaning: text('shared_meaning'),
    search: tsvector('search'),
    createdById: uuid('created_by_id').references(() => persons.id, { onDelete: 'set null' }),
    createdAt,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('glossary_terms_key').on(t.regionId, sql`lower(${t.term})`), index('glossary_terms_search_idx').using('gin', t.search)],
);

/** What the term means at one school or in one sector ("in het vmbo betekent stage …"). */
export const glossaryMeanings = pgTable(
  'glossary_meanings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    termId: uuid('term_id')
      .notNull()
      .references(() => glossaryTerms.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id').references(() => schools.id, { onDelete: 'cascade' }),
    sector: text('sector'),
    meaning: text('meaning').notNull(),
    createdAt,
  },
  (t) => [index('glossary_meanings_term_idx').on(t.termId)],
);
