import { Module } from '@nestjs/common';
import { repositoryModule } from '@verbinder/platform/db';
import { LOKET_REPOSITORY } from '@verbinder/loket/core';
import { DrizzleLoketRepository } from './drizzle-loket.repository';

@Module(repositoryModule([[LOKET_REPOSITORY, DrizzleLoketRepository]]))
export class LoketDataAccessModule {}
