import { Injectable } from '@nestjs/common';
import { byIdLoader, groupedLoader } from '@verbinder/platform/graphql';
import { WerkgroepenService } from '@verbinder/werkgroepen/core';

export type WerkgroepenLoaders = ReturnType<WerkgroepenLoaderFactory['create']>;

/** Per request: groups by id and members per group (one statement per level). */
@Injectable()
export class WerkgroepenLoaderFactory {
  readonly key = 'werkgroepen';

  constructor(private readonly service: WerkgroepenService) {}

  create() {
    return {
      werkgroep: byIdLoader(this.service.werkgroepenByIds),
      members: groupedLoader(this.service.membersByWerkgroepIds, (m) => m.werkgroepId),
    };
  }
}
