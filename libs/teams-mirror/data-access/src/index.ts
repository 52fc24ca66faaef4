export * from './teams-mirror.tables';
export * from './drizzle-teams-mirror.repository';
export * from './teams-mirror-data-access.module';
export * from './teams-announcements.tables';
export * from './drizzle-teams-announcements.repository';
export * from './drizzle-teams-folders.repository';
export * from './teams-drift.tables';
export * from './drizzle-teams-drift.repository';
