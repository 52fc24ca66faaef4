import { Module } from '@nestjs/common';
import { MEETUPS_REPOSITORY } from '@verbinder/meetups/core';
import { DrizzleMeetupsRepository } from './drizzle-meetups.repository';

@Module({
  providers: [DrizzleMeetupsRepository, { provide: MEETUPS_REPOSITORY, useExisting: DrizzleMeetupsRepository }],
  exports: [MEETUPS_REPOSITORY],
})
export class MeetupsDataAccessModule {}
