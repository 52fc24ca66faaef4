export * from './stories.types';
export * from './stories-repository.port';
export * from './stories.service';
export * from './stories-core.module';
export * from './consent-rules';
export * from './sanitize';
export * from './newsletter-repository.port';
export * from './newsletter.service';
