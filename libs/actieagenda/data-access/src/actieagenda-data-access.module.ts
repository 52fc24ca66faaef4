import { Module } from '@nestjs/common';
import { ACTIEAGENDA_REPOSITORY } from '@verbinder/actieagenda/core';
import { DrizzleActieagendaRepository } from './drizzle-actieagenda.repository';

@Module({
  providers: [DrizzleActieagendaRepository, { provide: ACTIEAGENDA_REPOSITORY, useExisting: DrizzleActieagendaRepository }],
  exports: [ACTIEAGENDA_REPOSITORY],
})
export class ActieagendaDataAccessModule {}
