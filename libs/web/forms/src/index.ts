export * from './lib/use-form';
export * from './lib/query-state';
