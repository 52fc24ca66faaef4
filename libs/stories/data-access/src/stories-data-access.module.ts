import { Module } from '@nestjs/common';
import { NEWSLETTER_REPOSITORY, STORIES_REPOSITORY } from '@verbinder/stories/core';
import { DrizzleNewsletterRepository } from './drizzle-newsletter.repository';
import { DrizzleStoriesRepository } from './drizzle-stories.repository';

@Module({
  providers: [
    DrizzleStoriesRepository,
    { provide: STORIES_REPOSITORY, useExisting: DrizzleStoriesRepository },
    DrizzleNewsletterRepository,
    { provide: NEWSLETTER_REPOSITORY, useExisting: DrizzleNewsletterRepository },
  ],
  exports: [STORIES_REPOSITORY, NEWSLETTER_REPOSITORY],
})
export class StoriesDataAccessModule {}
