// The retention rules a sweep enforces, for RetentionJob (@verbinder/platform/outbox).
import { AuthService } from '@verbinder/identity/core';
import { LoketPrivacyService } from '@verbinder/loket/core';
import { NotificationsService } from '@verbinder/notifications/core';
import { DatabaseOutbox, OUTBOX_DONE_RETENTION_DAYS, RetentionRule } from '@verbinder/platform/outbox';
import { Database, referencedFiles } from '@verbinder/platform/db';
import { MailDropFolder } from '@verbinder/integrations/mail';
import { NewsletterService, StoryConsentsService } from '@verbinder/stories/core';
import type { DocumentStore } from '@verbinder/shared/kernel';
import { DATA_MAP } from './privacy/data-map';
import { PreparedExportStore } from './privacy/prepared-export-store';

const DAY_MS = 86_400_000;
/** A stored file no row names is kept this long (an upload commits its file just before its row). */
export const ORPHANED_FILE_MARGIN_MS = DAY_MS;

/** What the file rules need: the document store, the folder of mail files, and the database (for the data map's file columns). */
export interface FileRetention {
  store: DocumentStore;
  mailDrop: MailDropFolder;
  database: Database;
}

/** The services whose retention the sweep runs. */
export interface RetentionServices {
  auth: AuthService;
  loket: LoketPrivacyService;
  newsletter: NewsletterService;
  storyConsents: StoryConsentsService;
  notifications: NotificationsService;
  outbox: DatabaseOutbox;
  files: FileRetention;
  preparedExports: PreparedExportStore;
}

/** The rules a sweep enforces, one per kind of data the data map gives a retention period. */
export function retentionRules({ auth, loket, newsletter, storyConsents, notifications, outbox, files, preparedExports }: RetentionServices): RetentionRule[] {
  return [
    {
      name: 'identity',
      sweep: async (now) => {
        const r = await auth.purgeExpired(now);
        return { sessions: r.sessions, rateLimitAttempts: r.loginAttempts, passwordResetLinks: r.resetLinks, oidcLinkRequests: r.requestedLinks };
      },
    },
    { name: 'loket', sweep: async () => ({ loketRequestsAnonymised: await loket.sweepRetention() }) },
    { name: 'newsletter', sweep: async () => ({ newsletterSignUps: await newsletter.sweep() }) },
    // Consents that ended (withdrawn, expired, school year over) CONSENT_RETENTION_MONTHS ago. The public pages check consents
    // when they are read, so no story is public on a deleted one even before the stories sweep takes it offline.
    { name: 'story consents', sweep: async (now) => ({ storyConsents: await storyConsents.deleteEndedConsents(now) }) },
    { name: 'notifications', sweep: async (now) => ({ notifications: await notifications.purgeExpired(now) }) },
    { name: 'outbox', sweep: async (now) => ({ outboxJobs: await outbox.purgeFinished(now) }) },
    // Without SMTP every message is a file in DATA_DIR/mail: kept as long as a finished e-mail job.
    { name: 'mail files', sweep: async (now) => ({ mailFiles: await files.mailDrop.deleteWrittenBefore(new Date(now.getTime() - OUTBOX_DONE_RETENTION_DAYS * DAY_MS)) }) },
    {
      name: 'orphaned files',
      // The margin is on real time (file times are), not on the application clock: with CLOCK_OFFSET_DAYS an upload between its file and its row would otherwise look old.
      sweep: async () => ({ orphanedFiles: await files.store.deleteUnreferenced(await referencedFiles(files.database, DATA_MAP), new Date(Date.now() - ORPHANED_FILE_MARGIN_MS)) }),
    },
    // Prepared exports (inzage): the file first, then the row; files no row names once a day old.
    { name: 'person-exports', sweep: (now) => preparedExports.purgeExpired(now) },
  ];
}
