export * from './error-codes';
export * from './realtime-events';
