import { Module } from '@nestjs/common';
import { TEAMS_ANNOUNCEMENT_REPOSITORY, TEAMS_MIRROR_REPOSITORY } from '@verbinder/teams-mirror/core';
import { DrizzleTeamsAnnouncementRepository } from './drizzle-teams-announcements.repository';
import { DrizzleTeamsMirrorRepository } from './drizzle-teams-mirror.repository';

@Module({
  providers: [
    DrizzleTeamsMirrorRepository,
    { provide: TEAMS_MIRROR_REPOSITORY, useExisting: DrizzleTeamsMirrorRepository },
    DrizzleTeamsAnnouncementRepository,
    { provide: TEAMS_ANNOUNCEMENT_REPOSITORY, useExisting: DrizzleTeamsAnnouncementRepository },
  ],
  exports: [TEAMS_MIRROR_REPOSITORY, TEAMS_ANNOUNCEMENT_REPOSITORY],
})
export class TeamsMirrorDataAccessModule {}
