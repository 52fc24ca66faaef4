import { Module } from '@nestjs/common';
import { repositoryModule } from '@verbinder/platform/db';
import { ACTIEAGENDA_REPOSITORY } from '@verbinder/actieagenda/core';
import { DrizzleActieagendaRepository } from './drizzle-actieagenda.repository';

@Module(repositoryModule([[ACTIEAGENDA_REPOSITORY, DrizzleActieagendaRepository]]))
export class ActieagendaDataAccessModule {}
