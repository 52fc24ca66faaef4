import { Injectable } from '@nestjs/common';
import { byIdLoader, GqlContext, groupedLoader, orderedLoader } from '@verbinder/platform/graphql';
import { RegionsService } from '@verbinder/regions/core';

export type RegionsLoaders = ReturnType<RegionsLoaderFactory['create']>;

/** This request's regions loaders, for the fields of other domains that point at regions, schools and people. */
export const regionsLoaders = (ctx: GqlContext) => ctx.loaders['regions'] as RegionsLoaders;

/** Builds this domain's DataLoaders; called once per request by the GraphQL context factory. */
@Injectable()
export class RegionsLoaderFactory {
  readonly key = 'regions';

  constructor(private readonly service: RegionsService) {}

  create() {
    const s = this.service;
    return {
      regionById: byIdLoader(s.regionsByIds),
      schoolById: byIdLoader(s.schoolsByIds),
      leerlabById: byIdLoader(s.leerlabsByIds),
      personById: byIdLoader(s.personsByIds),
      schoolsByRegionId: groupedLoader(s.schoolsByRegionIds, (x) => x.regionId),
      leerlabsByRegionId: groupedLoader(s.leerlabsByRegionIds, (x) => x.regionId),
      leerroutesByRegionId: groupedLoader(s.leerroutesByRegionIds, (x) => x.regionId),
      membershipsByPersonId: groupedLoader(s.membershipsByPersonIds, (x) => x.personId),
      membershipsByRegionId: groupedLoader(s.membershipsByRegionIds, (x) => x.regionId),
      membershipsBySchoolId: groupedLoader(s.membershipsBySchoolIds, (x) => x.schoolId),
      countsByRegionId: orderedLoader(s.countsByRegionIds),
    };
  }
}
