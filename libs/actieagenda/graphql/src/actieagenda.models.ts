import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, DateTimeScalar, EntityModel, gqlEnum } from '@verbinder/platform/graphql';
import { MembershipLayerGql, PersonModel, SchoolModel } from '@verbinder/regions/graphql';
import { ACTIE_CLOSURES, ACTIE_STATUSES, ActieClosure, ActieStatus, PROGRESS_MODES, ProgressMode, REVIEW_OUTCOMES, ReviewOutcome, Trend } from '@verbinder/actieagenda/core';
import { MembershipLayer } from '@verbinder/shared/kernel';

export const ActieStatusGql = gqlEnum('ActieStatus', ACTIE_STATUSES, 'op koers (groen), risico (oranje), achter (rood), gepauzeerd (grijs)');
export const ActieClosureGql = gqlEnum('ActieClosure', ACTIE_CLOSURES);
export const ProgressModeGql = gqlEnum('ProgressMode', PROGRESS_MODES, 'voortgang uit check-ins (DIRECT) of het gemiddelde van de sub-acties');
export const ReviewOutcomeGql = gqlEnum('ReviewOutcome', REVIEW_OUTCOMES);
export const TrendGql = gqlEnum<Trend>('Trend', ['STIJGEND', 'GELIJK', 'DALEND'], 'voortgang nu tegenover 28 dagen geleden');

@ObjectType('Actieagenda')
export class ActieagendaModel extends EntityModel {
  regionId!: string;
  @Field() title!: string;
  @Field(() => DateScalar) periodStart!: string;
  @Field(() => DateScalar) periodEnd!: string;
}

@ObjectType('Actielijn')
export class ActielijnModel extends EntityModel {
  agendaId!: string;
  @Field(() => Int) number!: number;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [Int]) focusYears!: number[];
}

@ObjectType('Actie')
export class ActieModel extends EntityModel {
  agendaId!: string;
  actielijnId!: string;
  parentId!: string | null;
  leadSchoolId!: string | null;
  partnerSchoolIds!: string[];
  ownerIds!: string[];
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) target!: string | null;
  @Field(() => DateScalar, { nullable: true }) periodStart!: string | null;
  @Field(() => DateScalar, { nullable: true }) periodEnd!: string | null;
  @Field(() => ActieClosureGql, { nullable: true }) closure!: ActieClosure | null;
  @Field(() => DateTimeScalar, { nullable: true }) closedAt!: Date | null;
  @Field(() => ProgressModeGql) progressMode!: ProgressMode;
  @Field(() => Int) cadenceDays!: number;
  @Field(() => DateScalar, { nullable: true }) nextCheckInDue!: string | null;
  @Field() isPublic!: boolean;
  @Field(() => String, { nullable: true }) publicSummary!: string | null;
  /** Reported values; the schema exposes the derived ones through field resolvers. */
  status!: string;
  progress!: number;
}

@ObjectType('CheckIn')
export class CheckInModel extends EntityModel {
  actieId!: string;
  authorId!: string;
  @Field(() => DateScalar) date!: string;
  @Field(() => ActieStatusGql) status!: ActieStatus;
  @Field(() => Int) progress!: number;
  @Field() text!: string;
  @Field(() => [String]) evidenceLinks!: string[];
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('Bijstelling')
export class BijstellingModel extends EntityModel {
  authorId!: string;
  @Field() what!: string;
  @Field() why!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('Review')
export class ReviewModel extends EntityModel {
  requestedById!: string;
  decidedById!: string | null;
  @Field(() => DateTimeScalar) requestedAt!: Date;
  @Field(() => String, { nullable: true }) question!: string | null;
  @Field(() => ReviewOutcomeGql, { nullable: true }) outcome!: ReviewOutcome | null;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('Decision')
export class DecisionModel extends EntityModel {
  authorId!: string;
  @Field() text!: string;
  @Field(() => DateScalar) meetingDate!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('ActieHistoryEntry')
export class ActieHistoryEntryModel {
  @Field() kind!: string;
  @Field(() => DateTimeScalar) at!: Date;
  @Field(() => String, { nullable: true, description: 'De dag waar de gebeurtenis over gaat (jjjj-mm-dd) als die een eigen datum heeft, zoals een check-in; de geschiedenis is daarop geordend' })
  date!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field() summary!: string;
}

@ObjectType('AchtjeLayer')
export class AchtjeLayerModel {
  @Field(() => MembershipLayerGql) layer!: MembershipLayer;
  @Field() engaged!: boolean;
  @Field(() => [PersonModel]) people!: PersonModel[];
  @Field(() => DateTimeScalar, { nullable: true }) lastActiveAt!: Date | null;
}

@ObjectType('AchtjeSchool')
export class AchtjeSchoolModel {
  @Field(() => SchoolModel) school!: SchoolModel;
  @Field(() => [AchtjeLayerModel]) layers!: AchtjeLayerModel[];
}

@ObjectType('ImportResult')
export class ImportResultModel {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) lines!: number;
}

@ObjectType('ActieagendaChange')
export class ActieagendaChangeModel {
  @Field(() => ID) agendaId!: string;
  @Field(() => ID, { nullable: true }) actieId!: string | null;
  @Field() kind!: string;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => DateTimeScalar) at!: Date;
}

@InputType()
export class ActieFilter {
  @Field(() => ID, { nullable: true }) schoolId?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => ActieStatusGql, { nullable: true }) status?: ActieStatus | null;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) includeClosed?: boolean | null;
}

@InputType()
export class CreateActieagendaInput {
  @Field(() => ID) regionId!: string;
  @Field() title!: string;
  @Field(() => DateScalar) periodStart!: string;
  @Field(() => DateScalar) periodEnd!: string;
}

@InputType()
export class ActielijnInput {
  @Field(() => ID) agendaId!: string;
  @Field(() => Int) number!: number;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [Int], { nullable: true }) focusYears?: number[] | null;
}

@InputType()
export class ActieInput {
  @Field(() => ID) actielijnId!: string;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) target?: string | null;
  @Field(() => ID, { nullable: true }) leadSchoolId?: string | null;
  @Field(() => [ID], { nullable: true }) partnerSchoolIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) ownerIds?: string[] | null;
  @Field(() => DateScalar, { nullable: true }) periodStart?: string | null;
  @Field(() => DateScalar, { nullable: true }) periodEnd?: string | null;
  @Field(() => ProgressModeGql, { nullable: true, defaultValue: ProgressModeGql.DIRECT }) progressMode?: ProgressMode | null;
  @Field(() => Int, { nullable: true, defaultValue: 7 }) cadenceDays?: number | null;
}

@InputType()
export class CheckInInput {
  @Field(() => ID) actieId!: string;
  @Field(() => DateScalar, { nullable: true }) date?: string | null;
  @Field(() => ActieStatusGql) status!: ActieStatus;
  @Field(() => Int) progress!: number;
  @Field() text!: string;
  @Field(() => [String], { nullable: true }) evidenceLinks?: string[] | null;
}

@InputType()
export class BijstellingInput {
  @Field(() => ID) actieId!: string;
  @Field() what!: string;
  @Field() why!: string;
  @Field(() => String, { nullable: true }) before?: string | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}
