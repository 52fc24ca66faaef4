export * from './actieagenda-graphql.module';
export * from './actieagenda.loaders';
