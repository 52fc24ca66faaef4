export * from './meetups-site.controller';
