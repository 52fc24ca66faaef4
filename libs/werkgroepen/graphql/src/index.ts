export * from './werkgroepen.models';
export * from './werkgroepen.loaders';
export * from './werkgroepen.resolvers';
export * from './werkgroepen-graphql.module';
export * from './stream.models';
export * from './stream.resolvers';
