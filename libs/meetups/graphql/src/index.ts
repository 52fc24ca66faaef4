export * from './meetups-graphql.module';
export * from './meetups.loaders';
export * from './meetups.models';
