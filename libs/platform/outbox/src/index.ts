export * from './outbox.tables';
export * from './outbox';
