import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { DateScalar } from '@verbinder/platform/graphql';
import { MembershipLayerGql, MembershipRoleGql, SchoolKindGql } from '../models/enums';
import { LeerrouteFields } from '../models/region.models';
import { SchoolKind } from '@verbinder/regions/core';
import { MembershipLayer, MembershipRole } from '@verbinder/shared/kernel';

@InputType()
export class SchoolLocationInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field() city!: string;
}

@InputType()
export class CreateRegionInput {
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

/** The update inputs are the create inputs without what never changes (region, slug, password), every field optional, and the id. */
@InputType()
export class UpdateRegionInput extends PartialType(OmitType(CreateRegionInput, ['slug'] as const)) {
  @Field(() => ID) id!: string;
}

@InputType()
export class CreateLeerlabInput {
  @Field(() => ID) regionId!: string;
  @Field() name!: string;
  @Field(() => Int) round!: number;
  @Field(() => Int) startYear!: number;
  @Field(() => String, { nullable: true }) theme?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID], { nullable: true }) schoolIds?: string[] | null;
}

@InputType()
export class UpdateLeerlabInput extends PartialType(OmitType(CreateLeerlabInput, ['regionId'] as const)) {
  @Field(() => ID) id!: string;
}

@InputType()
export class CreateSchoolInput {
  @Field(() => ID) regionId!: string;
  @Field() name!: string;
  @Field(() => SchoolKindGql) kind!: SchoolKind;
  @Field(() => String, { nullable: true }) koepel?: string | null;
  @Field(() => String, { nullable: true }) brin?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => [SchoolLocationInput], { nullable: true }) locations?: SchoolLocationInput[] | null;
}

@InputType()
export class UpdateSchoolInput extends PartialType(OmitType(CreateSchoolInput, ['regionId'] as const)) {
  @Field(() => ID) id!: string;
}

@InputType()
export class CreatePersonInput {
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'Optioneel: een wachtwoord voor inloggen zonder OIDC (minstens 10 tekens)' })
  password?: string | null;
}

@InputType()
export class UpdatePersonInput extends PartialType(OmitType(CreatePersonInput, ['password'] as const)) {
  @Field(() => ID) id!: string;
}

@InputType()
export class AddMembershipInput {
  @Field(() => ID) personId!: string;
  @Field(() => ID, { nullable: true }) regionId?: string | null;
  @Field(() => ID, { nullable: true }) schoolId?: string | null;
  @Field(() => MembershipRoleGql) role!: MembershipRole;
  @Field(() => MembershipLayerGql) layer!: MembershipLayer;
}

@InputType({ description: 'Nodig iemand uit: een bestaande persoon (personId) of een e-mailadres, voor een school óf de regio' })
export class InviteToRegionInput {
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true }) regionId?: string | null;
  @Field(() => ID, { nullable: true }) schoolId?: string | null;
  @Field(() => MembershipRoleGql) role!: MembershipRole;
  @Field(() => MembershipLayerGql) layer!: MembershipLayer;
}

@InputType()
export class LeerrouteInput extends LeerrouteFields {
  @Field(() => ID) regionId!: string;
  @Field(() => ID, { nullable: true }) leerlabId?: string | null;
  @Field(() => Int) shorteningMonths!: number;
  @Field(() => Int, { nullable: true }) vmboExamLastRouteYear?: number | null;
  @Field(() => Int, { nullable: true }) bpvStartRouteYear?: number | null;
  @Field(() => ID, { nullable: true }) voSchoolId?: string | null;
  @Field(() => ID, { nullable: true }) mboSchoolId?: string | null;
  @Field(() => DateScalar, { nullable: true }) agreementSignedOn?: string | null;
  @Field() fundingTransferAgreed!: boolean;
}
