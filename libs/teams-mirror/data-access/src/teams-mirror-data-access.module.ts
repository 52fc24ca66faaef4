import { Module } from '@nestjs/common';
import { repositoryModule } from '@verbinder/platform/db';
import { TEAMS_ANNOUNCEMENT_REPOSITORY, TEAMS_DRIFT_REPOSITORY, TEAMS_FOLDER_REPOSITORY, TEAMS_MIRROR_REPOSITORY } from '@verbinder/teams-mirror/core';
import { DrizzleTeamsAnnouncementRepository } from './drizzle-teams-announcements.repository';
import { DrizzleTeamsDriftRepository } from './drizzle-teams-drift.repository';
import { DrizzleTeamsFolderRepository } from './drizzle-teams-folders.repository';
import { DrizzleTeamsMirrorRepository } from './drizzle-teams-mirror.repository';

@Module(
  repositoryModule([
    [TEAMS_MIRROR_REPOSITORY, DrizzleTeamsMirrorRepository],
    [TEAMS_ANNOUNCEMENT_REPOSITORY, DrizzleTeamsAnnouncementRepository],
    [TEAMS_FOLDER_REPOSITORY, DrizzleTeamsFolderRepository],
    [TEAMS_DRIFT_REPOSITORY, DrizzleTeamsDriftRepository],
  ]),
)
export class TeamsMirrorDataAccessModule {}
