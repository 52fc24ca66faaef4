export * from './stories.tables';
export * from './drizzle-stories.repository';
export * from './stories-data-access.module';
export * from './drizzle-newsletter.repository';
export * from './stories.data-map';
