import { Module } from '@nestjs/common';
import { repositoryModule } from '@verbinder/platform/db';
import { IDENTITY_REPOSITORY } from '@verbinder/identity/core';
import { DrizzleIdentityRepository } from './drizzle-identity.repository';

@Module(repositoryModule([[IDENTITY_REPOSITORY, DrizzleIdentityRepository]]))
export class IdentityDataAccessModule {}
