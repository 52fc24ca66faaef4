import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, real, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, jsonList, optionalRef, primaryUuid, requiredRef, timestamptz, updatedAt } from '@verbinder/platform/db';
import { persons, regionRef, regionRow, schools } from '@verbinder/regions/data-access';

const TYPES = ['STAGEPLAATSEN', 'BPV_LEERBEDRIJF', 'GASTLES', 'BEDRIJFSOPDRACHT', 'MEETUP', 'EXCURSIE', 'CHALLENGE_PARTNER', 'OPEN_DAG', 'WERKGROEP'] as const;
const STATUSES = ['NIEUW', 'IN_BEHANDELING', 'WACHT_OP_BEDRIJF', 'AFGEROND'] as const;

export const loketCompanies = pgTable(
  'loket_companies',
  {
    ...regionRow(),
    name: text('name').notNull(),
    kvk: text('kvk').notNull(),
    sector: text('sector'),
    location: text('location'),
    createdAt: createdAt(),
  },
  (t) => [unique('loket_companies_kvk_key').on(t.regionId, t.kvk)],
);

export const loketRequests = pgTable(
  'loket_requests',
  {
    ...regionRow(),
    companyId: requiredRef('company_id', () => loketCompanies.id),
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
    ownerId: optionalRef('owner_id', () => persons.id),
    schoolIds: jsonList<string>('school_ids'),
    tokenHash: text('token_hash').notNull(),
    firstResponseAt: timestamptz('first_response_at'),
    pausedAt: timestamptz('paused_at'),
    pausedMs: bigint('paused_ms', { mode: 'number' }).notNull().default(0),
    closedAt: timestamptz('closed_at'),
    anonymisedAt: timestamptz('anonymised_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('loket_requests_token_key').on(t.tokenHash), index('loket_requests_region_idx').on(t.regionId, t.status, t.createdAt), index('loket_requests_company_idx').on(t.companyId)],
);

export const loketMessages = pgTable(
  'loket_messages',
  {
    id: primaryUuid(),
    requestId: requiredRef('request_id', () => loketRequests.id),
    /** Set when a merge moved the message: the request (and status link) it was written on. */
    originRequestId: optionalRef('origin_request_id', () => loketRequests.id),
    author: text('author', { enum: ['BEDRIJF', 'LOKET', 'NOTITIE'] }).notNull(),
    personId: optionalRef('person_id', () => persons.id),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('loket_messages_request_idx').on(t.requestId, t.createdAt)],
);

export const loketRoutingRules = pgTable(
  'loket_routing_rules',
  {
    ...regionRow(),
    requestType: text('request_type', { enum: TYPES }),
    sector: text('sector'),
    assigneeId: requiredRef('assignee_id', () => persons.id),
    schoolIds: jsonList<string>('school_ids'),
    createdAt: createdAt(),
  },
  (t) => [index('loket_routing_rules_region_idx').on(t.regionId)],
);

export const loketSlaPolicies = pgTable(
  'loket_sla_policies',
  {
    regionId: regionRef(),
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
    ...regionRow(),
    companyId: requiredRef('company_id', () => loketCompanies.id),
    schoolId: optionalRef('school_id', () => schools.id),
    personId: optionalRef('person_id', () => persons.id),
    channel: text('channel', { enum: ['LOKET', 'HANDMATIG'] }).notNull(),
    requestId: optionalRef('request_id', () => loketRequests.id),
    note: text('note'),
    contactedAt: timestamptz('contacted_at').notNull(),
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
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [index('loket_spent_form_tokens_expires_idx').on(t.expiresAt)],
);

/** Staff's canned replies (Dutch text blocks) per region; the title is unique per region. */
export const loketCannedReplies = pgTable(
  'loket_canned_replies',
  {
    ...regionRow(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('loket_canned_replies_title_key').on(t.regionId, t.title)],
);

/** Who viewed or changed a request (staff only); kept as long as the request exists. */
export const loketAudit = pgTable(
  'loket_audit',
  {
    id: primaryUuid(),
    requestId: requiredRef('request_id', () => loketRequests.id),
    personId: optionalRef('person_id', () => persons.id),
    personName: text('person_name').notNull(),
    action: text('action', { enum: ['VIEWED', 'CHANGED'] }).notNull(),
    what: text('what').notNull(),
    at: timestamptz('at').notNull(),
  },
  (t) => [index('loket_audit_request_idx').on(t.requestId, t.at), index('loket_audit_person_idx').on(t.personId, t.requestId, t.at)],
);

/** Single-use sign-in links for returning companies (only the SHA-256 of the token is stored). */
export const loketSignInLinks = pgTable(
  'loket_sign_in_links',
  {
    ...regionRow(),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
    createdAt: createdAt(),
  },
  (t) => [unique('loket_sign_in_links_token_key').on(t.tokenHash), index('loket_sign_in_links_expires_idx').on(t.expiresAt)],
);
