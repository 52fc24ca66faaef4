export * from './werkgroepen.tables';
export * from './drizzle-werkgroepen.repository';
export * from './werkgroepen-data-access.module';
export * from './drizzle-curriculum.repository';
export * from './drizzle-documents.repository';
export * from './werkgroep-documents-data-access.module';
export * from './drizzle-stream.repository';
export * from './werkgroepen.data-map';
