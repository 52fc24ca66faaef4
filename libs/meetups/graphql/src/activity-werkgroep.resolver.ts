import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Activity } from '@verbinder/meetups/core';
import { CurrentActor } from '@verbinder/platform/graphql';
import { Actor, isDomainError } from '@verbinder/shared/kernel';
import { WerkgroepenService } from '@verbinder/werkgroepen/core';
import { WerkgroepModel } from '@verbinder/werkgroepen/graphql';
import { ActivityModel } from './meetups.models';

/** `Activity.werkgroep`: the group an activity is a meeting of, when the viewer may see that group. */
@Resolver(() => ActivityModel)
export class ActivityWerkgroepResolver {
  constructor(private readonly werkgroepen: WerkgroepenService) {}

  @ResolveField(() => WerkgroepModel, { nullable: true, description: 'De werkgroep waarvan dit een bijeenkomst is (als je die mag zien)' })
  async werkgroep(@Parent() a: Activity, @CurrentActor() actor: Actor) {
    if (!a.werkgroepId) return null;
    return this.werkgroepen.get(actor, a.werkgroepId).catch((error: unknown) => (isDomainError(error) ? null : Promise.reject(error)));
  }
}
