export * from './notifications.service';
export * from './notifications-core.module';
