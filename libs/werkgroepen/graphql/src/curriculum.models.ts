import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, EntityModel, gqlEnum } from '@verbinder/platform/graphql';
import {
  CURRICULUM_DECISIONS,
  CURRICULUM_ITEM_KINDS,
  CURRICULUM_RELATIONS,
  CURRICULUM_SIDES,
  CurriculumDecision,
  CurriculumItemKind,
  CurriculumRelation,
  CurriculumSide,
} from '@verbinder/werkgroepen/core';

export const CurriculumSideGql = gqlEnum('CurriculumSide', CURRICULUM_SIDES);
export const CurriculumItemKindGql = gqlEnum('CurriculumItemKind', CURRICULUM_ITEM_KINDS, 'vo: PTA_COMPONENT, PROFIEL, KEUZEVAK, EINDTERM; mbo: OER_COMPONENT, KEUZEDEEL, KWALIFICATIE_ONDERDEEL');
export const CurriculumRelationGql = gqlEnum('CurriculumRelation', CURRICULUM_RELATIONS, 'OVERLAP: dubbel; GAP: er ontbreekt iets; FIT: sluit aan');
export const CurriculumDecisionGql = gqlEnum('CurriculumDecision', CURRICULUM_DECISIONS);

@ObjectType('CurriculumItem', { description: 'Een onderdeel van het PTA/examenprogramma (vo) of het OER/kwalificatiedossier (mbo)' })
export class CurriculumItemModel extends EntityModel {
  @Field(() => ID) werkgroepId!: string;
  @Field(() => CurriculumSideGql) side!: CurriculumSide;
  @Field(() => CurriculumItemKindGql) kind!: CurriculumItemKind;
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int, { nullable: true, description: 'Studiebelastingsuren' }) studyHours!: number | null;
}

@ObjectType('CurriculumPair', { description: 'Een vo-onderdeel naast een mbo-onderdeel, met relatie en besluit' })
export class CurriculumPairModel extends EntityModel {
  @Field(() => CurriculumItemModel) voItem!: CurriculumItemModel;
  @Field(() => CurriculumItemModel) mboItem!: CurriculumItemModel;
  @Field(() => CurriculumRelationGql) relation!: CurriculumRelation;
  @Field(() => CurriculumDecisionGql, { nullable: true }) decision!: CurriculumDecision | null;
  @Field(() => Int, { description: 'Uren die het besluit vrijspeelt' }) hoursFreed!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt!: Date | null;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@ObjectType('CurriculumDecisionCount')
export class CurriculumDecisionCountModel {
  @Field(() => CurriculumDecisionGql) decision!: CurriculumDecision;
  @Field(() => Int) pairs!: number;
  @Field(() => Int) hours!: number;
}

@ObjectType('CurriculumSummary', { description: 'Samenvatting van de vergelijking, tegen de wettelijke verkorting van hoogstens één studiejaar' })
export class CurriculumSummaryModel {
  @Field(() => Int) voItems!: number;
  @Field(() => Int) mboItems!: number;
  @Field(() => Int) pairs!: number;
  @Field(() => Int) overlaps!: number;
  @Field(() => Int) gaps!: number;
  @Field(() => Int) fits!: number;
  @Field(() => Int) decided!: number;
  @Field(() => Int) undecided!: number;
  @Field(() => Int, { description: 'Vrijgespeelde uren van besloten koppelingen met SCHRAPPEN of VERSNELLEN' }) hoursFreed!: number;
  @Field(() => Int, { description: 'Eén mbo-studiejaar: 1600 studiebelastingsuren' }) maxShorteningHours!: number;
  @Field(() => Float, { description: 'hoursFreed / maxShorteningHours' }) shareOfMaximum!: number;
  @Field(() => [CurriculumDecisionCountModel]) byDecision!: CurriculumDecisionCountModel[];
}

@ObjectType('Curriculum')
export class CurriculumModel {
  @Field(() => ID) werkgroepId!: string;
  @Field(() => [CurriculumItemModel]) items!: CurriculumItemModel[];
  @Field(() => [CurriculumPairModel]) pairs!: CurriculumPairModel[];
  @Field(() => CurriculumSummaryModel) summary!: CurriculumSummaryModel;
}

@ObjectType('CurriculumImportResult')
export class CurriculumImportResultModel {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
}

@InputType()
export class CurriculumItemInput {
  @Field(() => ID, { nullable: true, description: 'Leeg voor een nieuw onderdeel' }) id?: string | null;
  @Field(() => ID) werkgroepId!: string;
  @Field(() => CurriculumSideGql) side!: CurriculumSide;
  @Field(() => CurriculumItemKindGql) kind!: CurriculumItemKind;
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) schoolId?: string | null;
  @Field(() => Int, { nullable: true }) studyHours?: number | null;
}

@InputType()
export class CurriculumPairInput {
  @Field(() => ID, { nullable: true, description: 'Leeg voor een nieuwe koppeling' }) id?: string | null;
  @Field(() => ID) werkgroepId!: string;
  @Field(() => ID) voItemId!: string;
  @Field(() => ID) mboItemId!: string;
  @Field(() => CurriculumRelationGql) relation!: CurriculumRelation;
  @Field(() => CurriculumDecisionGql, { nullable: true }) decision?: CurriculumDecision | null;
  @Field(() => ID, { nullable: true, description: 'Een lid van de werkgroep' }) ownerId?: string | null;
  @Field(() => Int, { nullable: true, description: '0 tot en met 1600; alleen met een besluit' }) hoursFreed?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}
