import { Module } from '@nestjs/common';
import { TEAMS_DRIFT_REPOSITORY, TEAMS_MIRROR_REPOSITORY } from '@verbinder/teams-mirror/core';
import { DrizzleTeamsDriftRepository } from './drizzle-teams-drift.repository';
import { DrizzleTeamsMirrorRepository } from './drizzle-teams-mirror.repository';

@Module({
  providers: [
    DrizzleTeamsMirrorRepository,
    { provide: TEAMS_MIRROR_REPOSITORY, useExisting: DrizzleTeamsMirrorRepository },
    DrizzleTeamsDriftRepository,
    { provide: TEAMS_DRIFT_REPOSITORY, useExisting: DrizzleTeamsDriftRepository },
  ],
  exports: [TEAMS_MIRROR_REPOSITORY, TEAMS_DRIFT_REPOSITORY],
})
export class TeamsMirrorDataAccessModule {}
