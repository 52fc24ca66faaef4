import { sql } from 'drizzle-orm';
import { AnyPgColumn, bigint, customType, index, integer, pgTable, primaryKey, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, jsonList, optionalRef, primaryUuid, requiredRef, timestamptz, updatedAt } from '@verbinder/platform/db';
import { persons, regionRow, schools } from '@verbinder/regions/data-access';

/** PostgreSQL's full-text search vector (Dutch stemming is applied when it is written). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const KINDS = ['INTERSCOLAIRE_VAKGROEP', 'DOCENTWERKGROEP', 'SCHOOLLEIDERSWERKGROEP', 'REGIEGROEP', 'STUURGROEP', 'PROJECTGROEP', 'ONTWIKKELGROEP', 'DECANENKRING', 'SECTORWERKGROEP'] as const;

export const werkgroepen = pgTable(
  'werkgroepen',
  {
    ...regionRow(),
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
    actielijnIds: jsonList<string>('actielijn_ids'),
    archivedAt: timestamptz('archived_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('werkgroepen_region_idx').on(t.regionId), unique('werkgroepen_region_name_key').on(t.regionId, t.name)],
);

/** The key of a row that belongs to one werkgroep (and goes when the werkgroep is deleted). */
const werkgroepRow = () => ({ id: primaryUuid(), werkgroepId: requiredRef('werkgroep_id', () => werkgroepen.id) });

export const werkgroepMembers = pgTable(
  'werkgroep_members',
  {
    werkgroepId: requiredRef('werkgroep_id', () => werkgroepen.id),
    personId: requiredRef('person_id', () => persons.id),
    schoolId: optionalRef('school_id', () => schools.id),
    layer: text('layer', { enum: ['BESTUURLIJK', 'MANAGEMENT', 'PROFESSIONEEL'] }).notNull(),
    role: text('role', { enum: ['VOORZITTER', 'LID', 'GAST'] })
      .notNull()
      .default('LID'),
    /** The member has read the stream up to here (unread counts). */
    lastReadAt: timestamptz('last_read_at').notNull().defaultNow(),
    joinedAt: timestamptz('joined_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.werkgroepId, t.personId] }), index('werkgroep_members_person_idx').on(t.personId)],
);

// ---- stream ----

export const werkgroepPosts = pgTable(
  'werkgroep_posts',
  {
    ...werkgroepRow(),
    /** A reply's thread root (replies are one level deep). */
    parentId: optionalRef('parent_id', (): AnyPgColumn => werkgroepPosts.id, 'cascade'),
    authorId: optionalRef('author_id', () => persons.id),
    body: text('body').notNull(),
    mentionIds: jsonList<string>('mention_ids'),
    createdAt: createdAt(),
    editedAt: timestamptz('edited_at'),
    deletedAt: timestamptz('deleted_at'),
    deletedById: optionalRef('deleted_by_id', () => persons.id),
  },
  (t) => [index('werkgroep_posts_group_idx').on(t.werkgroepId, t.createdAt), index('werkgroep_posts_parent_idx').on(t.parentId)],
);

/** Earlier bodies of an edited or deleted post (the history). */
export const werkgroepPostRevisions = pgTable(
  'werkgroep_post_revisions',
  {
    id: primaryUuid(),
    postId: requiredRef('post_id', () => werkgroepPosts.id),
    body: text('body').notNull(),
    /** When this body was replaced. */
    replacedAt: timestamptz('replaced_at').notNull().defaultNow(),
    replacedById: optionalRef('replaced_by_id', () => persons.id),
    change: text('change', { enum: ['EDITED', 'DELETED'] }).notNull(),
  },
  (t) => [index('werkgroep_post_revisions_post_idx').on(t.postId)],
);

export const werkgroepPostReactions = pgTable(
  'werkgroep_post_reactions',
  {
    postId: requiredRef('post_id', () => werkgroepPosts.id),
    personId: requiredRef('person_id', () => persons.id),
    reaction: text('reaction').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.personId, t.reaction] })],
);

// ---- document library ----

export const documentFolders = pgTable(
  'document_folders',
  {
    ...werkgroepRow(),
    parentId: optionalRef('parent_id', (): AnyPgColumn => documentFolders.id, 'cascade'),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('document_folders_name_key').on(t.werkgroepId, t.parentId, t.name).nullsNotDistinct()],
);

export const documents = pgTable(
  'documents',
  {
    ...werkgroepRow(),
    folderId: optionalRef('folder_id', () => documentFolders.id),
    title: text('title').notNull(),
    description: text('description'),
    /** Extracted text of the current version (text documents only), for search. */
    contentText: text('content_text'),
    search: tsvector('search'),
    currentVersion: integer('current_version').notNull().default(1),
    createdById: optionalRef('created_by_id', () => persons.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamptz('deleted_at'),
  },
  (t) => [index('documents_group_idx').on(t.werkgroepId), index('documents_search_idx').using('gin', t.search)],
);

export const documentVersions = pgTable(
  'document_versions',
  {
    id: primaryUuid(),
    documentId: requiredRef('document_id', () => documents.id),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    /** SHA-256 of the content: the key in the content-addressed store. */
    sha256: text('sha256').notNull(),
    authorId: optionalRef('author_id', () => persons.id),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [unique('document_versions_key').on(t.documentId, t.version), index('document_versions_sha_idx').on(t.sha256)],
);

// ---- draaiboek ----

export const draaiboekVersions = pgTable(
  'draaiboek_versions',
  {
    ...werkgroepRow(),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    authorId: optionalRef('author_id', () => persons.id),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [unique('draaiboek_versions_key').on(t.werkgroepId, t.version)],
);

// ---- curriculum comparison ----

export const curriculumItems = pgTable(
  'curriculum_items',
  {
    ...werkgroepRow(),
    side: text('side', { enum: ['VO', 'MBO'] }).notNull(),
    kind: text('kind', { enum: ['PTA_COMPONENT', 'PROFIEL', 'KEUZEVAK', 'EINDTERM', 'OER_COMPONENT', 'KEUZEDEEL', 'KWALIFICATIE_ONDERDEEL'] }).notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    schoolId: optionalRef('school_id', () => schools.id),
    studyHours: integer('study_hours'),
    createdAt: createdAt(),
  },
  (t) => [unique('curriculum_items_code_key').on(t.werkgroepId, t.side, t.code), index('curriculum_items_group_idx').on(t.werkgroepId)],
);

export const curriculumPairs = pgTable(
  'curriculum_pairs',
  {
    ...werkgroepRow(),
    voItemId: requiredRef('vo_item_id', () => curriculumItems.id),
    mboItemId: requiredRef('mbo_item_id', () => curriculumItems.id),
    relation: text('relation', { enum: ['OVERLAP', 'GAP', 'FIT'] }).notNull(),
    decision: text('decision', { enum: ['SCHRAPPEN', 'VERDIEPEN', 'VERBREDEN', 'VERSNELLEN'] }),
    ownerId: optionalRef('owner_id', () => persons.id),
    hoursFreed: integer('hours_freed').notNull().default(0),
    note: text('note'),
    decidedAt: timestamptz('decided_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('curriculum_pairs_key').on(t.voItemId, t.mboItemId), index('curriculum_pairs_group_idx').on(t.werkgroepId)],
);

// ---- glossary (taalbrug) ----

export const glossaryTerms = pgTable(
  'glossary_terms',
  {
    ...regionRow(),
    /** The group that proposed the term, if any. */
    werkgroepId: optionalRef('werkgroep_id', () => werkgroepen.id),
    term: text('term').notNull(),
    /** The meaning the region agreed on; empty while it is still being discussed. */
    sharedMeaning: text('shared_meaning'),
    search: tsvector('search'),
    createdById: optionalRef('created_by_id', () => persons.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('glossary_terms_key').on(t.regionId, sql`lower(${t.term})`), index('glossary_terms_search_idx').using('gin', t.search)],
);

/** What the term means at one school or in one sector ("in het vmbo betekent stage …"). */
export const glossaryMeanings = pgTable(
  'glossary_meanings',
  {
    id: primaryUuid(),
    termId: requiredRef('term_id', () => glossaryTerms.id),
    schoolId: optionalRef('school_id', () => schools.id, 'cascade'),
    sector: text('sector'),
    meaning: text('meaning').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('glossary_meanings_term_idx').on(t.termId)],
);
