import { Module } from '@nestjs/common';
import { IDENTITY_REPOSITORY } from '@verbinder/identity/core';
import { DrizzleIdentityRepository } from './drizzle-identity.repository';

@Module({
  providers: [DrizzleIdentityRepository, { provide: IDENTITY_REPOSITORY, useExisting: DrizzleIdentityRepository }],
  exports: [IDENTITY_REPOSITORY],
})
export class IdentityDataAccessModule {}
