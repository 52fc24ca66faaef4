import { Module } from '@nestjs/common';
import { RegionsLoaderFactory } from './regions.loaders';
import { LeerlabResolver, LeerrouteResolver, MembershipResolver, PersonResolver, RegionActivityResolver, RegionInvitationResolver, RegionResolver, SchoolResolver } from './regions.resolvers';

@Module({
  providers: [RegionsLoaderFactory, RegionResolver, SchoolResolver, LeerlabResolver, PersonResolver, MembershipResolver, LeerrouteResolver, RegionActivityResolver, RegionInvitationResolver],
  exports: [RegionsLoaderFactory],
})
export class RegionsGraphqlModule {}
