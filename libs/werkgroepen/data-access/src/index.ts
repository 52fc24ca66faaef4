export * from './werkgroepen.tables';
export * from './drizzle-werkgroepen.repository';
export * from './werkgroepen-data-access.module';
export * from './drizzle-stream.repository';
