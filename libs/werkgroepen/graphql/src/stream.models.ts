import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, EntityModel, gqlEnum } from '@verbinder/platform/graphql';
import { POST_CHANGES, WerkgroepPostChange } from '@verbinder/werkgroepen/core';

export const WerkgroepPostChangeGql = gqlEnum('WerkgroepPostChange', POST_CHANGES);

@ObjectType('WerkgroepReaction', { description: 'Een reactie op een bericht met hoe vaak ze is gegeven' })
export class WerkgroepReactionModel {
  @Field() reaction!: string;
  @Field(() => Int) count!: number;
  @Field({ description: 'Heb jij deze reactie gegeven?' }) mine!: boolean;
}

@ObjectType('WerkgroepPostRevision', { description: 'Een eerdere tekst van een bewerkt of verwijderd bericht' })
export class WerkgroepPostRevisionModel {
  @Field() body!: string;
  @Field(() => DateTimeScalar) replacedAt!: Date;
  @Field(() => WerkgroepPostChangeGql) change!: WerkgroepPostChange;
}

@ObjectType('WerkgroepPost', { description: 'Een bericht in de stroom van een werkgroep' })
export class WerkgroepPostModel extends EntityModel {
  @Field(() => ID) werkgroepId!: string;
  @Field(() => ID, { nullable: true, description: 'Het bericht waarop dit een reactie is (de draad)' }) parentId!: string | null;
  @Field({ description: 'De tekst zoals getypt; leeg als het bericht is verwijderd' }) body!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) editedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) deletedAt!: Date | null;
  @Field(() => [WerkgroepPostModel], { description: 'Reacties, oudste eerst' }) replies!: WerkgroepPostModel[];
  @Field() canEdit!: boolean;
  @Field() canDelete!: boolean;
}

@ObjectType('GlossaryMeaning', { description: 'Wat een begrip betekent op één school of in één sector' })
export class GlossaryMeaningModel extends EntityModel {
  @Field(() => String, { nullable: true }) sector!: string | null;
  @Field() meaning!: string;
}

@ObjectType('GlossaryTerm', { description: 'Een begrip in de taalbrug van een regio' })
export class GlossaryTermModel extends EntityModel {
  @Field(() => ID) regionId!: string;
  @Field() term!: string;
  @Field(() => String, { nullable: true, description: 'De betekenis waarover de regio het eens is' }) sharedMeaning!: string | null;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@InputType()
export class WerkgroepPostInput {
  @Field(() => ID) werkgroepId!: string;
  @Field({ description: '1 tot 5000 tekens' }) body!: string;
  @Field(() => ID, { nullable: true, description: 'Reageren op een bericht (een reactie op een reactie komt in dezelfde draad)' }) parentId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Genoemde leden (@naam); zij krijgen een melding' }) mentionIds?: string[] | null;
}

@InputType()
export class GlossaryTermInput {
  @Field(() => ID, { nullable: true, description: 'Leeg voor een nieuw begrip' }) id?: string | null;
  @Field(() => ID) regionId!: string;
  @Field(() => ID, { nullable: true, description: 'De werkgroep waar het begrip vandaan komt' }) werkgroepId?: string | null;
  @Field() term!: string;
  @Field(() => String, { nullable: true }) sharedMeaning?: string | null;
}

@InputType()
export class GlossaryMeaningInput {
  @Field(() => ID) termId!: string;
  @Field(() => ID, { nullable: true, description: 'De school (of kies een sector)' }) schoolId?: string | null;
  @Field(() => String, { nullable: true, description: 'De sector (of kies een school)' }) sector?: string | null;
  @Field() meaning!: string;
}
