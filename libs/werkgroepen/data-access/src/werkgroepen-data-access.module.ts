import { Module } from '@nestjs/common';
import { repositoryModule } from '@verbinder/platform/db';
import { CURRICULUM_REPOSITORY, GLOSSARY_REPOSITORY, WERKGROEP_STREAM_REPOSITORY, WERKGROEPEN_REPOSITORY } from '@verbinder/werkgroepen/core';
import { DrizzleCurriculumRepository } from './drizzle-curriculum.repository';
import { DrizzleGlossaryRepository, DrizzleStreamRepository } from './drizzle-stream.repository';
import { DrizzleWerkgroepenRepository } from './drizzle-werkgroepen.repository';

@Module(
  repositoryModule([
    [WERKGROEPEN_REPOSITORY, DrizzleWerkgroepenRepository],
    [CURRICULUM_REPOSITORY, DrizzleCurriculumRepository],
    [WERKGROEP_STREAM_REPOSITORY, DrizzleStreamRepository],
    [GLOSSARY_REPOSITORY, DrizzleGlossaryRepository],
  ]),
)
export class WerkgroepenDataAccessModule {}
