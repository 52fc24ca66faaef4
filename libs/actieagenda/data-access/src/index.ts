export * from './actieagenda.tables';
export * from './drizzle-actieagenda.repository';
export * from './actieagenda-data-access.module';
export * from './actieagenda.data-map';
