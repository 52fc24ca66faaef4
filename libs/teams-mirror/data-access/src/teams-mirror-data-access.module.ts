import { Module } from '@nestjs/common';
import { TEAMS_ANNOUNCEMENT_REPOSITORY, TEAMS_DRIFT_REPOSITORY, TEAMS_FOLDER_REPOSITORY, TEAMS_MIRROR_REPOSITORY } from '@verbinder/teams-mirror/core';
import { DrizzleTeamsAnnouncementRepository } from './drizzle-teams-announcements.repository';
import { DrizzleTeamsDriftRepository } from './drizzle-teams-drift.repository';
import { DrizzleTeamsFolderRepository } from './drizzle-teams-folders.repository';
import { DrizzleTeamsMirrorRepository } from './drizzle-teams-mirror.repository';

@Module({
  providers: [
    DrizzleTeamsMirrorRepository,
    { provide: TEAMS_MIRROR_REPOSITORY, useExisting: DrizzleTeamsMirrorRepository },
    DrizzleTeamsAnnouncementRepository,
    { provide: TEAMS_ANNOUNCEMENT_REPOSITORY, useExisting: DrizzleTeamsAnnouncementRepository },
    DrizzleTeamsFolderRepository,
    { provide: TEAMS_FOLDER_REPOSITORY, useExisting: DrizzleTeamsFolderRepository },
    DrizzleTeamsDriftRepository,
    { provide: TEAMS_DRIFT_REPOSITORY, useExisting: DrizzleTeamsDriftRepository },
  ],
  exports: [TEAMS_MIRROR_REPOSITORY, TEAMS_ANNOUNCEMENT_REPOSITORY, TEAMS_FOLDER_REPOSITORY, TEAMS_DRIFT_REPOSITORY],
})
export class TeamsMirrorDataAccessModule {}
