import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, EntityModel, gqlEnum } from '@verbinder/platform/graphql';
import { WERKGROEP_KINDS, WERKGROEP_LAYERS, WERKGROEP_ROLES, WERKGROEP_VISIBILITIES, WerkgroepKind, WerkgroepLayer, WerkgroepRole, WerkgroepVisibility } from '@verbinder/werkgroepen/core';

export const WerkgroepKindGql = gqlEnum('WerkgroepKind', WERKGROEP_KINDS);
export const WerkgroepVisibilityGql = gqlEnum('WerkgroepVisibility', WERKGROEP_VISIBILITIES, 'MEMBERS: alleen leden zien iets; REGION: alle leden van de regio mogen meelezen');
export const WerkgroepRoleGql = gqlEnum('WerkgroepRole', WERKGROEP_ROLES);
export const WerkgroepLayerGql = gqlEnum('WerkgroepLayer', WERKGROEP_LAYERS);

@ObjectType('WerkgroepActielijn', { description: 'Een gekoppelde actielijn (nummer en titel)' })
export class WerkgroepActielijnModel extends EntityModel {
  @Field(() => Int) number!: number;
  @Field() title!: string;
}

@ObjectType('Werkgroep')
export class WerkgroepModel extends EntityModel {
  @Field(() => ID) regionId!: string;
  @Field(() => WerkgroepKindGql) kind!: WerkgroepKind;
  @Field({ description: 'Het soort in gewone taal, bv. "Interscolaire vakgroep"' }) kindText!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'Sector of vak' }) sector!: string | null;
  @Field(() => WerkgroepVisibilityGql) visibility!: WerkgroepVisibility;
  @Field(() => Int, { nullable: true, description: 'Hoe vaak de groep bijeenkomt, in dagen' }) cadenceDays!: number | null;
  @Field(() => String, { nullable: true }) cadenceNote!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) archivedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@ObjectType('WerkgroepMember')
export class WerkgroepMemberModel {
  @Field(() => ID) werkgroepId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => ID, { nullable: true }) schoolId!: string | null;
  @Field(() => WerkgroepLayerGql) layer!: WerkgroepLayer;
  @Field(() => WerkgroepRoleGql) role!: WerkgroepRole;
  @Field(() => DateTimeScalar) joinedAt!: Date;
}

@ObjectType('WerkgroepPermissions', { description: 'Wat de ingelogde persoon in deze werkgroep mag' })
export class WerkgroepPermissionsModel {
  @Field() isMember!: boolean;
  @Field() canRead!: boolean;
  @Field() canWrite!: boolean;
  @Field() canManage!: boolean;
}

@ObjectType('SchijnsamenwerkingSignal', { description: 'Komt de groep bijeen maar gebeurt er tussendoor weinig?' })
export class SchijnsamenwerkingSignalModel {
  @Field(() => Int) meetings!: number;
  @Field(() => Int) intervals!: number;
  @Field(() => Int) activeIntervals!: number;
  @Field(() => Int) posts!: number;
  @Field(() => Int) documentVersions!: number;
  @Field(() => Int) decisions!: number;
  @Field() flagged!: boolean;
  @Field() summary!: string;
}

@ObjectType('WerkgroepSignal')
export class WerkgroepSignalModel {
  @Field(() => WerkgroepModel) werkgroep!: WerkgroepModel;
  @Field(() => SchijnsamenwerkingSignalModel) signal!: SchijnsamenwerkingSignalModel;
}

@ObjectType('WerkgroepChange')
export class WerkgroepChangeModel {
  @Field(() => ID) werkgroepId!: string;
  @Field({ description: 'group, members, post, reaction, document, folder, draaiboek, curriculum of glossary' }) kind!: string;
  @Field(() => ID, { nullable: true }) entityId!: string | null;
  @Field() action!: string;
  @Field(() => DateTimeScalar) at!: Date;
}

@InputType()
export class WerkgroepInput {
  @Field(() => ID) regionId!: string;
  @Field(() => WerkgroepKindGql) kind!: WerkgroepKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) sector?: string | null;
  @Field(() => WerkgroepVisibilityGql, { nullable: true, description: 'Standaard MEMBERS' }) visibility?: WerkgroepVisibility | null;
  @Field(() => Int, { nullable: true }) cadenceDays?: number | null;
  @Field(() => String, { nullable: true }) cadenceNote?: string | null;
  @Field(() => [ID], { nullable: true }) actielijnIds?: string[] | null;
}

@InputType()
export class WerkgroepMemberInput {
  @Field(() => ID) werkgroepId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => ID, { nullable: true, description: 'Standaard de school uit het lidmaatschap van de regio' }) schoolId?: string | null;
  @Field(() => WerkgroepLayerGql, { nullable: true }) layer?: WerkgroepLayer | null;
  @Field(() => WerkgroepRoleGql, { nullable: true, description: 'Standaard LID' }) role?: WerkgroepRole | null;
}
