import { Module } from '@nestjs/common';
import { RegionsLoaderFactory } from './regions.loaders';
import {
  LeerlabReferences,
  LeerlabResolver,
  LeerrouteReferences,
  LeerrouteResolver,
  MembershipReferences,
  MembershipResolver,
  PersonResolver,
  RegionActivityResolver,
  RegionInvitationReferences,
  RegionInvitationResolver,
  RegionResolver,
  SchoolReferences,
  SchoolResolver,
} from './regions.resolvers';

@Module({
  providers: [
    RegionsLoaderFactory,
    RegionResolver,
    SchoolResolver,
    SchoolReferences,
    LeerlabResolver,
    LeerlabReferences,
    PersonResolver,
    MembershipResolver,
    MembershipReferences,
    LeerrouteResolver,
    LeerrouteReferences,
    RegionActivityResolver,
    RegionInvitationResolver,
    RegionInvitationReferences,
  ],
  exports: [RegionsLoaderFactory],
})
export class RegionsGraphqlModule {}
