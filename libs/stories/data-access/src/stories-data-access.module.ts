import { Module } from '@nestjs/common';
import { STORIES_REPOSITORY } from '@verbinder/stories/core';
import { DrizzleStoriesRepository } from './drizzle-stories.repository';

@Module({
  providers: [DrizzleStoriesRepository, { provide: STORIES_REPOSITORY, useExisting: DrizzleStoriesRepository }],
  exports: [STORIES_REPOSITORY],
})
export class StoriesDataAccessModule {}
