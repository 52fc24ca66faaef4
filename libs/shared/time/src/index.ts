export * from './amsterdam-time';
export * from './business-hours';
