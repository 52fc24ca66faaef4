// Retention of personal data in stories and the newsletter (AVG art. 5(1)(e)), on both drivers:
// ended consents go CONSENT_RETENTION_MONTHS after they ended; expired newsletter sign-ups and old
// rate-limit rows go after a day. The scheduler runs these through StoryPublishingService.sweep and
// NewsletterService.sweep; here the repository queries are checked against real databases.
import { DrizzleRegionsRepository } from '@verbinder/regions/data-access';
import { CONSENT_RETENTION_MONTHS, schoolYearOf, StoryConsent } from '@verbinder/stories/core';
import { DrizzleNewsletterRepository, DrizzleStoriesRepository } from '@verbinder/stories/data-access';
import { describeOnBothDrivers } from '../support/test-database';

describeOnBothDrivers('story and newsletter retention', 'verbinder_retention', (database, driver) => {
  let regionId: string;
  let stories: DrizzleStoriesRepository;
  let newsletter: DrizzleNewsletterRepository;

  beforeAll(async () => {
    regionId = (await new DrizzleRegionsRepository(database()).insertRegion({ slug: `bewaar-${driver}`, name: 'Bewaarregio', description: null })).id;
    stories = new DrizzleStoriesRepository(database());
    newsletter = new DrizzleNewsletterRepository(database());
  }, 60_000);

  const now = new Date('2026-12-01T12:00:00Z');
  const monthsAgo = (months: number, extraDays = 0) => {
    const d = new Date(now);
    d.setUTCMonth(d.getUTCMonth() - months);
    d.setUTCDate(d.getUTCDate() - extraDays);
    return d;
  };
  const consent = (subjectName: string, over: Partial<StoryConsent>) =>
    stories.insertConsent({
      regionId,
      subjectName,
      givenByName: 'Ouder',
      relation: 'OUDER',
      scope: 'THIS_STORY',
      storyId: null,
      schoolYear: null,
      givenAt: monthsAgo(30),
      expiresAt: null,
      withdrawnAt: null,
      withdrawnReason: null,
      recordedById: null,
      recordedByName: 'Sanne',
      ...over,
    });

  it(`deletes consents that ended more than ${CONSENT_RETENTION_MONTHS} months ago, and keeps the rest`, async () => {
    await consent('Oud ingetrokken', { withdrawnAt: monthsAgo(CONSENT_RETENTION_MONTHS, 1), withdrawnReason: 'e-mail' });
    await consent('Oud verlopen', { expiresAt: monthsAgo(CONSENT_RETENTION_MONTHS, 1) });
    await consent('Oud schooljaar', { scope: 'SCHOOL_YEAR', schoolYear: schoolYearOf(now) - 2 });
    const kept = await Promise.all([
      consent('Pas ingetrokken', { withdrawnAt: monthsAgo(CONSENT_RETENTION_MONTHS - 1), withdrawnReason: 'e-mail' }),
      consent('Pas verlopen', { expiresAt: monthsAgo(1) }),
      consent('Loopt nog', { expiresAt: new Date('2027-06-01T00:00:00Z') }),
      consent('Zonder einde', {}),
      consent('Vorig schooljaar', { scope: 'SCHOOL_YEAR', schoolYear: schoolYearOf(now) - 1 }),
      consent('Dit schooljaar', { scope: 'SCHOOL_YEAR', schoolYear: schoolYearOf(now) }),
    ]);
    const endedBefore = monthsAgo(CONSENT_RETENTION_MONTHS);
    expect(await stories.deleteEndedConsents(endedBefore, schoolYearOf(endedBefore))).toBe(3);
    const left = await stories.findConsents(kept.map((c) => c.id));
    expect(left.map((c) => c.subjectName).sort()).toEqual(['Dit schooljaar', 'Loopt nog', 'Pas ingetrokken', 'Pas verlopen', 'Vorig schooljaar', 'Zonder einde']);
    expect(await stories.deleteEndedConsents(endedBefore, schoolYearOf(endedBefore))).toBe(0);
  });

  it('deletes newsletter sign-ups never confirmed in time; keeps confirmed readers', async () => {
    const dayAgo = new Date(now.getTime() - 24 * 3600_000);
    await newsletter.upsertPending({ regionId, email: 'verlopen@ouders.example', confirmTokenHash: 'a', confirmExpiresAt: new Date(dayAgo.getTime() - 1000) });
    const waiting = await newsletter.upsertPending({ regionId, email: 'wacht@ouders.example', confirmTokenHash: 'b', confirmExpiresAt: new Date(now.getTime() + 3600_000) });
    const reader = await newsletter.upsertPending({ regionId, email: 'lezer@ouders.example', confirmTokenHash: 'c', confirmExpiresAt: new Date(dayAgo.getTime() - 1000) });
    await newsletter.confirm(reader.id, dayAgo);

    expect(await newsletter.deleteExpiredPending(dayAgo)).toBe(1);
    expect(await newsletter.findSubscriptionById(waiting.id)).not.toBeNull();
    expect((await newsletter.findSubscriptionById(reader.id))?.status).toBe('CONFIRMED');
    expect(await newsletter.listByEmail(regionId, 'verlopen@ouders.example')).toEqual([]);
  });
});
