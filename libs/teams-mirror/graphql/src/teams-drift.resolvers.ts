import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@verbinder/platform/graphql';
import { Actor } from '@verbinder/shared/kernel';
import { TeamsDriftService } from '@verbinder/teams-mirror/core';
import { TeamsDriftModel } from './teams-drift.models';

@Resolver(() => TeamsDriftModel)
export class TeamsDriftResolver {
  constructor(private readonly drifts: TeamsDriftService) {}

  @Query(() => [TeamsDriftModel], {
    description: 'Bestanden die in Teams door iemand zijn gewijzigd of verwijderd (leden van de werkgroep, beheerders van de regio); standaard alleen wat nog open staat',
  })
  teamsDrifts(
    @CurrentActor() actor: Actor,
    @Args('werkgroepId', { type: () => ID }) werkgroepId: string,
    @Args('includeResolved', { type: () => Boolean, nullable: true, defaultValue: false }) includeResolved: boolean,
  ) {
    return this.drifts.ofGroup(actor, werkgroepId, includeResolved);
  }

  @Mutation(() => TeamsDriftModel, { description: 'Neemt de Teams-versie over als nieuwe versie van het document (leden die documenten mogen toevoegen)' })
  importTeamsVersion(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.drifts.importTeamsVersion(actor, id);
  }

  @Mutation(() => TeamsDriftModel, {
    description: 'Houdt de Verbinder-versie: Teams krijgt die terug bij de volgende spiegeling (bij een in Teams verwijderd bestand: opnieuw in Teams zetten)',
  })
  dismissTeamsDrift(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.drifts.dismiss(actor, id);
  }
}
