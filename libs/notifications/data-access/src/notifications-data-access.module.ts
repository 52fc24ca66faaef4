import { Module } from '@nestjs/common';
import { NOTIFICATIONS_REPOSITORY } from '@verbinder/notifications/core';
import { DrizzleNotificationsRepository } from './drizzle-notifications.repository';

@Module({
  providers: [DrizzleNotificationsRepository, { provide: NOTIFICATIONS_REPOSITORY, useExisting: DrizzleNotificationsRepository }],
  exports: [NOTIFICATIONS_REPOSITORY],
})
export class NotificationsDataAccessModule {}
