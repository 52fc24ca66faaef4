import { Inject } from '@nestjs/common';
import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver, Subscription } from '@nestjs/graphql';
import { NotificationsService } from '@verbinder/notifications/core';
import { CurrentActor, DateTimeScalar, EntityModel } from '@verbinder/platform/graphql';
import { NotificationDto } from '@verbinder/shared/contracts';
import { Actor, DOMAIN_EVENTS, DomainEvents } from '@verbinder/shared/kernel';

@ObjectType('Notification')
export class NotificationModel extends EntityModel {
  @Field() kind!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) body!: string | null;
  @Field(() => String, { nullable: true }) link!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) readAt!: Date | null;
}

const fromDto = (n: NotificationDto): NotificationModel => ({
  ...n,
  createdAt: new Date(n.createdAt),
  readAt: n.readAt ? new Date(n.readAt) : null,
});

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly notifications: NotificationsService,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
  ) {}

  @Query(() => [NotificationModel], { name: 'notifications', description: 'Mijn meldingen, nieuwste eerst' })
  notificationsList(@CurrentActor() actor: Actor, @Args('first', { type: () => Int, defaultValue: 20 }) first: number) {
    return this.notifications.list(actor, first);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.notifications.unreadCount(actor);
  }

  @Mutation(() => Int, { description: 'Markeer meldingen als gelezen (zonder ids: alle); geeft het aantal terug' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null): Promise<number> {
    return this.notifications.markRead(actor, ids ?? null);
  }

  @Subscription(() => NotificationModel, {
    description: 'Nieuwe meldingen voor de ingelogde persoon',
    resolve: (payload: { notification: NotificationDto }) => fromDto(payload.notification),
  })
  notificationReceived(@CurrentActor() actor: Actor) {
    return this.events.iterate('notification.created', (e) => e.personId === actor.personId);
  }
}
