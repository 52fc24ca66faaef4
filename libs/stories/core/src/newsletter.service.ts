import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { RegionsService } from '@verbinder/regions/core';
import {
  Actor,
  ATTEMPT_LOG,
  AttemptLog,
  DomainError,
  EMAIL_JOB,
  EmailMessage,
  hasRegionRole,
  InputCheck,
  isUuid,
  RateLimiter,
  signToken,
  mailBlock,
  mailText,
  verifyToken,
  KernelPorts,
} from '@verbinder/shared/kernel';
import { NEWSLETTER_REPOSITORY, NewsletterRepository, NewsletterSubscriptionView } from './newsletter-repository.port';
import { plainText } from './sanitize';
import { PublicStoriesService } from './public-stories.service';

/** The same answer whether the address is new, pending or already subscribed (no enumeration). */
export const NEWSLETTER_SUBSCRIBE_ANSWER = 'Kijk in je e-mail. Als je nog niet bent aangemeld, staat daar een link om je aanmelding te bevestigen.';
const CONFIRM_HOURS = 48;
const MAX_TOKEN_LENGTH = 200;
const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/**
 * The stories newsletter per region: double opt-in by e-mail (a single-use confirmation link),
 * one-click unsubscribe (a signed link in every mail), and a digest of every newly published
 * story, once per story and subscriber (the outbox key decides), to the region's confirmed
 * subscribers. Personal data: only the e-mail address.
 */
@Injectable()
export class NewsletterService implements OnModuleInit, OnModuleDestroy {
  private unsubscribeFromEvents: (() => void) | null = null;
  private readonly limiter: RateLimiter;

  constructor(
    @Inject(NEWSLETTER_REPOSITORY) private readonly repo: NewsletterRepository,
    private readonly kernel: KernelPorts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly regions: RegionsService,
    private readonly stories: PublicStoriesService,
    @Inject(ATTEMPT_LOG) private readonly attempts: AttemptLog,
  ) {
    this.limiter = new RateLimiter(attempts, kernel.clock);
  }

  onModuleInit(): void {
    // Only the node that published the story sends the digest (the outbox key makes it once anyway).
    this.unsubscribeFromEvents = this.kernel.events.on('story.published', (payload, meta) => {
      if (meta.local) void this.sendDigest(payload.regionId, payload.storyId).catch(() => undefined);
    });
  }

  onModuleDestroy(): void {
    this.unsubscribeFromEvents?.();
  }

  /**
   * A reader asks to subscribe: a pending subscription and a confirmation mail with a single-use
   * link. An address that is already confirmed gets no mail; the answer is the same either way.
   * Rate-limited per address and per client like the loket.
   */
  async subscribe(regionSlug: string, email: string, clientKey: string): Promise<string> {
    const check = new InputCheck();
    const address = check.email('email', email) as string;
    check.done();
    const region = await this.regions.getRegion({ slug: regionSlug });
    await this.rateLimit([`newsletter-ip:${clientKey}`, `newsletter-email:${address}`]);
    const now = this.kernel.clock.now();
    await this.kernel.uow.run(async () => {
      await this.limiter.record([`newsletter-ip:${clientKey}`, `newsletter-email:${address}`]);
      const existing = await this.repo.findSubscription(region.id, address);
      if (existing?.status === 'CONFIRMED') return;
      const token = randomBytes(32).toString('base64url');
      const subscription = await this.repo.upsertPending({
        regionId: region.id,
        email: address,
        confirmTokenHash: hashToken(token),
        confirmExpiresAt: new Date(now.getTime() + CONFIRM_HOURS * 3600_000),
      });
      await this.kernel.outbox.enqueue({
        kind: EMAIL_JOB,
        key: `newsletter-confirm:${hashToken(token)}`,
        payload: {
          to: address,
          subject: mailText`Bevestig je aanmelding voor de verhalen uit ${region.name}`,
          text: mailText`Hallo,\n\nJe wilt de nieuwsbrief met verhalen uit ${region.name} ontvangen. Bevestig dat met deze link (hij werkt ${CONFIRM_HOURS} uur en één keer):\n\n${this.config.publicUrl}/publiek/${encodeURIComponent(region.slug)}/nieuwsbrief/bevestigen/${token}\n\nHeb je je niet aangemeld? Dan hoef je niets te doen: zonder bevestiging sturen we je niets.\n\nWil je deze e-mails nooit meer? Afmelden kan altijd met deze link:\n${this.unsubscribeUrl(region.slug, subscription.id)}\n\nWe bewaren alleen je e-mailadres.\n\nMet vriendelijke groet,\nVerbinder ${region.name}`,
          listUnsubscribeUrl: this.unsubscribeUrl(region.slug, subscription.id),
        } satisfies EmailMessage,
      });
    });
    return NEWSLETTER_SUBSCRIBE_ANSWER;
  }

  /** Confirms a subscription with the link from the mail (once); false for an unknown, used or expired link. */
  async confirm(regionSlug: string, token: string): Promise<boolean> {
    const region = await this.regions.getRegion({ slug: regionSlug });
    if (typeof token !== 'string' || token.length < 20 || token.length > MAX_TOKEN_LENGTH) return false;
    const now = this.kernel.clock.now();
    return this.kernel.uow.run(async () => {
      const found = await this.repo.findByConfirmToken(hashToken(token));
      if (!found || found.regionId !== region.id || found.status !== 'PENDING' || !found.confirmExpiresAt || found.confirmExpiresAt.getTime() < now.getTime()) return false;
      await this.repo.confirm(found.id, now);
      return true;
    });
  }

  /** One-click unsubscribe with the signed link from a mail: the subscription is deleted. */
  async unsubscribe(regionSlug: string, token: string): Promise<boolean> {
    const region = await this.regions.getRegion({ slug: regionSlug });
    const id = this.verifyUnsubscribeToken(token);
    if (!id) return false;
    return this.kernel.uow.run(async () => {
      const found = await this.repo.findSubscriptionById(id);
      if (!found || found.regionId !== region.id) return true; // already gone: the same answer
      return this.repo.deleteSubscription(found.id);
    });
  }

  /** Whether an unsubscribe link is well-formed and signed by us (for the confirmation page). */
  validUnsubscribeToken(token: string): boolean {
    return this.verifyUnsubscribeToken(token) !== null;
  }

  /**
   * The digest of a newly published story to the region's confirmed subscribers, through the
   * outbox, once per story and subscriber (re-publishing the story sends nothing again).
   */
  async sendDigest(regionId: string, storyId: string): Promise<number> {
    const region = await this.regions.getRegion({ id: regionId });
    const story = (await this.stories.publishedStories(region.slug)).stories.find((s) => s.id === storyId);
    if (!story) return 0;
    const url = `${this.config.publicUrl}/publiek/${encodeURIComponent(region.slug)}/verhalen/${encodeURIComponent(story.slug)}`;
    const excerpt = plainText(story.body).slice(0, 600);
    let sent = 0;
    await this.kernel.uow.run(async () => {
      for (const subscriber of await this.repo.listConfirmed(region.id)) {
        const queued = await this.kernel.outbox.enqueue({
          kind: EMAIL_JOB,
          key: `newsletter-digest:${story.id}:${subscriber.id}`,
          payload: {
            to: subscriber.email,
            subject: mailText`Nieuw verhaal uit ${region.name}: ${story.title}`,
            text: mailText`${story.title}\n\n${mailBlock(story.lead)}\n\n${mailBlock(excerpt)}${excerpt.length === 600 ? '…' : ''}\n\nLees het hele verhaal:\n${url}\n\n—\nJe krijgt deze e-mail omdat je je hebt aangemeld voor de verhalen uit ${region.name}. Afmelden met één klik:\n${this.unsubscribeUrl(region.slug, subscriber.id)}`,
            listUnsubscribeUrl: this.unsubscribeUrl(region.slug, subscriber.id),
          } satisfies EmailMessage,
        });
        if (queued) sent += 1;
      }
    });
    return sent;
  }

  /**
   * Inzage (AVG art. 15) for a reader's request by e-mail: the address's subscription in the
   * region, with its dates. Region beheerders only.
   */
  async subscriptionsOf(actor: Actor, regionId: string, email: string): Promise<NewsletterSubscriptionView[]> {
    const { region, address } = await this.forBeheerder(actor, regionId, email, 'zien wie de nieuwsbrief krijgt');
    return (await this.repo.listByEmail(region.id, address)).map((s) => ({ id: s.id, regionId: s.regionId, email: s.email, status: s.status, createdAt: s.createdAt, confirmedAt: s.confirmedAt }));
  }

  /** Erasure (AVG art. 17): deletes the address's subscription in the region and its attempt rows. Region beheerders only. */
  async eraseSubscriptionsOf(actor: Actor, regionId: string, email: string): Promise<number> {
    const { region, address } = await this.forBeheerder(actor, regionId, email, 'iemand van de nieuwsbrief verwijderen');
    return this.kernel.uow.run(async () => {
      await this.attempts.deleteKey(`newsletter-email:${address}`);
      return this.repo.deleteByEmail(region.id, address);
    });
  }

  private async forBeheerder(actor: Actor, regionId: string, email: string, what: string) {
    const region = await this.regions.getRegion({ id: regionId });
    if (!hasRegionRole(actor, region.id, ['BEHEERDER'])) throw DomainError.forbidden(`Alleen beheerders van de regio mogen ${what}.`);
    const check = new InputCheck();
    const address = check.email('email', email) as string;
    check.done();
    return { region, address };
  }

  /**
   * Cleanup (run by the scheduler): pending subscriptions whose confirmation link expired a day
   * ago. Returns how many rows went. (Rate-limit attempts of every domain are purged by the
   * identity retention: see AuthService.purgeExpired.)
   */
  async sweep(): Promise<number> {
    const dayAgo = new Date(this.kernel.clock.now().getTime() - 24 * 3600_000);
    return this.repo.deleteExpiredPending(dayAgo);
  }

  private unsubscribeUrl(regionSlug: string, subscriptionId: string): string {
    return `${this.config.publicUrl}/publiek/${encodeURIComponent(regionSlug)}/nieuwsbrief/afmelden/${signToken(this.config.session.secret, 'newsletter-unsubscribe', subscriptionId)}`;
  }

  /** The subscription id of a signed unsubscribe token (mailed links keep working: the format is unchanged), or null. */
  private verifyUnsubscribeToken(token: string): string | null {
    const id = verifyToken(this.config.session.secret, 'newsletter-unsubscribe', token, MAX_TOKEN_LENGTH);
    return isUuid(id) ? id : null;
  }

  private async rateLimit(keys: string[]): Promise<void> {
    const { max, windowSeconds } = this.config.loginRateLimit;
    const limits = keys.map((key) => ({ key, max: key.includes('-ip:') ? max * 3 : max }));
    await this.limiter.assertWithin(limits, windowSeconds, 'aanmeldingen in korte tijd');
  }
}
