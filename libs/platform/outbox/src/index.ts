export * from './outbox.tables';
export * from './outbox';
export * from './outbox.data-map';
export * from './retention-job';
