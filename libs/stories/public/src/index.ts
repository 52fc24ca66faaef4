export * from './stories';
export * from './stories-site.controller';
export * from './newsletter-site.controller';
export * from './feeds';
