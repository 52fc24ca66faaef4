export * from './loket.models';
export * from './loket.resolvers';
export * from './loket-graphql.module';
