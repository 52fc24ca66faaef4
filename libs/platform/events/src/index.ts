export * from './event-bus';
export * from './logger';
export * from './redis-token-buckets';
export * from './redis-link';
export * from './redact';
