export * from './identity.tables';
export * from './drizzle-identity.repository';
export * from './identity-data-access.module';
export * from './identity.data-map';
