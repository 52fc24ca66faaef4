import { Module } from '@nestjs/common';
import { REGIONS_REPOSITORY } from '@verbinder/regions/core';
import { DrizzleRegionsRepository } from './drizzle-regions.repository';

@Module({
  providers: [DrizzleRegionsRepository, { provide: REGIONS_REPOSITORY, useExisting: DrizzleRegionsRepository }],
  exports: [REGIONS_REPOSITORY],
})
export class RegionsDataAccessModule {}
