import { AnnouncedDocument, TeamsAnnouncement } from './announcement.types';

export const TEAMS_ANNOUNCEMENT_REPOSITORY = Symbol('TEAMS_ANNOUNCEMENT_REPOSITORY');

export type AnnouncementPatch = Partial<Pick<TeamsAnnouncement, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'sentAt' | 'leaseUntil'>>;

export interface TeamsAnnouncementRepository {
  /**
   * Adds the document to the link's OPEN announcement, opening one due at `dueAt` when there is
   * none (at most one OPEN per link, also with concurrent transactions: the OPEN row is locked
   * until the caller's transaction ends, so a sender cannot close it in between). A document is
   * announced at most once per link. `opened` is true when this call created the announcement.
   */
  addToOpen(linkId: string, documentId: string, dueAt: Date): Promise<{ announcement: TeamsAnnouncement; opened: boolean }>;
  find(id: string): Promise<TeamsAnnouncement | null>;
  /**
   * Closes (OPEN → SENDING) and leases the announcement for one sender, when it is OPEN or
   * SENDING and not leased by another; null otherwise (sent, failed, or busy elsewhere).
   */
  claim(id: string, now: Date, leaseUntil: Date): Promise<TeamsAnnouncement | null>;
  update(id: string, patch: AnnouncementPatch): Promise<TeamsAnnouncement>;
  documents(announcementId: string): Promise<AnnouncedDocument[]>;
  /** The newest announcement of each link (absent when a link never announced anything). */
  latestOfLinks(linkIds: readonly string[]): Promise<TeamsAnnouncement[]>;
  werkgroepName(werkgroepId: string): Promise<string | null>;
  setWebhook(linkId: string, webhookUrl: string | null): Promise<void>;
}
