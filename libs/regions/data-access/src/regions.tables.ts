import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, primaryKey, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, jsonList, optionalRef, primaryUuid, requiredRef, timestamps, timestamptz } from '@verbinder/platform/db';

export const regions = pgTable('regions', {
  id: primaryUuid(),
  slug: text('slug').notNull().unique('regions_slug_key'),
  name: text('name').notNull(),
  description: text('description'),
  ...timestamps(),
});

/** The region a row belongs to: not null, deleted with the region. */
export const regionRef = () => requiredRef('region_id', () => regions.id);

/** The key of a row that belongs to one region: its own uuid and the region (deleted with the region). */
export const regionRow = () => ({ id: primaryUuid(), regionId: regionRef() });

export const schools = pgTable(
  'schools',
  {
    id: primaryUuid(),
    regionId: requiredRef('region_id', () => regions.id, 'restrict'),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['VO', 'MBO', 'BOTH'] }).notNull(),
    koepel: text('koepel'),
    brin: text('brin'),
    website: text('website'),
    locations: jsonList<{ name: string; address: string | null; city: string }>('locations'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('schools_region_name_key').on(t.regionId, t.name)],
);

export const leerlabs = pgTable(
  'leerlabs',
  {
    id: primaryUuid(),
    regionId: requiredRef('region_id', () => regions.id, 'restrict'),
    name: text('name').notNull(),
    round: integer('round').notNull(),
    startYear: integer('start_year').notNull(),
    theme: text('theme'),
    description: text('description'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('leerlabs_region_name_key').on(t.regionId, t.name)],
);

export const leerlabSchools = pgTable(
  'leerlab_schools',
  {
    leerlabId: requiredRef('leerlab_id', () => leerlabs.id),
    schoolId: requiredRef('school_id', () => schools.id),
  },
  (t) => [primaryKey({ columns: [t.leerlabId, t.schoolId] })],
);

export const persons = pgTable(
  'persons',
  {
    id: primaryUuid(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    jobTitle: text('job_title'),
    systemRole: text('system_role', { enum: ['BEHEERDER'] }),
    /** Set when the person was erased (AVG art. 17): the row is a pseudonym ("Oud-deelnemer") that others' rows still point at. */
    /** Set when a platform beheerder asked for the erasure: from then on the person cannot sign in, change or join anything. */
    erasureRequestedAt: timestamptz('erasure_requested_at'),
    erasedAt: timestamptz('erased_at'),
    /**
     * Since when the person has had no membership and no platform role, as the retention sweep
     * noticed (null while they have one); erased DEPARTED_RETENTION_MONTHS later.
     */
    departedAt: timestamptz('departed_at'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('persons_email_key').on(sql`lower(${t.email})`)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: primaryUuid(),
    personId: requiredRef('person_id', () => persons.id),
    regionId: regionRef(),
    schoolId: optionalRef('school_id', () => schools.id, 'cascade'),
    role: text('role').notNull(),
    layer: text('layer').notNull(),
    createdAt: createdAt(),
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
    ...regionRow(),
    schoolId: optionalRef('school_id', () => schools.id, 'cascade'),
    personId: requiredRef('person_id', () => persons.id),
    /** The address and name as the inviter typed them (shown to the region's managers instead of the person's record). */
    email: text('email').notNull(),
    invitedName: text('invited_name'),
    role: text('role').notNull(),
    layer: text('layer').notNull(),
    invitedById: optionalRef('invited_by_id', () => persons.id),
    status: text('status', { enum: ['OPEN', 'ACCEPTED', 'DECLINED'] })
      .notNull()
      .default('OPEN'),
    createdAt: createdAt(),
    respondedAt: timestamptz('responded_at'),
  },
  (t) => [index('region_invitations_person_idx').on(t.personId, t.status), index('region_invitations_region_idx').on(t.regionId, t.status)],
);

export const leerroutes = pgTable(
  'leerroutes',
  {
    id: primaryUuid(),
    regionId: requiredRef('region_id', () => regions.id, 'restrict'),
    leerlabId: optionalRef('leerlab_id', () => leerlabs.id),
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
    voSchoolId: optionalRef('vo_school_id', () => schools.id, 'restrict'),
    mboSchoolId: optionalRef('mbo_school_id', () => schools.id, 'restrict'),
    agreementSignedOn: date('agreement_signed_on'),
    duoVoRegisteredOn: date('duo_vo_registered_on'),
    duoMboRegisteredOn: date('duo_mbo_registered_on'),
    fundingTransferAgreed: boolean('funding_transfer_agreed').notNull().default(false),
    startYear: integer('start_year'),
    targetGroup: text('target_group'),
    description: text('description'),
    ...timestamps(),
  },
  (t) => [index('leerroutes_region_idx').on(t.regionId)],
);
