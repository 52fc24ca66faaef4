import { Module } from '@nestjs/common';
import { CURRICULUM_REPOSITORY, GLOSSARY_REPOSITORY, WERKGROEP_STREAM_REPOSITORY, WERKGROEPEN_REPOSITORY } from '@verbinder/werkgroepen/core';
import { DrizzleCurriculumRepository } from './drizzle-curriculum.repository';
import { DrizzleGlossaryRepository, DrizzleStreamRepository } from './drizzle-stream.repository';
import { DrizzleWerkgroepenRepository } from './drizzle-werkgroepen.repository';

@Module({
  providers: [
    DrizzleWerkgroepenRepository,
    { provide: WERKGROEPEN_REPOSITORY, useExisting: DrizzleWerkgroepenRepository },
    DrizzleCurriculumRepository,
    { provide: CURRICULUM_REPOSITORY, useExisting: DrizzleCurriculumRepository },
    DrizzleStreamRepository,
    { provide: WERKGROEP_STREAM_REPOSITORY, useExisting: DrizzleStreamRepository },
    DrizzleGlossaryRepository,
    { provide: GLOSSARY_REPOSITORY, useExisting: DrizzleGlossaryRepository },
  ],
  exports: [WERKGROEPEN_REPOSITORY, CURRICULUM_REPOSITORY, WERKGROEP_STREAM_REPOSITORY, GLOSSARY_REPOSITORY],
})
export class WerkgroepenDataAccessModule {}
