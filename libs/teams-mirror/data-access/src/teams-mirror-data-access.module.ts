import { Module } from '@nestjs/common';
import { TEAMS_MIRROR_REPOSITORY } from '@verbinder/teams-mirror/core';
import { DrizzleTeamsMirrorRepository } from './drizzle-teams-mirror.repository';

@Module({
  providers: [DrizzleTeamsMirrorRepository, { provide: TEAMS_MIRROR_REPOSITORY, useExisting: DrizzleTeamsMirrorRepository }],
  exports: [TEAMS_MIRROR_REPOSITORY],
})
export class TeamsMirrorDataAccessModule {}
