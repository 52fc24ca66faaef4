import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { persons, regions, schools } from '@verbinder/regions/data-access';

const TYPES = ['STAGEPLAATSEN', 'BPV_LEERBEDRIJF', 'GASTLES', 'BEDRIJFSOPDRACHT', 'MEETUP', 'EXCURSIE', 'CHALLENGE_PARTNER', 'OPEN_DAG', 'WERKGROEP'] as const;
const STATUSES = ['NIEUW', 'IN_BEHANDELING', 'WACHT_OP_BEDRIJF', 'AFGEROND'] as const;

export const loketCompanies = pgTable(
  'loket_companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kvk: text('kvk').notNull(),
    sector: text('sector'),
    location: text('location'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('loket_companies_kvk_key').on(t.regionId, t.kvk)],
);

export const loketRequests = pgTable(
  'loket_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => loketCompanies.id, { onDelete: 'cascade' }),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone'),
    type: text('type', { enum: TYPES }).notNull(),
    level: text('level'),
    period: text('period'),
    periodStart: date('period_start'),
    periodEnd: date('period_end'),
    capacity: integer('capacity'),
    message: text('message'),
    /** The company details as typed on the form when the KvK number was already known (the company record keeps its own). */
    submittedCompany: jsonb('submitted_company').$type<{ name: string; sector: string | null; location: string | null }>(),
    status: text('status', { enum: STATUSES }).notNull(),
    duplicateOfId: uuid('duplicate_of_id'),
    mergedIntoId: uuid('merged_into_id'),
    ownerId: uuid('owner_id').references(() => persons.id, { onDelete: 'set null' }),
    schoolIds: jsonb('school_ids')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    tokenHash: text('token_hash').notNull(),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    pausedMs: bigint('paused_ms', { mode: 'number' }).notNull().default(0),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('loket_requests_token_key').on(t.tokenHash), index('loket_requests_region_idx').on(t.regionId, t.status, t.createdAt), index('loket_requests_company_idx').on(t.companyId)],
);

export const loketMessages = pgTable(
  'loket_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => loketRequests.id, { onDelete: 'cascade' }),
    /** Set when a merge moved the message: the request (and status link) it was written on. */
    originRequestId: uuid('origin_request_id').references(() => loketRequests.id, { onDelete: 'set null' }),
    author: text('author', { enum: ['BEDRIJF', 'LOKET', 'NOTITIE'] }).notNull(),
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('loket_messages_request_idx').on(t.requestId, t.createdAt)],
);

export const loketRoutingRules = pgTable(
  'loket_routing_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    requestType: text('request_type', { enum: TYPES }),
    sector: text('sector'),
    assigneeId: uuid('assignee_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    schoolIds: jsonb('school_ids')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('loket_routing_rules_region_idx').on(t.regionId)],
);

export const loketSlaPolicies = pgTable(
  'loket_sla_policies',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    firstResponseMinutes: real('first_response_minutes').notNull(),
    resolutionMinutes: real('resolution_minutes').notNull(),
    warnBeforeMinutes: real('warn_before_minutes').notNull(),
    businessHours: boolean('business_hours').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.regionId] })],
);

export const loketContacts = pgTable(
  'loket_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => loketCompanies.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id').references(() => schools.id, { onDelete: 'set null' }),
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'set null' }),
    channel: text('channel', { enum: ['LOKET', 'HANDMATIG'] }).notNull(),
    requestId: uuid('request_id').references(() => loketRequests.id, { onDelete: 'set null' }),
    note: text('note'),
    contactedAt: timestamp('contacted_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('loket_contacts_company_idx').on(t.companyId, t.contactedAt)],
);

/**
 * Intake form tokens that were used (SHA-256 of the token), kept until the token would have
 * expired anyway: the primary key makes a second submission with the same token fail.
 */
export const loketSpentFormTokens = pgTable(
  'loket_spent_form_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('loket_spent_form_tokens_expires_idx').on(t.expiresAt)],
);

/** Staff's canned replies (Dutch text blocks) per region; the title is unique per region. */
export const loketCannedReplies = pgTable(
  'loket_canned_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('loket_canned_replies_title_key').on(t.regionId, t.title)],
);

/** Who viewed or changed a request (staff only); kept as long as the request exists. */
export const loketAudit = pgTable(
  'loket_audit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => loketRequests.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'set null' }),
    personName: text('person_name').notNull(),
    action: text('action', { enum: ['VIEWED', 'CHANGED'] }).notNull(),
    what: text('what').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('loket_audit_request_idx').on(t.requestId, t.at), index('loket_audit_person_idx').on(t.personId, t.requestId, t.at)],
);

/** Single-use sign-in links for returning companies (only the SHA-256 of the token is stored). */
export const loketSignInLinks = pgTable(
  'loket_sign_in_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('loket_sign_in_links_token_key').on(t.tokenHash), index('loket_sign_in_links_expires_idx').on(t.expiresAt)],
);
