import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@verbinder/notifications/core';
import { RegionsService } from '@verbinder/regions/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import { DomainError, EMAIL_JOB, mailText } from '@verbinder/shared/kernel';
import { MeetupsChanges } from './meetups-changes';
import { dutchDateTime } from './meetups-format';
import type { Activity, Registration } from './meetups.types';
import { hashToken, newToken } from './tokens';
import { MeetupsPorts } from './meetups-ports';

/**
 * The waiting list: who gets a place when one is free, offers of a freed place with a claim
 * link (claimed with the e-mailed token), and offers that expire and move on to the next person.
 */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly ports: MeetupsPorts,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
    private readonly changes: MeetupsChanges,
  ) {}

  /** A place while there is one (never more than the capacity, nobody jumps the waiting list), otherwise the waiting list. Call with the activity row locked. */
  async statusForNewPlace(activity: Activity): Promise<'CONFIRMED' | 'WAITLISTED'> {
    if (activity.capacity === null) return 'CONFIRMED';
    const [counts] = await this.changes.placeCounts([activity.id]);
    return counts.confirmed + counts.offered < activity.capacity && counts.waitlisted === 0 ? 'CONFIRMED' : 'WAITLISTED';
  }

  /**
   * Offers free places to the waiting list in order: status OFFERED with a claim link valid for
   * WAITLIST_CLAIM_HOURS, by e-mail (outbox) and a notification. Call with the row locked.
   */
  async promote(activity: Activity): Promise<void> {
    if (activity.startsAt <= this.ports.kernel.clock.now()) return;
    for (;;) {
      const [counts] = await this.changes.placeCounts([activity.id]);
      if (counts.waitlisted === 0) return;
      if (activity.capacity !== null && counts.confirmed + counts.offered >= activity.capacity) return;
      const next = await this.ports.repo.nextWaitlisted(activity.id);
      if (!next) return;
      const token = newToken();
      const expiresAt = new Date(this.ports.kernel.clock.now().getTime() + this.ports.config.meetups.claimHours * 3600 * 1000);
      await this.ports.repo.updateRegistration(next.id, { status: 'OFFERED', tokenHash: hashToken(token), tokenExpiresAt: expiresAt });
      const link = `${this.ports.config.publicUrl}/aanmelden/claim/${token}`;
      const person = next.personId ? (await this.regions.personsByIds([next.personId]))[0] : null;
      const to = person?.email ?? next.email;
      const name = person?.name ?? next.name ?? '';
      if (to) {
        await this.ports.kernel.outbox.enqueue({
          kind: EMAIL_JOB,
          key: `waitlist-offer:${next.id}:${expiresAt.getTime()}`,
          payload: {
            to,
            subject: mailText`Er is een plaats vrij: ${activity.title}`,
            text: mailText`Beste ${name},\n\nEr is een plaats vrijgekomen voor "${activity.title}" op ${dutchDateTime(activity.startsAt)}. Wil je hem hebben? Bevestig dan vóór ${dutchDateTime(expiresAt)} via deze link:\n\n${link}\n\nDaarna gaat de plaats naar de volgende op de wachtlijst.\n\nMet vriendelijke groet,\nVerbinder`,
          },
        });
      }
      if (next.personId) {
        await this.notifications.notify([next.personId], {
          kind: 'meetup.place-offered',
          title: `Plaats vrij: ${activity.title}`,
          body: `Bevestig vóór ${dutchDateTime(expiresAt)}; de link staat in je e-mail.`,
          link: `/activiteit/${activity.id}`,
        });
      }
    }
  }

  /** Claims an offered place with the token from the e-mail. */
  async claim(token: string): Promise<{ registration: Registration; activity: Activity }> {
    const found = token && token.length <= 100 ? await this.ports.repo.findRegistrationByTokenHash(hashToken(token)) : null;
    if (!found) throw new DomainError(ErrorCode.LINK_INVALID, 'Deze link is ongeldig. Controleer of je de hele link uit de e-mail hebt gebruikt.');
    const [activity] = await this.ports.repo.findActivitiesByIds([found.activityId]);
    return this.changes.write(activity.regionId, 'registration.changed', async () => {
      const locked = (await this.ports.repo.lockActivity(activity.id)) as Activity;
      const registration = (await this.ports.repo.findRegistrationById(found.id)) as Registration;
      if (registration.status === 'CONFIRMED' || registration.tokenHash !== found.tokenHash) {
        throw new DomainError(ErrorCode.LINK_USED, 'Deze link is al gebruikt: je plaats is al bevestigd.');
      }
      if (registration.status !== 'OFFERED' || (registration.tokenExpiresAt && registration.tokenExpiresAt <= this.ports.kernel.clock.now())) {
        throw new DomainError(ErrorCode.LINK_EXPIRED, 'Deze link is verlopen; de plaats is aan de volgende op de wachtlijst aangeboden.');
      }
      if (locked.startsAt <= this.ports.kernel.clock.now()) throw new DomainError(ErrorCode.REGISTRATION_CLOSED, 'Deze activiteit is al begonnen.');
      const confirmed = await this.ports.repo.updateRegistration(registration.id, { status: 'CONFIRMED', tokenExpiresAt: null });
      return { activity: locked, result: { registration: confirmed, activity: locked } };
    });
  }

  /** Moves expired offers on to the next person on the waiting list. Safe to run on every node. */
  async sweepExpiredOffers(): Promise<number> {
    const expired = await this.ports.repo.expiredOffers(this.ports.kernel.clock.now(), 50);
    let moved = 0;
    for (const offer of expired) {
      const [activity] = await this.ports.repo.findActivitiesByIds([offer.activityId]);
      if (!activity) continue;
      await this.changes.write(activity.regionId, 'registration.changed', async () => {
        const locked = (await this.ports.repo.lockActivity(activity.id)) as Activity;
        const current = await this.ports.repo.findRegistrationById(offer.id);
        if (current?.status === 'OFFERED' && current.tokenExpiresAt && current.tokenExpiresAt <= this.ports.kernel.clock.now()) {
          await this.ports.repo.updateRegistration(current.id, { status: 'EXPIRED' });
          await this.promote(locked);
          moved++;
        }
        return { activity: locked, result: null };
      });
    }
    return moved;
  }
}
