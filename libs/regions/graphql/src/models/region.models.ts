import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, DateTimeScalar, EntityModel } from '@verbinder/platform/graphql';
import { MboLeerwegGql, MembershipLayerGql, MembershipRoleGql, MembershipScopeGql, RoutePhaseGql, RouteTypeGql, SchoolKindGql, SystemRoleGql, VmboExamScopeGql, VmboLeerwegGql } from './enums';
import { MboLeerweg, RoutePhase, RouteType, SchoolKind, VmboExamScope, VmboLeerweg } from '@verbinder/regions/core';
import { MembershipLayer, MembershipRole } from '@verbinder/shared/kernel';

@ObjectType('SchoolLocation')
export class SchoolLocationModel {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field() city!: string;
}

@ObjectType('RegionCounts')
export class RegionCountsModel {
  @Field(() => Int) schools!: number;
  @Field(() => Int) leerlabs!: number;
  @Field(() => Int) people!: number;
  @Field(() => Int) leerroutes!: number;
}

@ObjectType('Region')
export class RegionModel extends EntityModel {
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@ObjectType('Leerlab')
export class LeerlabModel extends EntityModel {
  regionId!: string;
  schoolIds!: string[];
  @Field() name!: string;
  @Field(() => Int, { description: 'Ronde van het leerlab (jaar), zoals 2021 of 2022' }) round!: number;
  @Field(() => Int) startYear!: number;
  @Field(() => String, { nullable: true }) theme!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@ObjectType('School')
export class SchoolModel extends EntityModel {
  regionId!: string;
  @Field() name!: string;
  @Field(() => SchoolKindGql) kind!: SchoolKind;
  @Field(() => String, { nullable: true }) koepel!: string | null;
  @Field(() => String, { nullable: true }) brin!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => [SchoolLocationModel]) locations!: SchoolLocationModel[];
}

@ObjectType('Person')
export class PersonModel extends EntityModel {
  @Field() name!: string;
  /** Resolved by PersonResolver.email (the contact rule). */
  email!: string;
  @Field(() => String, { nullable: true }) jobTitle!: string | null;
  @Field(() => SystemRoleGql, { nullable: true }) systemRole!: SystemRoleGql | null;
}

@ObjectType('Membership')
export class MembershipModel extends EntityModel {
  personId!: string;
  regionId!: string;
  schoolId!: string | null;
  @Field(() => MembershipRoleGql) role!: MembershipRole;
  @Field(() => MembershipLayerGql) layer!: MembershipLayer;
}

@ObjectType('RegionInvitation', { description: 'Een uitnodiging voor een regio of school; het lidmaatschap bestaat pas als de persoon accepteert' })
export class RegionInvitationModel extends EntityModel {
  regionId!: string;
  schoolId!: string | null;
  personId!: string;
  invitedById!: string | null;
  @Field(() => String, { nullable: true, description: 'Het e-mailadres zoals de uitnodiger het opgaf (leeg bij een uitnodiging op naam)' }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'De naam zoals de uitnodiger die opgaf' }) invitedName!: string | null;
  @Field(() => MembershipRoleGql) role!: MembershipRole;
  @Field(() => MembershipLayerGql) layer!: MembershipLayer;
  @Field() status!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

/** What a leerroute is (type, phase, the vmbo and mbo side): the same fields when it is read (Leerroute) and written (LeerrouteInput). */
@ObjectType({ isAbstract: true })
@InputType({ isAbstract: true })
export abstract class LeerrouteFields {
  @Field() name!: string;
  @Field(() => RouteTypeGql) routeType!: RouteType;
  @Field(() => RoutePhaseGql) phase!: RoutePhase;
  @Field(() => VmboLeerwegGql) vmboLeerweg!: VmboLeerweg;
  @Field() vmboProfiel!: string;
  @Field() mboOpleiding!: string;
  @Field(() => Int) mboNiveau!: number;
  @Field(() => MboLeerwegGql) mboLeerweg!: MboLeerweg;
  @Field(() => VmboExamScopeGql) vmboExamScope!: VmboExamScope;
  @Field(() => DateScalar, { nullable: true }) duoVoRegisteredOn!: string | null;
  @Field(() => DateScalar, { nullable: true }) duoMboRegisteredOn!: string | null;
  @Field(() => Int, { nullable: true }) startYear!: number | null;
  @Field(() => String, { nullable: true }) targetGroup!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@ObjectType('Leerroute')
export class LeerrouteModel extends LeerrouteFields {
  @Field(() => ID) id!: string;
  regionId!: string;
  leerlabId!: string | null;
  voSchoolId!: string | null;
  mboSchoolId!: string | null;
  @Field(() => Int, { description: 'Verkorting in maanden (0 tot en met 12)' }) shorteningMonths!: number;
  @Field(() => Int, { nullable: true, description: 'Laatste routejaar voor het vmbo-examen (1–3)' }) vmboExamLastRouteYear!: number | null;
  @Field(() => Int, { nullable: true, description: 'Routejaar waarin de BPV begint; routejaar 1 = vmbo leerjaar 3' }) bpvStartRouteYear!: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'Samenwerkingsovereenkomst getekend op' }) agreementSignedOn!: string | null;
  @Field({ description: 'Eerste twee jaar vo-bekostiging, daarna mbo; overdracht van middelen afgesproken' }) fundingTransferAgreed!: boolean;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

export { MembershipScopeGql };
