import { Injectable } from '@nestjs/common';
import { ActivitiesService } from '@verbinder/meetups/core';
import { byIdLoader, groupedLoader, orderedLoader } from '@verbinder/platform/graphql';

export type MeetupsLoaders = ReturnType<MeetupsLoaderFactory['create']>;

/** Per request: activities by id, place counts and registrations per activity (one statement per level). */
@Injectable()
export class MeetupsLoaderFactory {
  readonly key = 'meetups';

  constructor(private readonly service: ActivitiesService) {}

  create() {
    return {
      activity: byIdLoader(this.service.activitiesByIds),
      counts: orderedLoader(this.service.placeCounts),
      registrations: groupedLoader(this.service.registrationsByActivityIds, (r) => r.activityId),
      series: byIdLoader(this.service.seriesByIds),
    };
  }
}
