import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons, regions } from '@verbinder/regions/data-access';
import { documents, werkgroepen } from '@verbinder/werkgroepen/data-access';

const createdAt = timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** A school's Microsoft 365 tenant, registered per region, with the state of its admin consent. */
export const teamsTenants = pgTable(
  'teams_tenants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    /** The Microsoft 365 (Entra) tenant id, a GUID. */
    tenantId: text('tenant_id').notNull(),
    name: text('name').notNull(),
    consent: text('consent', { enum: ['PENDING', 'GRANTED', 'REVOKED'] })
      .notNull()
      .default('PENDING'),
    consentError: text('consent_error'),
    consentChangedAt: timestamp('consent_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt,
  },
  (t) => [unique('teams_tenants_region_tenant_key').on(t.regionId, t.tenantId)],
);

/** A werkgroep linked to a Teams channel's files folder (optionally a subfolder of it). */
export const teamsLinks = pgTable(
  'teams_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    werkgroepId: uuid('werkgroep_id')
      .notNull()
      .references(() => werkgroepen.id, { onDelete: 'cascade' }),
    tenantRef: uuid('tenant_ref')
      .notNull()
      .references(() => teamsTenants.id, { onDelete: 'cascade' }),
    teamId: text('team_id').notNull(),
    channelId: text('channel_id').notNull(),
    subfolder: text('subfolder'),
    announcementWebhookUrl: text('announcement_webhook_url'),
    /** The channel's files folder once resolved (filesFolder answered). */
    driveId: text('drive_id'),
    folderId: text('folder_id'),
    createdById: uuid('created_by_id').references(() => persons.id, { onDelete: 'set null' }),
    createdAt,
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedById: uuid('removed_by_id').references(() => persons.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('teams_links_group_idx').on(t.werkgroepId),
    uniqueIndex('teams_links_active_key')
      .on(t.werkgroepId, t.tenantRef, t.teamId, t.channelId)
      .where(sql`${t.removedAt} is null`),
  ],
);

/** One document mirrored into one linked channel: what Teams has, and the state of the mirror. */
export const teamsMirrorItems = pgTable(
  'teams_mirror_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    linkId: uuid('link_id')
      .notNull()
      .references(() => teamsLinks.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['PENDING', 'MIRRORED', 'WAITING', 'RETRYING', 'FAILED', 'DRIFT'] })
      .notNull()
      .default('PENDING'),
    driveItemId: text('drive_item_id'),
    eTag: text('etag'),
    mirroredVersion: integer('mirrored_version'),
    mirroredName: text('mirrored_name'),
    mirroredParentId: text('mirrored_parent_id'),
    /** Set when the file was removed from Teams because the document was deleted. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
    /** An upload session in progress (resumed from nextExpectedRanges after a restart) and its version. */
    uploadUrl: text('upload_url'),
    uploadVersion: integer('upload_version'),
    /**
     * Set before a file is created in Teams (no driveItem yet), cleared once its answer is stored:
     * where it was going and the content (document-store sha256). A retry that finds it set looks
     * the path up and adopts a file an earlier attempt created but whose answer was lost.
     */
    pendingName: text('pending_name'),
    pendingParentId: text('pending_parent_id'),
    pendingSha256: text('pending_sha256'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    lastError: text('last_error'),
    /** A worker is busy with this item until then (several API nodes). */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('teams_mirror_items_key').on(t.linkId, t.documentId), index('teams_mirror_items_document_idx').on(t.documentId)],
);

/** The mirror history: every attempt and its outcome. */
export const teamsMirrorEvents = pgTable(
  'teams_mirror_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => teamsMirrorItems.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    outcome: text('outcome', { enum: ['QUEUED', 'MIRRORED', 'UNCHANGED', 'WAITING', 'RETRYING', 'FAILED', 'DRIFT'] }).notNull(),
    version: integer('version'),
    message: text('message'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('teams_mirror_events_item_idx').on(t.itemId, t.at)],
);
