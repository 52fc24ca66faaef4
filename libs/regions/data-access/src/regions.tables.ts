import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const regions = pgTable('regions', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique('regions_slug_key'),
  name: text('name').notNull(),
  description: text('description'),
  ...timestamps,
});

export const schools = pgTable(
  'schools',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['VO', 'MBO', 'BOTH'] }).notNull(),
    koepel: text('koepel'),
    brin: text('brin'),
    website: text('website'),
    locations: jsonb('locations')
      .$type<Array<{ name: string; address: string | null; city: string }>>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    ...timestamps,
  },
  (t) => [uniqueIndex('schools_region_name_key').on(t.regionId, t.name)],
);

export const leerlabs = pgTable(
  'leerlabs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    round: integer('round').notNull(),
    startYear: integer('start_year').notNull(),
    theme: text('theme'),
    description: text('description'),
    ...timestamps,
  },
  (t) => [uniqueIndex('leerlabs_region_name_key').on(t.regionId, t.name)],
);

export const leerlabSchools = pgTable(
  'leerlab_schools',
  {
    leerlabId: uuid('leerlab_id')
      .notNull()
      .references(() => leerlabs.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.leerlabId, t.schoolId] })],
);

export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    jobTitle: text('job_title'),
    systemRole: text('system_role', { enum: ['BEHEERDER'] }),
    /** Set when the person was erased (AVG art. 17): the row is a pseudonym ("Oud-deelnemer") that others' rows still point at. */
    /** Set when a platform beheerder asked for the erasure: from then on the person cannot sign in, change or join anything. */
    erasureRequestedAt: timestamp('erasure_requested_at', { withTimezone: true }),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    /**
     * Since when the person has had no membership and no platform role, as the retention sweep
     * noticed (null while they have one); erased DEPARTED_RETENTION_MONTHS later.
     */
    departedAt: timestamp('departed_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('persons_email_key').on(sql`lower(${t.email})`)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id').references(() => schools.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    layer: text('layer').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('memberships_unique_key').on(t.personId, t.regionId, t.schoolId, t.role).nullsNotDistinct(),
    index('memberships_region_idx').on(t.regionId),
    index('memberships_school_idx').on(t.schoolId),
  ],
);

/**
 * An invitation into a region (or one of its schools) with a role. The membership exists only
 * once the invited person accepts; a declined or withdrawn invitation leaves nothing behind.
 */
export const regionInvitations = pgTable(
  'region_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id').references(() => schools.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /** The address and name as the inviter typed them (shown to the region's managers instead of the person's record). */
    email: text('email').notNull(),
    invitedName: text('invited_name'),
    role: text('role').notNull(),
    layer: text('layer').notNull(),
    invitedById: uuid('invited_by_id').references(() => persons.id, { onDelete: 'set null' }),
    status: text('status', { enum: ['OPEN', 'ACCEPTED', 'DECLINED'] })
      .notNull()
      .default('OPEN'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [index('region_invitations_person_idx').on(t.personId, t.status), index('region_invitations_region_idx').on(t.regionId, t.status)],
);

export const leerroutes = pgTable(
  'leerroutes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'restrict' }),
    leerlabId: uuid('leerlab_id').references(() => leerlabs.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    routeType: text('route_type', { enum: ['REGULIER', 'DOORLOPEND', 'GEINTEGREERD'] }).notNull(),
    phase: text('phase', { enum: ['VERKENNING', 'ONTWIKKELING', 'PILOT', 'LOPEND', 'GESTOPT'] }).notNull(),
    vmboLeerweg: text('vmbo_leerweg', { enum: ['BASIS', 'KADER', 'GEMENGD', 'THEORETISCH'] }).notNull(),
    vmboProfiel: text('vmbo_profiel').notNull(),
    mboOpleiding: text('mbo_opleiding').notNull(),
    mboNiveau: integer('mbo_niveau').notNull(),
    mboLeerweg: text('mbo_leerweg', { enum: ['BOL', 'BBL'] }).notNull(),
    shorteningMonths: integer('shortening_months').notNull().default(0),
    vmboExamScope: text('vmbo_exam_scope', { enum: ['VOLLEDIG', 'GEDEELTELIJK', 'GEEN'] }).notNull(),
    vmboExamLastRouteYear: integer('vmbo_exam_last_route_year'),
    bpvStartRouteYear: integer('bpv_start_route_year'),
    voSchoolId: uuid('vo_school_id').references(() => schools.id, { onDelete: 'restrict' }),
    mboSchoolId: uuid('mbo_school_id').references(() => schools.id, { onDelete: 'restrict' }),
    agreementSignedOn: date('agreement_signed_on'),
    duoVoRegisteredOn: date('duo_vo_registered_on'),
    duoMboRegisteredOn: date('duo_mbo_registered_on'),
    fundingTransferAgreed: boolean('funding_transfer_agreed').notNull().default(false),
    startYear: integer('start_year'),
    targetGroup: text('target_group'),
    description: text('description'),
    ...timestamps,
  },
  (t) => [index('leerroutes_region_idx').on(t.regionId)],
);
