import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { acties, actielijnen } from '@verbinder/actieagenda/data-access';
import { persons, regions, schools } from '@verbinder/regions/data-access';
import { werkgroepen } from '@verbinder/werkgroepen/data-access';

const KINDS = ['VERBINDERSOVERLEG', 'KENNISMAKINGSDAG', 'MEELOOPDAG', 'DOCENTSTAGE', 'GASTLES', 'WORKSHOP', 'THEMADAG', 'CONGRES', 'ONTBIJT_MEETUP', 'OPEN_DAG'] as const;
const STATUSES = ['PENDING_CONFIRMATION', 'CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED', 'EXPIRED'] as const;

export const activitySeries = pgTable(
  'activity_series',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    weekday: integer('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    rotationStart: date('rotation_start').notNull(),
    hostSchoolIds: jsonb('host_school_ids')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    skipDates: jsonb('skip_dates')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    audience: jsonb('audience')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    capacity: integer('capacity'),
    isPublic: boolean('is_public').notNull().default(false),
    organiserIds: jsonb('organiser_ids')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('activity_series_region_idx').on(t.regionId)],
);

export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    seriesId: uuid('series_id').references(() => activitySeries.id, { onDelete: 'cascade' }),
    detached: boolean('detached').notNull().default(false),
    kind: text('kind', { enum: KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    hostSchoolId: uuid('host_school_id').references(() => schools.id, { onDelete: 'set null' }),
    address: text('address'),
    room: text('room'),
    travelNote: text('travel_note'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    audience: jsonb('audience')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    capacity: integer('capacity'),
    registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
    registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
    isPublic: boolean('is_public').notNull().default(false),
    actielijnId: uuid('actielijn_id').references(() => actielijnen.id, { onDelete: 'set null' }),
    actieId: uuid('actie_id').references(() => acties.id, { onDelete: 'set null' }),
    /** The werkgroep this activity is a meeting of (its members' calendar feed; the schijnsamenwerking signal). */
    werkgroepId: uuid('werkgroep_id').references(() => werkgroepen.id, { onDelete: 'set null' }),
    minutes: text('minutes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('activities_region_start_idx').on(t.regionId, t.startsAt), index('activities_series_idx').on(t.seriesId)],
);

export const activityOrganisers = pgTable(
  'activity_organisers',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.personId] })],
);

export const activityRegistrations = pgTable(
  'activity_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'cascade' }),
    name: text('name'),
    email: text('email'),
    status: text('status', { enum: STATUSES }).notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    tokenHash: text('token_hash'),
    tokenExpiresAt: timestamp('token_expires_at', { withTimezone: true }),
    attended: boolean('attended'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('activity_registrations_person_key').on(t.activityId, t.personId),
    unique('activity_registrations_email_key').on(t.activityId, t.email),
    unique('activity_registrations_token_key').on(t.tokenHash),
    index('activity_registrations_status_idx').on(t.activityId, t.status, t.queuedAt),
    index('activity_registrations_offer_idx').on(t.status, t.tokenExpiresAt),
  ],
);

export const regionHolidays = pgTable(
  'region_holidays',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
  },
  (t) => [index('region_holidays_region_idx').on(t.regionId)],
);

export const activityAgendaItems = pgTable(
  'activity_agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    actieId: uuid('actie_id').references(() => acties.id, { onDelete: 'set null' }),
    notes: text('notes'),
  },
  (t) => [index('activity_agenda_items_activity_idx').on(t.activityId, t.position)],
);

export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    scope: text('scope', { enum: ['PERSON', 'REGION', 'WERKGROEP'] }).notNull(),
    regionId: uuid('region_id').references(() => regions.id, { onDelete: 'cascade' }),
    werkgroepId: uuid('werkgroep_id').references(() => werkgroepen.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [unique('calendar_feeds_token_key').on(t.tokenHash), index('calendar_feeds_person_idx').on(t.personId)],
);
