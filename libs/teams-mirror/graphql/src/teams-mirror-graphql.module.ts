import { Module } from '@nestjs/common';
import { TeamsAnnouncementResolver } from './teams-announcements.resolvers';
import { TeamsDriftResolver } from './teams-drift.resolvers';
import { TEAMS_MIRROR_RESOLVERS } from './teams-mirror.resolvers';

/** GraphQL of the Teams mirror: tenants, links, status per document, history, retry, announcements and drift. */
@Module({ providers: [...TEAMS_MIRROR_RESOLVERS, TeamsAnnouncementResolver, TeamsDriftResolver] })
export class TeamsMirrorGraphqlModule {}
