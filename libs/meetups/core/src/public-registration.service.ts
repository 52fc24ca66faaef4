import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@verbinder/shared/contracts';
import { ATTEMPT_LOG, AttemptLog, DomainError, EMAIL_JOB, isUuid, RateLimiter, mailText, InputCheck } from '@verbinder/shared/kernel';
import { MeetupsChanges } from './meetups-changes';
import { dutchDateTime } from './meetups-format';
import { assertRegistrationOpen } from './meetups-rules';
import type { Activity, Registration } from './meetups.types';
import { hashToken, newToken } from './tokens';
import { WaitlistService } from './waitlist.service';
import { MeetupsPorts } from './meetups-ports';

const CONFIRMATION_HOURS = 72;

/** Registration without an account for public activities: by e-mail, confirmed with a link, rate-limited per address and per client. */
@Injectable()
export class PublicRegistrationService {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly ports: MeetupsPorts,
    private readonly waitlist: WaitlistService,
    private readonly changes: MeetupsChanges,
    @Inject(ATTEMPT_LOG) attempts: AttemptLog,
  ) {
    this.limiter = new RateLimiter(attempts, ports.kernel.clock);
  }

  /**
   * Registration without an account for a public activity. The answer is always the same
   * (whether or not the address is known or already registered); what happens is told only
   * by e-mail to that address: a confirmation link, or a note that it is already registered.
   */
  async registerPublic(activityId: string, name: string, email: string, clientKey: string): Promise<void> {
    const check = new InputCheck();
    const cleanName = check.text('name', name, { label: 'Je naam', required: true, max: 200 });
    const address = check.email('email', email);
    check.done();
    const [activity] = isUuid(activityId) ? await this.ports.repo.findActivitiesByIds([activityId]) : [];
    if (!activity || !activity.isPublic) throw DomainError.notFound('Deze activiteit');
    assertRegistrationOpen(activity, this.ports.kernel.clock.now());
    const key = `public-registration:${address}`;
    // Per client several people may share a school or office network: three times the e-mail limit.
    const clientAttempts = `public-registration-ip:${clientKey}`;
    const { max, windowSeconds } = this.ports.config.loginRateLimit;
    await this.limiter.assertWithin(
      [
        { key, max },
        { key: clientAttempts, max: max * 3 },
      ],
      windowSeconds,
      'aanmeldingen in korte tijd',
    );
    const now = this.ports.kernel.clock.now();
    await this.ports.kernel.uow.run(async () => {
      await this.limiter.record([key, clientAttempts]);
      await this.ports.repo.lockActivity(activity.id);
      const existing = await this.ports.repo.findRegistrationByEmail(activity.id, address as string);
      if (existing && ['CONFIRMED', 'WAITLISTED', 'OFFERED'].includes(existing.status)) {
        await this.ports.kernel.outbox.enqueue({
          kind: EMAIL_JOB,
          key: `public-registration-known:${existing.id}:${now.getTime()}`,
          payload: {
            to: address,
            subject: mailText`Je bent al aangemeld: ${activity.title}`,
            text: mailText`Beste ${cleanName},\n\nIemand (waarschijnlijk jij) heeft dit e-mailadres opnieuw aangemeld voor "${activity.title}" op ${dutchDateTime(activity.startsAt)}. Je stond al ${existing.status === 'WAITLISTED' ? 'op de wachtlijst' : 'ingeschreven'}; er is niets veranderd.\n\nMet vriendelijke groet,\nVerbinder`,
          },
        });
        return;
      }
      const token = newToken();
      const expiresAt = new Date(now.getTime() + CONFIRMATION_HOURS * 3600 * 1000);
      const write = { status: 'PENDING_CONFIRMATION' as const, queuedAt: now, tokenHash: hashToken(token), tokenExpiresAt: expiresAt };
      const registration = existing
        ? await this.ports.repo.updateRegistration(existing.id, write)
        : await this.ports.repo.insertRegistration({ activityId: activity.id, personId: null, name: cleanName, email: address, ...write });
      await this.ports.kernel.outbox.enqueue({
        kind: EMAIL_JOB,
        key: `public-registration:${registration.id}:${now.getTime()}`,
        payload: {
          to: address,
          subject: mailText`Bevestig je aanmelding: ${activity.title}`,
          text: mailText`Beste ${cleanName},\n\nBevestig je aanmelding voor "${activity.title}" op ${dutchDateTime(activity.startsAt)} via deze link:\n\n${this.ports.config.publicUrl}/aanmelden/bevestig/${token}\n\nDe link is ${CONFIRMATION_HOURS} uur geldig. Heb je je niet aangemeld? Dan kun je deze e-mail negeren.\n\nMet vriendelijke groet,\nVerbinder`,
        },
      });
    });
  }

  /** Follows the confirmation link: a place while there is one, otherwise the waiting list. */
  async confirmPublic(token: string): Promise<{ registration: Registration; activity: Activity }> {
    const found = token && token.length <= 100 ? await this.ports.repo.findRegistrationByTokenHash(hashToken(token)) : null;
    if (!found || found.personId) throw new DomainError(ErrorCode.LINK_INVALID, 'Deze link is ongeldig. Controleer of je de hele link uit de e-mail hebt gebruikt.');
    const [activity] = await this.ports.repo.findActivitiesByIds([found.activityId]);
    return this.changes.write(activity.regionId, 'registration.changed', async () => {
      const locked = (await this.ports.repo.lockActivity(activity.id)) as Activity;
      const registration = (await this.ports.repo.findRegistrationById(found.id)) as Registration;
      if (registration.status !== 'PENDING_CONFIRMATION' || registration.tokenHash !== found.tokenHash) {
        throw new DomainError(ErrorCode.LINK_USED, 'Deze link is al gebruikt: je aanmelding is al bevestigd.');
      }
      if (registration.tokenExpiresAt && registration.tokenExpiresAt <= this.ports.kernel.clock.now()) throw new DomainError(ErrorCode.LINK_EXPIRED, 'Deze link is verlopen. Meld je opnieuw aan.');
      assertRegistrationOpen(locked, this.ports.kernel.clock.now());
      const status = await this.waitlist.statusForNewPlace(locked);
      const confirmed = await this.ports.repo.updateRegistration(registration.id, { status, queuedAt: this.ports.kernel.clock.now(), tokenExpiresAt: null });
      return { activity: locked, result: { registration: confirmed, activity: locked } };
    });
  }
}
