import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, optionalRef, primaryUuid, requiredRef, timestamptz, updatedAt } from '@verbinder/platform/db';
import { persons, regionRow } from '@verbinder/regions/data-access';
import { documents, werkgroepen } from '@verbinder/werkgroepen/data-access';

/** A school's Microsoft 365 tenant, registered per region, with the state of its admin consent. */
export const teamsTenants = pgTable(
  'teams_tenants',
  {
    ...regionRow(),
    /** The Microsoft 365 (Entra) tenant id, a GUID. */
    tenantId: text('tenant_id').notNull(),
    name: text('name').notNull(),
    consent: text('consent', { enum: ['PENDING', 'GRANTED', 'REVOKED'] })
      .notNull()
      .default('PENDING'),
    consentError: text('consent_error'),
    consentChangedAt: timestamptz('consent_changed_at').notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [unique('teams_tenants_region_tenant_key').on(t.regionId, t.tenantId)],
);

/** A werkgroep linked to a Teams channel's files folder (optionally a subfolder of it). */
export const teamsLinks = pgTable(
  'teams_links',
  {
    id: primaryUuid(),
    werkgroepId: requiredRef('werkgroep_id', () => werkgroepen.id),
    tenantRef: requiredRef('tenant_ref', () => teamsTenants.id),
    teamId: text('team_id').notNull(),
    channelId: text('channel_id').notNull(),
    subfolder: text('subfolder'),
    announcementWebhookUrl: text('announcement_webhook_url'),
    /** The channel's files folder once resolved (filesFolder answered). */
    driveId: text('drive_id'),
    folderId: text('folder_id'),
    createdById: optionalRef('created_by_id', () => persons.id),
    createdAt: createdAt(),
    removedAt: timestamptz('removed_at'),
    removedById: optionalRef('removed_by_id', () => persons.id),
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
    id: primaryUuid(),
    linkId: requiredRef('link_id', () => teamsLinks.id),
    documentId: requiredRef('document_id', () => documents.id),
    status: text('status', { enum: ['PENDING', 'MIRRORED', 'WAITING', 'RETRYING', 'FAILED', 'DRIFT'] })
      .notNull()
      .default('PENDING'),
    driveItemId: text('drive_item_id'),
    eTag: text('etag'),
    mirroredVersion: integer('mirrored_version'),
    mirroredName: text('mirrored_name'),
    mirroredParentId: text('mirrored_parent_id'),
    /** Set when the file was removed from Teams because the document was deleted. */
    removedAt: timestamptz('removed_at'),
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
    nextAttemptAt: timestamptz('next_attempt_at'),
    lastError: text('last_error'),
    /** A worker is busy with this item until then (several API nodes). */
    leaseUntil: timestamptz('lease_until'),
    updatedAt: updatedAt(),
  },
  (t) => [unique('teams_mirror_items_key').on(t.linkId, t.documentId), index('teams_mirror_items_document_idx').on(t.documentId)],
);

/** The mirror history: every attempt and its outcome. */
export const teamsMirrorEvents = pgTable(
  'teams_mirror_events',
  {
    id: primaryUuid(),
    itemId: requiredRef('item_id', () => teamsMirrorItems.id),
    action: text('action').notNull(),
    outcome: text('outcome', { enum: ['QUEUED', 'MIRRORED', 'UNCHANGED', 'WAITING', 'RETRYING', 'FAILED', 'DRIFT'] }).notNull(),
    version: integer('version'),
    message: text('message'),
    at: timestamptz('at').notNull().defaultNow(),
  },
  (t) => [index('teams_mirror_events_item_idx').on(t.itemId, t.at)],
);
