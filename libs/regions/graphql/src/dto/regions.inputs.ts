import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '@verbinder/platform/graphql';
import { MboLeerwegGql, MembershipLayerGql, MembershipRoleGql, RoutePhaseGql, RouteTypeGql, SchoolKindGql, VmboExamScopeGql, VmboLeerwegGql } from '../models/enums';

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

@InputType()
export class UpdateRegionInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
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
export class UpdateLeerlabInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Int, { nullable: true }) round?: number | null;
  @Field(() => Int, { nullable: true }) startYear?: number | null;
  @Field(() => String, { nullable: true }) theme?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID], { nullable: true }) schoolIds?: string[] | null;
}

@InputType()
export class CreateSchoolInput {
  @Field(() => ID) regionId!: string;
  @Field() name!: string;
  @Field(() => SchoolKindGql) kind!: SchoolKindGql;
  @Field(() => String, { nullable: true }) koepel?: string | null;
  @Field(() => String, { nullable: true }) brin?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => [SchoolLocationInput], { nullable: true }) locations?: SchoolLocationInput[] | null;
}

@InputType()
export class UpdateSchoolInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => SchoolKindGql, { nullable: true }) kind?: SchoolKindGql | null;
  @Field(() => String, { nullable: true }) koepel?: string | null;
  @Field(() => String, { nullable: true }) brin?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => [SchoolLocationInput], { nullable: true }) locations?: SchoolLocationInput[] | null;
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
export class UpdatePersonInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
}

@InputType()
export class AddMembershipInput {
  @Field(() => ID) personId!: string;
  @Field(() => ID, { nullable: true }) regionId?: string | null;
  @Field(() => ID, { nullable: true }) schoolId?: string | null;
  @Field(() => MembershipRoleGql) role!: MembershipRoleGql;
  @Field(() => MembershipLayerGql) layer!: MembershipLayerGql;
}

@InputType({ description: 'Nodig iemand uit: een bestaande persoon (personId) of een e-mailadres, voor een school óf de regio' })
export class InviteToRegionInput {
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true }) regionId?: string | null;
  @Field(() => ID, { nullable: true }) schoolId?: string | null;
  @Field(() => MembershipRoleGql) role!: MembershipRoleGql;
  @Field(() => MembershipLayerGql) layer!: MembershipLayerGql;
}

@InputType()
export class LeerrouteInput {
  @Field(() => ID) regionId!: string;
  @Field(() => ID, { nullable: true }) leerlabId?: string | null;
  @Field() name!: string;
  @Field(() => RouteTypeGql) routeType!: RouteTypeGql;
  @Field(() => RoutePhaseGql) phase!: RoutePhaseGql;
  @Field(() => VmboLeerwegGql) vmboLeerweg!: VmboLeerwegGql;
  @Field() vmboProfiel!: string;
  @Field() mboOpleiding!: string;
  @Field(() => Int) mboNiveau!: number;
  @Field(() => MboLeerwegGql) mboLeerweg!: MboLeerwegGql;
  @Field(() => Int) shorteningMonths!: number;
  @Field(() => VmboExamScopeGql) vmboExamScope!: VmboExamScopeGql;
  @Field(() => Int, { nullable: true }) vmboExamLastRouteYear?: number | null;
  @Field(() => Int, { nullable: true }) bpvStartRouteYear?: number | null;
  @Field(() => ID, { nullable: true }) voSchoolId?: string | null;
  @Field(() => ID, { nullable: true }) mboSchoolId?: string | null;
  @Field(() => DateScalar, { nullable: true }) agreementSignedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) duoVoRegisteredOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) duoMboRegisteredOn?: string | null;
  @Field() fundingTransferAgreed!: boolean;
  @Field(() => Int, { nullable: true }) startYear?: number | null;
  @Field(() => String, { nullable: true }) targetGroup?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}
