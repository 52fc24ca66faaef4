export * from './lib/use-form';
export * from './lib/query-state';
export * from './lib/region-query-state';
export * from './lib/id-query-state';
export * from './lib/use-export';
