import { Module } from '@nestjs/common';
import { repositoryModule } from '@verbinder/platform/db';
import { MEETUPS_REPOSITORY } from '@verbinder/meetups/core';
import { DrizzleMeetupsRepository } from './drizzle-meetups.repository';

@Module(repositoryModule([[MEETUPS_REPOSITORY, DrizzleMeetupsRepository]]))
export class MeetupsDataAccessModule {}
