import { boolean, date, index, integer, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, jsonList, optionalRef, primaryUuid, requiredRef, timestamptz, updatedAt } from '@verbinder/platform/db';
import { persons, regionRow, schools } from '@verbinder/regions/data-access';

const ACTIE_STATUS = ['OP_KOERS', 'RISICO', 'ACHTER', 'GEPAUZEERD'] as const;

export const actieagendas = pgTable(
  'actieagendas',
  {
    ...regionRow(),
    title: text('title').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('actieagendas_region_key').on(t.regionId)],
);

export const actielijnen = pgTable(
  'actielijnen',
  {
    id: primaryUuid(),
    agendaId: requiredRef('agenda_id', () => actieagendas.id),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    focusYears: jsonList<number>('focus_years'),
  },
  (t) => [unique('actielijnen_agenda_number_key').on(t.agendaId, t.number)],
);

export const acties = pgTable(
  'acties',
  {
    id: primaryUuid(),
    actielijnId: requiredRef('actielijn_id', () => actielijnen.id),
    parentId: uuid('parent_id'),
    title: text('title').notNull(),
    description: text('description'),
    target: text('target'),
    leadSchoolId: optionalRef('lead_school_id', () => schools.id),
    periodStart: date('period_start'),
    periodEnd: date('period_end'),
    status: text('status', { enum: ACTIE_STATUS }).notNull().default('OP_KOERS'),
    closure: text('closure', { enum: ['BEHAALD', 'DEELS', 'GEMIST', 'GESTOPT'] }),
    closedAt: timestamptz('closed_at'),
    progressMode: text('progress_mode', { enum: ['DIRECT', 'SUB_ACTIES'] })
      .notNull()
      .default('DIRECT'),
    progress: integer('progress').notNull().default(0),
    cadenceDays: integer('cadence_days').notNull().default(7),
    nextCheckInDue: date('next_check_in_due'),
    isPublic: boolean('is_public').notNull().default(false),
    publicSummary: text('public_summary'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('acties_lijn_idx').on(t.actielijnId), index('acties_parent_idx').on(t.parentId), unique('acties_lijn_title_key').on(t.actielijnId, t.title)],
);

export const actiePartners = pgTable(
  'actie_partner_schools',
  {
    actieId: requiredRef('actie_id', () => acties.id),
    schoolId: requiredRef('school_id', () => schools.id),
  },
  (t) => [primaryKey({ columns: [t.actieId, t.schoolId] })],
);

export const actieOwners = pgTable(
  'actie_owners',
  {
    actieId: requiredRef('actie_id', () => acties.id),
    personId: requiredRef('person_id', () => persons.id),
  },
  (t) => [primaryKey({ columns: [t.actieId, t.personId] }), index('actie_owners_person_idx').on(t.personId)],
);

/** The key of a row that belongs to one actie (and goes when the actie is deleted). */
const actieRow = () => ({ id: primaryUuid(), actieId: requiredRef('actie_id', () => acties.id) });

export const checkIns = pgTable(
  'check_ins',
  {
    ...actieRow(),
    authorId: requiredRef('author_id', () => persons.id, 'restrict'),
    date: date('date').notNull(),
    status: text('status', { enum: ACTIE_STATUS }).notNull(),
    progress: integer('progress').notNull(),
    text: text('text').notNull(),
    evidenceLinks: jsonList<string>('evidence_links'),
    createdAt: createdAt(),
  },
  (t) => [index('check_ins_actie_idx').on(t.actieId, t.createdAt)],
);

export const bijstellingen = pgTable(
  'bijstellingen',
  {
    ...actieRow(),
    authorId: requiredRef('author_id', () => persons.id, 'restrict'),
    what: text('what').notNull(),
    why: text('why').notNull(),
    before: text('before'),
    after: text('after'),
    createdAt: createdAt(),
  },
  (t) => [index('bijstellingen_actie_idx').on(t.actieId)],
);

export const reviews = pgTable(
  'actie_reviews',
  {
    ...actieRow(),
    requestedById: requiredRef('requested_by', () => persons.id, 'restrict'),
    requestedAt: timestamptz('requested_at').notNull().defaultNow(),
    question: text('question'),
    outcome: text('outcome', { enum: ['RELEVANT_EN_HAALBAAR', 'BIJSTELLEN', 'STOPPEN'] }),
    decidedById: optionalRef('decided_by', () => persons.id, 'restrict'),
    decidedAt: timestamptz('decided_at'),
    note: text('note'),
  },
  (t) => [index('actie_reviews_actie_idx').on(t.actieId)],
);

export const decisions = pgTable(
  'actie_decisions',
  {
    ...actieRow(),
    authorId: requiredRef('author_id', () => persons.id, 'restrict'),
    text: text('text').notNull(),
    meetingDate: date('meeting_date').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('actie_decisions_actie_idx').on(t.actieId)],
);

/** One reminder per actie and due date, so every node may run the reminder sweep. */
export const checkInReminders = pgTable(
  'check_in_reminders',
  {
    actieId: requiredRef('actie_id', () => acties.id),
    dueDate: date('due_date').notNull(),
    sentAt: timestamptz('sent_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.actieId, t.dueDate] })],
);
