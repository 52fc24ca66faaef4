import { Module } from '@nestjs/common';
import { repositoryModule } from '@verbinder/platform/db';
import { REGIONS_REPOSITORY } from '@verbinder/regions/core';
import { DrizzleRegionsRepository } from './drizzle-regions.repository';

@Module(repositoryModule([[REGIONS_REPOSITORY, DrizzleRegionsRepository]]))
export class RegionsDataAccessModule {}
