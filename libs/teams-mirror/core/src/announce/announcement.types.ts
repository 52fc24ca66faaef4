/**
 * Announcements: a short Dutch message in a linked channel when documents are added, posted to
 * the link's Workflows webhook ("Post to a channel when a webhook request is received"). A burst
 * of uploads is coalesced: the first added document opens an announcement for the link, due
 * `windowMs` later; documents added before it is sent join it; one message lists them all.
 *
 * OPEN: collecting documents until `dueAt`; SENDING: closed, being posted or waiting for a retry
 * (`nextAttemptAt`); SENT; FAILED: the webhook refused it (a 4xx other than 429) or every attempt
 * failed (the reason is in `lastError`); SKIPPED: nothing left to announce (documents deleted,
 * link removed or its webhook cleared before the window closed).
 */
export const ANNOUNCEMENT_STATUSES = ['OPEN', 'SENDING', 'SENT', 'FAILED', 'SKIPPED'] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

export interface TeamsAnnouncement {
  id: string;
  linkId: string;
  status: AnnouncementStatus;
  dueAt: Date;
  documentCount: number;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  sentAt: Date | null;
  leaseUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A document of an announcement, as it is now (titles may have changed since the upload). */
export interface AnnouncedDocument {
  documentId: string;
  title: string;
  deleted: boolean;
}

/** Outbox job that sends one announcement (at its due time, and again for each planned retry). */
export const ANNOUNCE_JOB = 'teams.announce';
export interface AnnounceJob {
  announcementId: string;
}

/** Announcement settings from the configuration. */
export const TEAMS_ANNOUNCE_SETTINGS = Symbol('TEAMS_ANNOUNCE_SETTINGS');
export interface TeamsAnnounceSettings {
  /** Coalescing window: documents added within this time after the first one share one message. */
  windowMs: number;
  /** Attempts (throttled or failed) before an announcement is FAILED. */
  maxAttempts: number;
  /** The web app's address, for links to the documents. */
  publicUrl: string;
}

/** Longest webhook address accepted (Workflows URLs are about 300–450 characters). */
export const WEBHOOK_URL_MAX = 2000;
