export * from './realtime.module';
export * from './realtime.gateway';
