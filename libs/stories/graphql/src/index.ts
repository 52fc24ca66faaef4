export * from './stories.models';
export * from './stories.resolvers';
export * from './stories-graphql.module';
