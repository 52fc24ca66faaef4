import { byIdLoader, domainLoaderFactory, groupedLoader, LoadersOf } from '@verbinder/platform/graphql';
import { WerkgroepenService } from '@verbinder/werkgroepen/core';

/** Per request: groups by id and members per group (one statement per level). */
export const WerkgroepenLoaderFactory = domainLoaderFactory('werkgroepen', WerkgroepenService, (service) => ({
  werkgroep: byIdLoader(service.werkgroepenByIds),
  members: groupedLoader(service.membersByWerkgroepIds, (m) => m.werkgroepId),
}));

export type WerkgroepenLoaders = LoadersOf<typeof WerkgroepenLoaderFactory>;
