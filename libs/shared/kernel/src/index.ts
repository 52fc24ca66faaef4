export * from './domain-error';
export * from './actor';
export * from './domain-events';
export * from './clock';
export * from './unit-of-work';
export * from './outbox';
export * from './files';
export * from './file-type';
