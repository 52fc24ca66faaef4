import { Module } from '@nestjs/common';
import { TeamsDriftResolver } from './teams-drift.resolvers';
import { TEAMS_MIRROR_RESOLVERS } from './teams-mirror.resolvers';

/** GraphQL of the Teams mirror: tenants, links, status per document, history, retry and drift. */
@Module({ providers: [...TEAMS_MIRROR_RESOLVERS, TeamsDriftResolver] })
export class TeamsMirrorGraphqlModule {}
