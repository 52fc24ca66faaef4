export * from './mirror-rows';
