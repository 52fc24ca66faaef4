import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, gqlEnum } from '@verbinder/platform/graphql';
import { DRIFT_KINDS, DRIFT_RESOLUTIONS, DriftKind, DriftResolution } from '@verbinder/teams-mirror/core';
import { LinkedDocumentFields } from './teams-mirror.models';

export const TeamsDriftKindGql = gqlEnum('TeamsDriftKind', DRIFT_KINDS, 'Gewijzigd of verwijderd in Teams door een persoon');

export const TeamsDriftResolutionGql = gqlEnum(
  'TeamsDriftResolution',
  DRIFT_RESOLUTIONS,
  'Teams-versie overgenomen als nieuwe versie, Verbinder-versie gehouden (Teams krijgt die terug), of het document is ook in Verbinder verwijderd',
);

@ObjectType('TeamsDrift', { description: 'Een gespiegeld bestand dat in Teams door iemand is gewijzigd of verwijderd; Verbinder overschrijft dat nooit vanzelf' })
export class TeamsDriftModel extends LinkedDocumentFields {
  @Field(() => TeamsDriftKindGql) kind!: DriftKind;
  @Field(() => String, { nullable: true, description: 'De bestandsnaam in Teams' }) teamsName!: string | null;
  @Field(() => Float, { nullable: true, description: 'Grootte van de Teams-versie in bytes' }) size!: number | null;
  @Field(() => String, { nullable: true, description: 'Wie het in Teams wijzigde (alleen de weergavenaam)' }) modifiedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) modifiedAt!: Date | null;
  @Field(() => DateTimeScalar) detectedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => TeamsDriftResolutionGql, { nullable: true }) resolution!: DriftResolution | null;
  @Field(() => Int, { nullable: true, description: 'De versie in Verbinder die bij het overnemen ontstond' }) importedVersion!: number | null;
}
