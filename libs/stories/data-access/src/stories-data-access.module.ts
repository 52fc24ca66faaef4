import { Module } from '@nestjs/common';
import { repositoryModule } from '@verbinder/platform/db';
import { NEWSLETTER_REPOSITORY, STORIES_REPOSITORY } from '@verbinder/stories/core';
import { DrizzleNewsletterRepository } from './drizzle-newsletter.repository';
import { DrizzleStoriesRepository } from './drizzle-stories.repository';

@Module(
  repositoryModule([
    [STORIES_REPOSITORY, DrizzleStoriesRepository],
    [NEWSLETTER_REPOSITORY, DrizzleNewsletterRepository],
  ]),
)
export class StoriesDataAccessModule {}
