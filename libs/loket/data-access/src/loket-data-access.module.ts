import { Module } from '@nestjs/common';
import { LOKET_REPOSITORY } from '@verbinder/loket/core';
import { DrizzleLoketRepository } from './drizzle-loket.repository';

@Module({
  providers: [DrizzleLoketRepository, { provide: LOKET_REPOSITORY, useExisting: DrizzleLoketRepository }],
  exports: [LOKET_REPOSITORY],
})
export class LoketDataAccessModule {}
