export * from './gql-context';
export * from './auth';
export * from './errors';
export * from './complexity';
export * from './loaders';
export * from './scalars';
export * from './domain-error.filter';
export * from './response-cache';
