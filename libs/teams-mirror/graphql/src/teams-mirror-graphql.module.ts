import { Module } from '@nestjs/common';
import { TeamsAnnouncementResolver } from './teams-announcements.resolvers';
import { TEAMS_MIRROR_RESOLVERS } from './teams-mirror.resolvers';

/** GraphQL of the Teams mirror: tenants, links, status per document, history, retry and announcements. */
@Module({ providers: [...TEAMS_MIRROR_RESOLVERS, TeamsAnnouncementResolver] })
export class TeamsMirrorGraphqlModule {}
