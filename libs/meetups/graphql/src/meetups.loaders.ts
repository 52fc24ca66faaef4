import { ActivitiesService } from '@verbinder/meetups/core';
import { byIdLoader, domainLoaderFactory, groupedLoader, LoadersOf, orderedLoader } from '@verbinder/platform/graphql';

/** Per request: activities by id, place counts and registrations per activity (one statement per level). */
export const MeetupsLoaderFactory = domainLoaderFactory('meetups', ActivitiesService, (service) => ({
  activity: byIdLoader(service.activitiesByIds),
  counts: orderedLoader(service.placeCounts),
  registrations: groupedLoader(service.registrationsByActivityIds, (r) => r.activityId),
  series: byIdLoader(service.seriesByIds),
}));

export type MeetupsLoaders = LoadersOf<typeof MeetupsLoaderFactory>;
