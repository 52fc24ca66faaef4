export * from './identity-graphql.module';
export * from './session-cookie';
