import { Module } from '@nestjs/common';
import { RegionsLoaderFactory } from './regions.loaders';
import {
  LeerlabResolver,
  LeerrouteResolver,
  MembershipResolver,
  PersonResolver,
  RegionActivityResolver,
  RegionResolver,
  SchoolResolver,
} from './regions.resolvers';

@Module({
  providers: [
    RegionsLoaderFactory,
    RegionResolver,
    SchoolResolver,
    LeerlabResolver,
    PersonResolver,
    MembershipResolver,
    LeerrouteResolver,
    RegionActivityResolver,
  ],
  exports: [RegionsLoaderFactory],
})
export class RegionsGraphqlModule {}
