export * from './teams-mirror.models';
export * from './teams-mirror.resolvers';
export * from './teams-mirror-graphql.module';
export * from './teams-announcements.resolvers';
export * from './teams-drift.models';
export * from './teams-drift.resolvers';
