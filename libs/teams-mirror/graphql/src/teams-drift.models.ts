import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@verbinder/platform/graphql';

export enum TeamsDriftKindGql {
  CHANGED = 'CHANGED',
  DELETED = 'DELETED',
}
registerEnumType(TeamsDriftKindGql, { name: 'TeamsDriftKind', description: 'Gewijzigd of verwijderd in Teams door een persoon' });

export enum TeamsDriftResolutionGql {
  IMPORTED = 'IMPORTED',
  KEPT_VERBINDER = 'KEPT_VERBINDER',
  DOCUMENT_DELETED = 'DOCUMENT_DELETED',
}
registerEnumType(TeamsDriftResolutionGql, {
  name: 'TeamsDriftResolution',
  description: 'Teams-versie overgenomen als nieuwe versie, Verbinder-versie gehouden (Teams krijgt die terug), of het document is ook in Verbinder verwijderd',
});

@ObjectType('TeamsDrift', { description: 'Een gespiegeld bestand dat in Teams door iemand is gewijzigd of verwijderd; Verbinder overschrijft dat nooit vanzelf' })
export class TeamsDriftModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) linkId!: string;
  @Field(() => ID) documentId!: string;
  @Field() documentTitle!: string;
  @Field({ description: 'Het document is verwijderd in Verbinder' }) documentDeleted!: boolean;
  @Field(() => TeamsDriftKindGql) kind!: TeamsDriftKindGql;
  @Field(() => String, { nullable: true, description: 'De bestandsnaam in Teams' }) teamsName!: string | null;
  @Field(() => Float, { nullable: true, description: 'Grootte van de Teams-versie in bytes' }) size!: number | null;
  @Field(() => String, { nullable: true, description: 'Wie het in Teams wijzigde (alleen de weergavenaam)' }) modifiedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) modifiedAt!: Date | null;
  @Field(() => DateTimeScalar) detectedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => TeamsDriftResolutionGql, { nullable: true }) resolution!: TeamsDriftResolutionGql | null;
  @Field(() => Int, { nullable: true, description: 'De versie in Verbinder die bij het overnemen ontstond' }) importedVersion!: number | null;
}
