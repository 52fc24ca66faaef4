import { Module } from '@nestjs/common';
import { WERKGROEPEN_REPOSITORY } from '@verbinder/werkgroepen/core';
import { DrizzleWerkgroepenRepository } from './drizzle-werkgroepen.repository';

@Module({
  providers: [DrizzleWerkgroepenRepository, { provide: WERKGROEPEN_REPOSITORY, useExisting: DrizzleWerkgroepenRepository }],
  exports: [WERKGROEPEN_REPOSITORY],
})
export class WerkgroepenDataAccessModule {}
