export * from './regions.tables';
export * from './drizzle-regions.repository';
export * from './regions-data-access.module';
export * from './regions.data-map';
