// The retention rules a sweep enforces, for RetentionJob (@verbinder/platform/outbox).
import { AuthService } from '@verbinder/identity/core';
import { LoketPrivacyService } from '@verbinder/loket/core';
import { NotificationsService } from '@verbinder/notifications/core';
import { DatabaseOutbox, RetentionRule } from '@verbinder/platform/outbox';
import { NewsletterService } from '@verbinder/stories/core';
import { PreparedExportStore } from './privacy/prepared-export-store';

/** The rules a sweep enforces. Ended story consents go with the stories sweep, which takes stories offline first. */
export function retentionRules(
  auth: AuthService,
  loket: LoketPrivacyService,
  newsletter: NewsletterService,
  notifications: NotificationsService,
  outbox: DatabaseOutbox,
  preparedExports: PreparedExportStore,
): RetentionRule[] {
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
    { name: 'notifications', sweep: async (now) => ({ notifications: await notifications.purgeExpired(now) }) },
    { name: 'outbox', sweep: async (now) => ({ outboxJobs: await outbox.purgeFinished(now) }) },
    // Prepared exports (inzage): the file first, then the row; files no row names once a day old.
    { name: 'person-exports', sweep: (now) => preparedExports.purgeExpired(now) },
  ];
}
