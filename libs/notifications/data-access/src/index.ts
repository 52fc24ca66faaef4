export * from './notifications.tables';
export * from './drizzle-notifications.repository';
export * from './notifications-data-access.module';
export * from './notifications.data-map';
