export * from './meetups.types';
export * from './meetups-repository.port';
export * from './meetups.service';
export * from './meetups-core.module';
export * from './recurrence';
export * from './ical';
