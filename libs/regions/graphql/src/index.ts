export * from './regions-graphql.module';
export * from './regions.loaders';
export * from './models/region.models';
export * from './models/enums';
export * from './references';
