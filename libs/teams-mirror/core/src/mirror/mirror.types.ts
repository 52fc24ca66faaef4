/** Admin consent of a school's Microsoft 365 tenant for the Verbinder app. */
export const CONSENT_STATUSES = ['PENDING', 'GRANTED', 'REVOKED'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export interface TeamsTenant {
  id: string;
  regionId: string;
  /** The Microsoft 365 (Entra) tenant id, a GUID. */
  tenantId: string;
  name: string;
  consent: ConsentStatus;
  consentError: string | null;
  consentChangedAt: Date;
  createdAt: Date;
}

export interface TeamsLink {
  id: string;
  werkgroepId: string;
  /** The werkgroep's region (for live events). */
  regionId: string;
  tenantRef: string;
  teamId: string;
  channelId: string;
  subfolder: string | null;
  announcementWebhookUrl: string | null;
  driveId: string | null;
  folderId: string | null;
  createdById: string | null;
  createdAt: Date;
  removedAt: Date | null;
}

/**
 * PENDING: queued, not done yet; MIRRORED: Teams has the current state; WAITING: the channel's
 * files folder does not exist yet ("wacht op Teams"); RETRYING: a next attempt is planned;
 * FAILED: no more attempts (the reason says what to do); DRIFT: the file was changed or deleted
 * in Teams by a person and a member has to choose (see drift/drift.types.ts) – never overwritten.
 */
export const MIRROR_STATUSES = ['PENDING', 'MIRRORED', 'WAITING', 'RETRYING', 'FAILED', 'DRIFT'] as const;
export type MirrorStatus = (typeof MIRROR_STATUSES)[number];

export interface MirrorItem {
  id: string;
  linkId: string;
  documentId: string;
  status: MirrorStatus;
  driveItemId: string | null;
  eTag: string | null;
  mirroredVersion: number | null;
  mirroredName: string | null;
  mirroredParentId: string | null;
  removedAt: Date | null;
  uploadUrl: string | null;
  uploadVersion: number | null;
  /** A file creation whose answer is not stored yet: its name, parent folder and content (sha256). */
  pendingName: string | null;
  pendingParentId: string | null;
  pendingSha256: string | null;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  leaseUntil: Date | null;
  updatedAt: Date;
}

export type MirrorOutcome = 'QUEUED' | 'MIRRORED' | 'UNCHANGED' | 'WAITING' | 'RETRYING' | 'FAILED' | 'DRIFT';

export interface MirrorEvent {
  id: string;
  itemId: string;
  action: string;
  outcome: MirrorOutcome;
  version: number | null;
  message: string | null;
  at: Date;
}

/** A mirror item with its document title, for status lists. */
export interface DocumentMirror extends MirrorItem {
  documentTitle: string;
  documentDeleted: boolean;
}

/** What a document looks like now in Verbinder: what the mirror must make Teams match. */
export interface MirrorSourceDocument {
  documentId: string;
  werkgroepId: string;
  title: string;
  deleted: boolean;
  version: number;
  fileName: string;
  sha256: string;
  size: number;
  /** Folder names from the group's root. */
  folderPath: string[];
}

export interface TenantInput {
  regionId: string;
  tenantId: string;
  name: string;
}

export interface LinkInput {
  werkgroepId: string;
  /** Verbinder's id of the registered tenant. */
  tenantId: string;
  teamId: string;
  channelId: string;
  subfolder?: string | null;
  announcementWebhookUrl?: string | null;
}

/** Outbox job kinds of the mirror (besides DOCUMENT_CHANGED_JOB from the werkgroepen core). */
export const MIRROR_RETRY_JOB = 'teams.mirror.retry';
export const MIRROR_LINK_SYNC_JOB = 'teams.mirror.link-sync';
export interface MirrorRetryJob {
  itemId: string;
  /** The history action of the run (default `retry`; `linked` for the documents of a new link). */
  action?: string;
}
export interface MirrorLinkSyncJob {
  linkId: string;
}

/** Settings of the mirror, from the configuration. `configured` is false without a client id/secret. */
export const TEAMS_MIRROR_SETTINGS = Symbol('TEAMS_MIRROR_SETTINGS');
export interface TeamsMirrorSettings {
  configured: boolean;
  /** Failed attempts (other than throttling and waiting for Teams) before an item is FAILED. */
  maxAttempts: number;
  /** How long one worker holds an item. */
  leaseMs: number;
}

/** The fix shown while a channel's files folder is not provisioned. */
/** Items of one link per status, and why the link as a whole waits (null: it does not). */
export type LinkMirrorCounts = Record<MirrorItem['status'], number> & { waitingReason: string | null };

export const NOT_PROVISIONED_FIX = 'Wacht op Teams: de map Bestanden van dit kanaal bestaat nog niet. Open het tabblad Bestanden van dit kanaal één keer in Teams.';
