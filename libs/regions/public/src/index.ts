export * from './accessibility';
export * from './region-pages';
export * from './region-site.controller';
