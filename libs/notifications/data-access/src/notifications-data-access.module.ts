import { Module } from '@nestjs/common';
import { repositoryModule } from '@verbinder/platform/db';
import { NOTIFICATIONS_REPOSITORY } from '@verbinder/notifications/core';
import { DrizzleNotificationsRepository } from './drizzle-notifications.repository';

@Module(repositoryModule([[NOTIFICATIONS_REPOSITORY, DrizzleNotificationsRepository]]))
export class NotificationsDataAccessModule {}
