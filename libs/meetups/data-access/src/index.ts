export * from './meetups.tables';
export * from './drizzle-meetups.repository';
export * from './meetups-data-access.module';
export * from './meetups.data-map';
