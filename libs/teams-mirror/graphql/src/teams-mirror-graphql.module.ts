import { Module } from '@nestjs/common';
import { TEAMS_MIRROR_RESOLVERS } from './teams-mirror.resolvers';

/** GraphQL of the Teams mirror: tenants, links, status per document, history and retry. */
@Module({ providers: [...TEAMS_MIRROR_RESOLVERS] })
export class TeamsMirrorGraphqlModule {}
