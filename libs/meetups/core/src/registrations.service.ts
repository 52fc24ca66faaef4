import { Inject, Injectable } from '@nestjs/common';
import { NotificationsService } from '@verbinder/notifications/core';
import { RegionsService } from '@verbinder/regions/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import { Actor, DomainError, EMAIL_JOB, isUuid, mailMultiline, mailText, KernelPorts } from '@verbinder/shared/kernel';
import { ActivitiesService } from './activities.service';
import { assertEdit } from './meetups-access';
import { MeetupsChanges } from './meetups-changes';
import { dutchDateTime } from './meetups-format';
import { MEETUPS_REPOSITORY, MeetupsRepository } from './meetups-repository.port';
import { assertRegistrationOpen, registrationProblem } from './meetups-rules';
import type { Activity, Registration } from './meetups.types';
import { WaitlistService } from './waitlist.service';

/** Reminders go out this long before an activity starts. */
const REMINDER_HOURS = 24;

/**
 * Members' registrations: a place while there is one (never more than the capacity), otherwise
 * the waiting list; cancelling (the freed place goes to the waiting list), accepting an offered
 * place, attendance, the list of registrations for organisers, and reminders before the start.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    @Inject(MEETUPS_REPOSITORY) private readonly repo: MeetupsRepository,
    private readonly kernel: KernelPorts,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
    private readonly activities: ActivitiesService,
    private readonly waitlist: WaitlistService,
    private readonly changes: MeetupsChanges,
  ) {}

  /** Why registration is not possible now, or null when it is. */
  registrationProblem(activity: Activity): string | null {
    return registrationProblem(activity, this.kernel.clock.now());
  }

  /** Registers a member: a place while there is one (never more than the capacity), otherwise the waiting list. */
  async register(actor: Actor, activityId: string): Promise<Registration> {
    const activity = await this.activities.getActivity(actor, activityId);
    assertRegistrationOpen(activity, this.kernel.clock.now());
    return this.changes.write(activity.regionId, 'registration.changed', async () => {
      const locked = (await this.repo.lockActivity(activity.id)) as Activity;
      const existing = await this.repo.findRegistrationByPerson(activity.id, actor.personId);
      if (existing && ['CONFIRMED', 'WAITLISTED', 'OFFERED'].includes(existing.status)) return { activity: locked, result: existing };
      const status = await this.waitlist.statusForNewPlace(locked);
      const now = this.kernel.clock.now();
      const registration = existing
        ? await this.repo.updateRegistration(existing.id, { status, queuedAt: now, tokenHash: null, tokenExpiresAt: null })
        : await this.repo.insertRegistration({ activityId: activity.id, personId: actor.personId, name: null, email: null, status, queuedAt: now, tokenHash: null, tokenExpiresAt: null });
      return { activity: locked, result: registration };
    });
  }

  /** Cancels the actor's registration; a freed place is offered to the next person on the waiting list. */
  async cancel(actor: Actor, activityId: string): Promise<Registration> {
    const activity = await this.activities.getActivity(actor, activityId);
    return this.changes.write(activity.regionId, 'registration.changed', async () => {
      const locked = (await this.repo.lockActivity(activity.id)) as Activity;
      const existing = await this.repo.findRegistrationByPerson(activity.id, actor.personId);
      if (!existing || !['CONFIRMED', 'WAITLISTED', 'OFFERED'].includes(existing.status)) throw DomainError.notFound('Je aanmelding voor deze activiteit');
      const cancelled = await this.repo.updateRegistration(existing.id, { status: 'CANCELLED', tokenHash: null, tokenExpiresAt: null });
      await this.waitlist.promote(locked);
      return { activity: locked, result: cancelled };
    });
  }

  /** A signed-in member accepts the place offered to them (the same rules as the e-mail link). */
  async claimOffered(actor: Actor, activityId: string): Promise<Registration> {
    const activity = await this.activities.getActivity(actor, activityId);
    return this.changes.write(activity.regionId, 'registration.changed', async () => {
      const locked = (await this.repo.lockActivity(activity.id)) as Activity;
      const mine = (await this.repo.listRegistrations(activity.id)).find((r) => r.personId === actor.personId && r.status !== 'CANCELLED');
      if (!mine || mine.status !== 'OFFERED') {
        throw new DomainError(ErrorCode.CONFLICT, mine?.status === 'CONFIRMED' ? 'Je hebt al een plaats.' : 'Er staat geen plaats voor je klaar.');
      }
      if (mine.tokenExpiresAt && mine.tokenExpiresAt <= this.kernel.clock.now()) {
        throw new DomainError(ErrorCode.LINK_EXPIRED, 'Het aanbod is verlopen; de plaats gaat naar de volgende op de wachtlijst.');
      }
      if (locked.startsAt <= this.kernel.clock.now()) throw new DomainError(ErrorCode.REGISTRATION_CLOSED, 'Deze activiteit is al begonnen.');
      const confirmed = await this.repo.updateRegistration(mine.id, { status: 'CONFIRMED', tokenExpiresAt: null });
      return { activity: locked, result: confirmed };
    });
  }

  /**
   * Reminds everyone with a confirmed place of an activity that starts within the next
   * `REMINDER_HOURS`: an e-mail through the outbox and, for members, a notification. The
   * outbox key makes each reminder go out once, whichever node sweeps and however often.
   */
  async sendActivityReminders(): Promise<number> {
    const now = this.kernel.clock.now();
    const upcoming = await this.repo.confirmedStartingBetween(now, new Date(now.getTime() + REMINDER_HOURS * 3600 * 1000));
    let sent = 0;
    const people = await this.regions.personsByIds([...new Set(upcoming.map((u) => u.registration.personId).filter((id): id is string => id !== null))]);
    for (const { registration, activity } of upcoming) {
      const person = registration.personId ? people.find((p) => p.id === registration.personId) : null;
      const to = person?.email ?? registration.email;
      if (!to) continue;
      const where = [activity.address, activity.room].filter(Boolean).join(', ');
      const text = [
        mailText`Beste ${person?.name ?? registration.name ?? ''},`.replace(' ,', ','),
        '',
        mailText`Je bent aangemeld voor "${activity.title}" op ${dutchDateTime(activity.startsAt)}.`,
        ...(where ? [mailText`Waar: ${where}.`] : []),
        ...(activity.travelNote ? [mailMultiline(activity.travelNote)] : []),
        '',
        'Kun je toch niet? Meld je dan af, dan gaat je plaats naar iemand op de wachtlijst.',
        '',
        'Met vriendelijke groet,',
        'Verbinder',
      ].join('\n');
      const fresh = await this.kernel.uow.run(async () => {
        const queued = await this.kernel.outbox.enqueue({
          kind: EMAIL_JOB,
          key: `activity-reminder:${registration.id}:${activity.startsAt.toISOString()}`,
          payload: { to, subject: mailText`Herinnering: ${activity.title}`, text },
        });
        if (queued && registration.personId) {
          await this.notifications.notify([registration.personId], {
            kind: 'meetup.reminder',
            title: `Binnenkort: ${activity.title}`,
            body: dutchDateTime(activity.startsAt),
            link: `/activiteit/${activity.id}`,
          });
        }
        return queued;
      });
      if (fresh) sent++;
    }
    return sent;
  }

  async markAttendance(actor: Actor, registrationId: string, attended: boolean): Promise<Registration> {
    const registration = isUuid(registrationId) ? await this.repo.findRegistrationById(registrationId) : null;
    if (!registration) throw DomainError.notFound('Deze aanmelding');
    const activity = await this.activities.getActivity(actor, registration.activityId);
    assertEdit(actor, activity);
    if (registration.status !== 'CONFIRMED') throw DomainError.badInput([{ field: 'registrationId', message: 'Alleen bevestigde deelnemers kunnen aanwezig zijn.' }]);
    return this.changes.write(activity.regionId, 'attendance.marked', async () => ({ activity, result: await this.repo.setAttended(registration.id, attended) }));
  }

  async registrations(actor: Actor, activity: Activity): Promise<Registration[]> {
    assertEdit(actor, activity);
    return this.repo.listRegistrations(activity.id);
  }
}
