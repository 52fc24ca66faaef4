import { Module } from '@nestjs/common';
import { CURRICULUM_REPOSITORY, WERKGROEPEN_REPOSITORY } from '@verbinder/werkgroepen/core';
import { DrizzleCurriculumRepository } from './drizzle-curriculum.repository';
import { DrizzleWerkgroepenRepository } from './drizzle-werkgroepen.repository';

@Module({
  providers: [
    DrizzleWerkgroepenRepository,
    { provide: WERKGROEPEN_REPOSITORY, useExisting: DrizzleWerkgroepenRepository },
    DrizzleCurriculumRepository,
    { provide: CURRICULUM_REPOSITORY, useExisting: DrizzleCurriculumRepository },
  ],
  exports: [WERKGROEPEN_REPOSITORY, CURRICULUM_REPOSITORY],
})
export class WerkgroepenDataAccessModule {}
