export * from './notifications-graphql.module';
