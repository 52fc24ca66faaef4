export * from './meetups-graphql.module';
export * from './meetups.loaders';
