export * from './event-bus';
export * from './logger';
