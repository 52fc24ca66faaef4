import { Module } from '@nestjs/common';
import { TEAMS_ANNOUNCEMENT_REPOSITORY, TEAMS_FOLDER_REPOSITORY, TEAMS_MIRROR_REPOSITORY } from '@verbinder/teams-mirror/core';
import { DrizzleTeamsAnnouncementRepository } from './drizzle-teams-announcements.repository';
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
  ],
  exports: [TEAMS_MIRROR_REPOSITORY, TEAMS_ANNOUNCEMENT_REPOSITORY, TEAMS_FOLDER_REPOSITORY],
})
export class TeamsMirrorDataAccessModule {}
