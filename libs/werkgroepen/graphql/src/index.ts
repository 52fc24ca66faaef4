export * from './werkgroepen.models';
export * from './werkgroepen.loaders';
export * from './werkgroepen.resolvers';
export * from './werkgroepen-graphql.module';
export * from './curriculum.models';
export * from './curriculum.resolvers';
