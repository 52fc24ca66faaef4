export * from './plain-dutch';
export * from './region-site.controller';
