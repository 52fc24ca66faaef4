export * from './werkgroepen.models';
export * from './werkgroepen.loaders';
export * from './werkgroepen.resolvers';
export * from './werkgroepen-graphql.module';
export * from './documents.models';
export * from './documents.resolvers';
export * from './documents-graphql.module';
