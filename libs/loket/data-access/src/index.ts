export * from './loket.tables';
export * from './drizzle-loket.repository';
export * from './loket-data-access.module';
export * from './loket.data-map';
