import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { persons, regions, schools } from '@verbinder/regions/data-access';

const ACTIE_STATUS = ['OP_KOERS', 'RISICO', 'ACHTER', 'GEPAUZEERD'] as const;

export const actieagendas = pgTable(
  'actieagendas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('actieagendas_region_key').on(t.regionId)],
);

export const actielijnen = pgTable(
  'actielijnen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agendaId: uuid('agenda_id')
      .notNull()
      .references(() => actieagendas.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    focusYears: jsonb('focus_years')
      .$type<number[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
  },
  (t) => [unique('actielijnen_agenda_number_key').on(t.agendaId, t.number)],
);

export const acties = pgTable(
  'acties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actielijnId: uuid('actielijn_id')
      .notNull()
      .references(() => actielijnen.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    title: text('title').notNull(),
    description: text('description'),
    target: text('target'),
    leadSchoolId: uuid('lead_school_id').references(() => schools.id, { onDelete: 'set null' }),
    periodStart: date('period_start'),
    periodEnd: date('period_end'),
    status: text('status', { enum: ACTIE_STATUS }).notNull().default('OP_KOERS'),
    closure: text('closure', { enum: ['BEHAALD', 'DEELS', 'GEMIST', 'GESTOPT'] }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    progressMode: text('progress_mode', { enum: ['DIRECT', 'SUB_ACTIES'] })
      .notNull()
      .default('DIRECT'),
    progress: integer('progress').notNull().default(0),
    cadenceDays: integer('cadence_days').notNull().default(7),
    nextCheckInDue: date('next_check_in_due'),
    isPublic: boolean('is_public').notNull().default(false),
    publicSummary: text('public_summary'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('acties_lijn_idx').on(t.actielijnId), index('acties_parent_idx').on(t.parentId), unique('acties_lijn_title_key').on(t.actielijnId, t.title)],
);

export const actiePartners = pgTable(
  'actie_partner_schools',
  {
    actieId: uuid('actie_id')
      .notNull()
      .references(() => acties.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.actieId, t.schoolId] })],
);

export const actieOwners = pgTable(
  'actie_owners',
  {
    actieId: uuid('actie_id')
      .notNull()
      .references(() => acties.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.actieId, t.personId] }), index('actie_owners_person_idx').on(t.personId)],
);

export const checkIns = pgTable(
  'check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actieId: uuid('actie_id')
      .notNull()
      .references(() => acties.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'restrict' }),
    date: date('date').notNull(),
    status: text('status', { enum: ACTIE_STATUS }).notNull(),
    progress: integer('progress').notNull(),
    text: text('text').notNull(),
    evidenceLinks: jsonb('evidence_links')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('check_ins_actie_idx').on(t.actieId, t.createdAt)],
);

export const bijstellingen = pgTable(
  'bijstellingen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actieId: uuid('actie_id')
      .notNull()
      .references(() => acties.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'restrict' }),
    what: text('what').notNull(),
    why: text('why').notNull(),
    before: text('before'),
    after: text('after'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('bijstellingen_actie_idx').on(t.actieId)],
);

export const reviews = pgTable(
  'actie_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actieId: uuid('actie_id')
      .notNull()
      .references(() => acties.id, { onDelete: 'cascade' }),
    requestedById: uuid('requested_by')
      .notNull()
      .references(() => persons.id, { onDelete: 'restrict' }),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    question: text('question'),
    outcome: text('outcome', { enum: ['RELEVANT_EN_HAALBAAR', 'BIJSTELLEN', 'STOPPEN'] }),
    decidedById: uuid('decided_by').references(() => persons.id, { onDelete: 'restrict' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    note: text('note'),
  },
  (t) => [index('actie_reviews_actie_idx').on(t.actieId)],
);

export const decisions = pgTable(
  'actie_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actieId: uuid('actie_id')
      .notNull()
      .references(() => acties.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'restrict' }),
    text: text('text').notNull(),
    meetingDate: date('meeting_date').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('actie_decisions_actie_idx').on(t.actieId)],
);

/** One reminder per actie and due date, so every node may run the reminder sweep. */
export const checkInReminders = pgTable(
  'check_in_reminders',
  {
    actieId: uuid('actie_id')
      .notNull()
      .references(() => acties.id, { onDelete: 'cascade' }),
    dueDate: date('due_date').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.actieId, t.dueDate] })],
);
