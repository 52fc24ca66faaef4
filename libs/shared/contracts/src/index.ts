export * from './error-codes';
export * from './realtime-events';
export * from './actieagenda-csv';
export * from './return-path';
export * from './labels';
