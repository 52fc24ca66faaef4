export * from './database';
export * from './db.module';
export * from './unit-of-work';
export * from './data-dir-lock';
export * from './rate-limit.tables';
export * from './attempt-log';
