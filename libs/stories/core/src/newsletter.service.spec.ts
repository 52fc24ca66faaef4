import { loadConfig } from '@verbinder/platform/config';
import { EMAIL_JOB, EmailMessage } from '@verbinder/shared/kernel';
import { MemoryAttemptLog, outcome } from '@verbinder/shared/kernel/testing';
import { NEWSLETTER_SUBSCRIBE_ANSWER, NewsletterService } from './newsletter.service';
import { MemoryNewsletterRepository } from './testing/memory-newsletter-repository';
import { beheerder, eindredacteur, REGION_ID, redacteur, storiesWorld, storyInput } from './testing/stories-fixtures';
import type { RegionsService } from '@verbinder/regions/core';

// The stories newsletter: double opt-in without enumeration, a signed one-click unsubscribe, one
// digest per story and subscriber, rate limits, and inzage/erasure for beheerders.

function newsletterWorld() {
  const world = storiesWorld();
  const repo = new MemoryNewsletterRepository(world.clock);
  const { outbox } = world;
  const attempts = new MemoryAttemptLog();
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://verbinder.example.org', LOGIN_RATE_LIMIT: '3', LOGIN_RATE_WINDOW_SECONDS: '600' });
  const service = new NewsletterService(repo, world.kernel, config, world.regionsFake as unknown as RegionsService, world.publicStories, attempts);
  const mails = () => outbox.payloadsOf<EmailMessage>(EMAIL_JOB);
  /** The single-use token in the latest confirmation mail. */
  const confirmToken = () => /\/nieuwsbrief\/bevestigen\/(\S+)/.exec(mails().at(-1)?.text ?? '')?.[1] ?? '';
  const unsubscribeToken = (mail: EmailMessage) => /\/nieuwsbrief\/afmelden\/(\S+)$/.exec(mail.listUnsubscribeUrl ?? '')?.[1] ?? '';
  return { ...world, newsletterRepo: repo, attempts, outbox, service, mails, confirmToken, unsubscribeToken };
}

describe('NewsletterService', () => {
  it('asks to confirm a new address by mail, and confirms it once with the link', async () => {
    const { service, mails, confirmToken, newsletterRepo, clock } = newsletterWorld();
    expect(await service.subscribe('noord', ' Ouder@Example.org ', 'ip-1')).toBe(NEWSLETTER_SUBSCRIBE_ANSWER);
    expect(mails()).toEqual([expect.objectContaining({ to: 'ouder@example.org', subject: 'Bevestig je aanmelding voor de verhalen uit Noord' })]);
    expect(newsletterRepo.subscriptions[0]).toMatchObject({ status: 'PENDING', confirmExpiresAt: new Date('2026-12-03T12:00:00Z') });
    const token = confirmToken();
    expect(await service.confirm('noord', 'te-kort')).toBe(false);
    expect(await service.confirm('noord', token)).toBe(true);
    expect(await service.confirm('noord', token)).toBe(false);
    expect(newsletterRepo.subscriptions[0]).toMatchObject({ status: 'CONFIRMED', confirmedAt: clock.now() });
    expect(await service.subscribe('noord', 'ouder@example.org', 'ip-1')).toBe(NEWSLETTER_SUBSCRIBE_ANSWER);
    expect(mails()).toHaveLength(1);
  });

  it('does not confirm with an expired link', async () => {
    const { service, confirmToken, clock } = newsletterWorld();
    await service.subscribe('noord', 'ouder@example.org', 'ip-1');
    clock.advance(48 * 3600_000 + 1);
    expect(await service.confirm('noord', confirmToken())).toBe(false);
  });

  it('refuses a bad address, an unknown region and too many sign-ups', async () => {
    const { service } = newsletterWorld();
    expect(await outcome(service.subscribe('noord', 'geen-adres', 'ip-1'))).toBe('BAD_USER_INPUT email');
    expect(await outcome(service.subscribe('nergens', 'a@example.org', 'ip-1'))).toBe('NOT_FOUND');
    for (let i = 0; i < 3; i++) await service.subscribe('noord', 'a@example.org', 'ip-1');
    expect(await outcome(service.subscribe('noord', 'a@example.org', 'ip-2'))).toBe('RATE_LIMITED');
    for (let i = 0; i < 9; i++) await service.subscribe('noord', `b${i}@example.org`, 'ip-3');
    expect(await outcome(service.subscribe('noord', 'c@example.org', 'ip-3'))).toBe('RATE_LIMITED');
  });

  it('unsubscribes with the signed link from a mail, and only with that', async () => {
    const { service, mails, unsubscribeToken, newsletterRepo } = newsletterWorld();
    await service.subscribe('noord', 'ouder@example.org', 'ip-1');
    const token = unsubscribeToken(mails()[0]);
    const [id, signature] = token.split('.');
    expect(service.validUnsubscribeToken(token)).toBe(true);
    expect(service.validUnsubscribeToken(`${id}.${signature.slice(1)}x`)).toBe(false);
    expect(await service.unsubscribe('noord', `${id}.vervalst`)).toBe(false);
    expect(newsletterRepo.subscriptions).toHaveLength(1);
    expect(await service.unsubscribe('noord', token)).toBe(true);
    expect(newsletterRepo.subscriptions).toHaveLength(0);
    expect(await service.unsubscribe('noord', token)).toBe(true);
  });

  it('sends a newly published story to confirmed subscribers once, on the story.published event', async () => {
    const world = newsletterWorld();
    const { service, editing, publishing, mails, confirmToken, events } = world;
    await service.subscribe('noord', 'ja@example.org', 'ip-1');
    await service.confirm('noord', confirmToken());
    await service.subscribe('noord', 'nog-niet@example.org', 'ip-1');
    service.onModuleInit();
    const story = await editing.create(redacteur, storyInput({ body: '<p>Een hele dag meelopen.</p>' }));
    await publishing.submit(redacteur, story.id);
    await publishing.approve(eindredacteur, story.id);
    await publishing.publish(eindredacteur, story.id);
    await new Promise((resolve) => setImmediate(resolve));
    const digests = () => mails().filter((m) => m.subject.startsWith('Nieuw verhaal uit Noord'));
    expect(digests()).toEqual([expect.objectContaining({ to: 'ja@example.org', text: expect.stringContaining('https://verbinder.example.org/publiek/noord/verhalen/een-dag-in-de-werkplaats') })]);
    expect(await service.sendDigest(REGION_ID, story.id)).toBe(0);
    expect(await service.sendDigest(REGION_ID, '88888888-8888-4888-8888-888888888888')).toBe(0);
    service.onModuleDestroy();
    await events.emit('story.published', { regionId: REGION_ID, storyId: story.id, at: '' });
    expect(digests()).toHaveLength(1);
  });

  it('shows and erases an address’s subscription for the region’s beheerders only', async () => {
    const { service, newsletterRepo, attempts } = newsletterWorld();
    await service.subscribe('noord', 'ouder@example.org', 'ip-1');
    expect(await outcome(service.subscriptionsOf(eindredacteur, REGION_ID, 'ouder@example.org'))).toBe('FORBIDDEN');
    expect(await outcome(service.subscriptionsOf(beheerder, REGION_ID, 'geen-adres'))).toBe('BAD_USER_INPUT email');
    const [view] = await service.subscriptionsOf(beheerder, REGION_ID, 'OUDER@example.org');
    expect(Object.keys(view).sort()).toEqual(['confirmedAt', 'createdAt', 'email', 'id', 'regionId', 'status']);
    expect(await service.eraseSubscriptionsOf(beheerder, REGION_ID, 'ouder@example.org')).toBe(1);
    expect(newsletterRepo.subscriptions).toHaveLength(0);
    expect(attempts.rows.map((a) => a.key)).toEqual(['newsletter-ip:ip-1']);
  });

  // Old rate-limit attempts are not the newsletter's to purge: AuthService.purgeExpired purges them for every domain.
  it('cleans up sign-ups a day after their confirmation link expired', async () => {
    const { service, newsletterRepo, attempts, clock } = newsletterWorld();
    await service.subscribe('noord', 'ouder@example.org', 'ip-1');
    clock.advance(72 * 3600_000 - 1000);
    expect(await service.sweep()).toBe(0);
    clock.advance(2000);
    expect(await service.sweep()).toBe(1);
    expect(newsletterRepo.subscriptions).toHaveLength(0);
    expect(attempts.rows).toHaveLength(2);
  });
});
