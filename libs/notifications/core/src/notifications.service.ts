import { Inject, Injectable } from '@nestjs/common';
import { NotificationDto } from '@verbinder/shared/contracts';
import { Actor, CLOCK, Clock, DOMAIN_EVENTS, DomainError, DomainEvents, UNIT_OF_WORK, UnitOfWork } from '@verbinder/shared/kernel';

export interface Notification {
  id: string;
  personId: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface NewNotification {
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
}

export const NOTIFICATIONS_REPOSITORY = Symbol('NOTIFICATIONS_REPOSITORY');

export interface NotificationsRepository {
  insertMany(rows: Array<NewNotification & { personId: string }>): Promise<Notification[]>;
  listForPerson(personId: string, limit: number): Promise<Notification[]>;
  countUnread(personId: string): Promise<number>;
  markRead(personId: string, ids: string[] | null, at: Date): Promise<number>;
  /** Deletes read notifications created before `readBefore` and all created before `anyBefore`; returns how many. */
  deleteExpired(readBefore: Date, anyBefore: Date): Promise<number>;
}

/** Retention (docs/privacy.md): a read notification is kept 90 days, an unread one a year. */
export const NOTIFICATION_READ_RETENTION_DAYS = 90;
export const NOTIFICATION_RETENTION_DAYS = 365;

export const toNotificationDto = (n: Notification): NotificationDto => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

/** In-app notifications (the notification centre), delivered live after commit. */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(NOTIFICATIONS_REPOSITORY) private readonly repository: NotificationsRepository,
    @Inject(UNIT_OF_WORK) private readonly uow: UnitOfWork,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Writes notifications in the caller's transaction; they are pushed to clients once it commits. */
  async notify(personIds: string[], message: NewNotification): Promise<void> {
    const unique = [...new Set(personIds)];
    if (unique.length === 0) return;
    const created = await this.repository.insertMany(unique.map((personId) => ({ ...message, personId })));
    this.uow.afterCommit(async () => {
      for (const n of created) {
        await this.events.emit('notification.created', { personId: n.personId, notification: toNotificationDto(n) });
      }
    });
  }

  list(actor: Actor, first: number): Promise<Notification[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw DomainError.badInput([{ field: 'first', message: 'Vraag 1 tot en met 100 meldingen op.' }]);
    }
    return this.repository.listForPerson(actor.personId, first);
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.repository.countUnread(actor.personId);
  }

  markRead(actor: Actor, ids: string[] | null): Promise<number> {
    if (ids && ids.length > 500) {
      throw DomainError.badInput([{ field: 'ids', message: 'Markeer hoogstens 500 meldingen tegelijk.' }]);
    }
    return this.repository.markRead(actor.personId, ids, this.clock.now());
  }

  /** Retention, run by the scheduled retention job: removes notifications past their keeping time. */
  purgeExpired(now: Date = this.clock.now()): Promise<number> {
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    return this.repository.deleteExpired(daysAgo(NOTIFICATION_READ_RETENTION_DAYS), daysAgo(NOTIFICATION_RETENTION_DAYS));
  }
}
