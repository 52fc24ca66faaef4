import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, DateTimeScalar } from '@verbinder/platform/graphql';
import type { Actor } from '@verbinder/shared/kernel';
import { PersonErasureService, PersonErasureView } from './person-erasure.service';

@ObjectType('PersonErasure', { description: 'Het wissen van een persoon (art. 17 AVG): voortgang en aantallen, zonder de gewiste gegevens' })
export class PersonErasureModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'Het pseudoniem (Oud-deelnemer) dat overblijft' }) personId!: string;
  @Field(() => DateTimeScalar) requestedAt!: Date;
  @Field(() => Int) stepsDone!: number;
  @Field(() => Int) stepsTotal!: number;
  @Field(() => Int, { description: 'Verwijderde of gepseudonimiseerde rijen, alle tabellen samen' }) rowsRemoved!: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'null zolang het wissen bezig is' }) completedAt!: Date | null;
}

/** Erasure for platform beheerders; the service checks the role. */
@Resolver(() => PersonErasureModel)
export class PersonErasureResolver {
  constructor(private readonly erasure: PersonErasureService) {}

  @Mutation(() => PersonErasureModel, {
    description:
      'Wist een persoon op diens verzoek (platformbeheerder): sessies en live verbindingen eindigen direct; eigen gegevens verdwijnen, wat voor anderen moet blijven wordt Oud-deelnemer. Nogmaals wissen verandert niets.',
  })
  erasePerson(@CurrentActor() actor: Actor, @Args('personId', { type: () => ID }) personId: string): Promise<PersonErasureView> {
    return this.erasure.request(actor, personId);
  }

  @Query(() => PersonErasureModel, { nullable: true, description: 'Hoe ver het wissen van een persoon is (platformbeheerder); null als er niet om gevraagd is' })
  personErasure(@CurrentActor() actor: Actor, @Args('personId', { type: () => ID }) personId: string): Promise<PersonErasureView | null> {
    return this.erasure.status(actor, personId);
  }
}
