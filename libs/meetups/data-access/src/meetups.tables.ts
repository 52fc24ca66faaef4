import { boolean, date, index, integer, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import { createdAt, jsonList, optionalRef, primaryUuid, requiredRef, timestamptz, updatedAt } from '@verbinder/platform/db';
import { acties, actielijnen } from '@verbinder/actieagenda/data-access';
import { persons, regionRow, regions, schools } from '@verbinder/regions/data-access';
import { werkgroepen } from '@verbinder/werkgroepen/data-access';

const KINDS = ['VERBINDERSOVERLEG', 'KENNISMAKINGSDAG', 'MEELOOPDAG', 'DOCENTSTAGE', 'GASTLES', 'WORKSHOP', 'THEMADAG', 'CONGRES', 'ONTBIJT_MEETUP', 'OPEN_DAG'] as const;
const STATUSES = ['PENDING_CONFIRMATION', 'CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED', 'EXPIRED'] as const;

export const activitySeries = pgTable(
  'activity_series',
  {
    ...regionRow(),
    kind: text('kind', { enum: KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    weekday: integer('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    rotationStart: date('rotation_start').notNull(),
    hostSchoolIds: jsonList<string>('host_school_ids'),
    skipDates: jsonList<string>('skip_dates'),
    audience: jsonList<string>('audience'),
    capacity: integer('capacity'),
    isPublic: boolean('is_public').notNull().default(false),
    organiserIds: jsonList<string>('organiser_ids'),
    createdAt: createdAt(),
  },
  (t) => [index('activity_series_region_idx').on(t.regionId)],
);

export const activities = pgTable(
  'activities',
  {
    ...regionRow(),
    seriesId: optionalRef('series_id', () => activitySeries.id, 'cascade'),
    detached: boolean('detached').notNull().default(false),
    kind: text('kind', { enum: KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    hostSchoolId: optionalRef('host_school_id', () => schools.id),
    address: text('address'),
    room: text('room'),
    travelNote: text('travel_note'),
    startsAt: timestamptz('starts_at').notNull(),
    endsAt: timestamptz('ends_at').notNull(),
    audience: jsonList<string>('audience'),
    capacity: integer('capacity'),
    registrationOpensAt: timestamptz('registration_opens_at'),
    registrationClosesAt: timestamptz('registration_closes_at'),
    isPublic: boolean('is_public').notNull().default(false),
    actielijnId: optionalRef('actielijn_id', () => actielijnen.id),
    actieId: optionalRef('actie_id', () => acties.id),
    /** The werkgroep this activity is a meeting of (its members' calendar feed; the schijnsamenwerking signal). */
    werkgroepId: optionalRef('werkgroep_id', () => werkgroepen.id),
    minutes: text('minutes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('activities_region_start_idx').on(t.regionId, t.startsAt), index('activities_series_idx').on(t.seriesId)],
);

export const activityOrganisers = pgTable(
  'activity_organisers',
  {
    activityId: requiredRef('activity_id', () => activities.id),
    personId: requiredRef('person_id', () => persons.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.personId] })],
);

export const activityRegistrations = pgTable(
  'activity_registrations',
  {
    id: primaryUuid(),
    activityId: requiredRef('activity_id', () => activities.id),
    personId: optionalRef('person_id', () => persons.id, 'cascade'),
    name: text('name'),
    email: text('email'),
    status: text('status', { enum: STATUSES }).notNull(),
    queuedAt: timestamptz('queued_at').notNull().defaultNow(),
    tokenHash: text('token_hash'),
    tokenExpiresAt: timestamptz('token_expires_at'),
    attended: boolean('attended'),
    createdAt: createdAt(),
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
    ...regionRow(),
    name: text('name').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
  },
  (t) => [index('region_holidays_region_idx').on(t.regionId)],
);

export const activityAgendaItems = pgTable(
  'activity_agenda_items',
  {
    id: primaryUuid(),
    activityId: requiredRef('activity_id', () => activities.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    actieId: optionalRef('actie_id', () => acties.id),
    notes: text('notes'),
  },
  (t) => [index('activity_agenda_items_activity_idx').on(t.activityId, t.position)],
);

export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: primaryUuid(),
    personId: requiredRef('person_id', () => persons.id),
    scope: text('scope', { enum: ['PERSON', 'REGION', 'WERKGROEP'] }).notNull(),
    regionId: optionalRef('region_id', () => regions.id, 'cascade'),
    werkgroepId: optionalRef('werkgroep_id', () => werkgroepen.id, 'cascade'),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [unique('calendar_feeds_token_key').on(t.tokenHash), index('calendar_feeds_person_idx').on(t.personId)],
);
