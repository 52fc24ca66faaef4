import { Inject } from '@nestjs/common';
import { Args, Context, Field, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentActor, DateTimeScalar, GqlContext, loadFound, regionEvents, withEventDate } from '@verbinder/platform/graphql';
import { LeerlabsService, LeerroutesService, MembershipsService, PeopleService, RegionInvitation, RegionsService, SchoolsService } from '@verbinder/regions/core';
import { Actor, DOMAIN_EVENTS, DomainEvents, isMemberOfRegion } from '@verbinder/shared/kernel';
import {
  AddMembershipInput,
  CreateLeerlabInput,
  CreatePersonInput,
  CreateRegionInput,
  CreateSchoolInput,
  InviteToRegionInput,
  LeerrouteInput,
  UpdateLeerlabInput,
  UpdatePersonInput,
  UpdateRegionInput,
  UpdateSchoolInput,
} from './dto/regions.inputs';
import { MembershipScopeGql } from './models/enums';
import { LeerlabModel, LeerrouteModel, MembershipModel, PersonModel, RegionCountsModel, RegionInvitationModel, RegionModel, SchoolModel } from './models/region.models';
import { regionsLoaders } from './regions.loaders';
import { referenceResolver } from './references';

// Domain objects carry the same field names and enum values as the models.
const as = <T>(value: unknown) => value as T;

@Resolver(() => RegionModel)
export class RegionResolver {
  constructor(private readonly service: RegionsService) {}

  @Query(() => [RegionModel], { description: 'De regio’s waar je lid van bent (alle voor een platformbeheerder)' })
  async regions(@CurrentActor() actor: Actor): Promise<RegionModel[]> {
    return this.service.regionsFor(actor);
  }

  @Query(() => RegionModel, { description: 'Eén regio, op id of slug (voor haar leden en platformbeheerders)' })
  region(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, nullable: true }) id?: string, @Args('slug', { type: () => String, nullable: true }) slug?: string): Promise<RegionModel> {
    return this.service.regionFor(actor, { id, slug });
  }

  @Mutation(() => RegionModel)
  createRegion(@CurrentActor() actor: Actor, @Args('input') input: CreateRegionInput): Promise<RegionModel> {
    return this.service.createRegion(actor, input);
  }

  @Mutation(() => RegionModel)
  updateRegion(@CurrentActor() actor: Actor, @Args('input') input: UpdateRegionInput): Promise<RegionModel> {
    return this.service.updateRegion(actor, input);
  }

  // A region's contents: for its members and platform beheerders, however the region was reached
  // (an invitation or a membership shows its bare facts to others).

  @ResolveField(() => [SchoolModel])
  async schools(@Parent() region: RegionModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<SchoolModel[]> {
    this.service.assertMayReadRegion(actor, region.id);
    return as(await regionsLoaders(ctx).schoolsByRegionId.load(region.id));
  }

  @ResolveField(() => [LeerlabModel])
  leerlabs(@Parent() region: RegionModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<LeerlabModel[]> {
    this.service.assertMayReadRegion(actor, region.id);
    return regionsLoaders(ctx).leerlabsByRegionId.load(region.id);
  }

  @ResolveField(() => [LeerrouteModel])
  async leerroutes(@Parent() region: RegionModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<LeerrouteModel[]> {
    this.service.assertMayReadRegion(actor, region.id);
    return as(await regionsLoaders(ctx).leerroutesByRegionId.load(region.id));
  }

  @ResolveField(() => [MembershipModel])
  async memberships(@Parent() region: RegionModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<MembershipModel[]> {
    this.service.assertMayReadRegion(actor, region.id);
    return as(await regionsLoaders(ctx).membershipsByRegionId.load(region.id));
  }

  @ResolveField(() => RegionCountsModel)
  counts(@Parent() region: RegionModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<RegionCountsModel> {
    this.service.assertMayReadRegion(actor, region.id);
    return regionsLoaders(ctx).countsByRegionId.load(region.id);
  }

  @ResolveField(() => Boolean, { description: 'Mag de ingelogde persoon scholen, leerlabs, mensen en leerroutes in deze regio beheren?' })
  canManage(@Parent() region: RegionModel, @CurrentActor() actor: Actor): boolean {
    return this.service.canManageRegion(actor, region.id);
  }
}

@Resolver(() => SchoolModel)
export class SchoolResolver {
  constructor(
    private readonly regions: RegionsService,
    private readonly schools: SchoolsService,
  ) {}

  @Query(() => SchoolModel)
  async school(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<SchoolModel> {
    return as(await this.regions.schoolFor(actor, id));
  }

  @Mutation(() => SchoolModel)
  async createSchool(@CurrentActor() actor: Actor, @Args('input') input: CreateSchoolInput): Promise<SchoolModel> {
    return as(await this.schools.createSchool(actor, input));
  }

  @Mutation(() => SchoolModel)
  async updateSchool(@CurrentActor() actor: Actor, @Args('input') input: UpdateSchoolInput): Promise<SchoolModel> {
    return as(await this.schools.updateSchool(actor, input));
  }

  @ResolveField(() => [MembershipModel])
  async memberships(@Parent() school: SchoolModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<MembershipModel[]> {
    this.regions.assertMayReadRegion(actor, school.regionId);
    return as(await regionsLoaders(ctx).membershipsBySchoolId.load(school.id));
  }
}

@Resolver(() => LeerlabModel)
export class LeerlabResolver {
  constructor(
    private readonly regions: RegionsService,
    private readonly leerlabs: LeerlabsService,
  ) {}

  @Query(() => LeerlabModel)
  leerlab(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<LeerlabModel> {
    return this.regions.leerlabFor(actor, id);
  }

  @Mutation(() => LeerlabModel)
  createLeerlab(@CurrentActor() actor: Actor, @Args('input') input: CreateLeerlabInput): Promise<LeerlabModel> {
    return this.leerlabs.createLeerlab(actor, input);
  }

  @Mutation(() => LeerlabModel)
  updateLeerlab(@CurrentActor() actor: Actor, @Args('input') input: UpdateLeerlabInput): Promise<LeerlabModel> {
    return this.leerlabs.updateLeerlab(actor, input);
  }

  @ResolveField(() => [SchoolModel])
  async schools(@Parent() leerlab: LeerlabModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<SchoolModel[]> {
    this.regions.assertMayReadRegion(actor, leerlab.regionId);
    return as(await loadFound(regionsLoaders(ctx).schoolById, leerlab.schoolIds));
  }
}

@Resolver(() => PersonModel)
export class PersonResolver {
  constructor(
    private readonly regions: RegionsService,
    private readonly peopleService: PeopleService,
    private readonly membershipsService: MembershipsService,
  ) {}

  @Query(() => [PersonModel], { description: 'Mensen, optioneel binnen één regio en gefilterd op naam, e-mail of functie' })
  async people(
    @CurrentActor() actor: Actor,
    @Args('regionId', { type: () => ID, nullable: true }) regionId?: string,
    @Args('search', { type: () => String, nullable: true }) search?: string,
  ): Promise<PersonModel[]> {
    return as(await this.regions.searchPeople(actor, { regionId, search }));
  }

  @Query(() => PersonModel)
  async person(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<PersonModel> {
    return as(await this.regions.personFor(actor, id));
  }

  @Mutation(() => PersonModel)
  async createPerson(@CurrentActor() actor: Actor, @Args('input') input: CreatePersonInput): Promise<PersonModel> {
    return as(await this.peopleService.createPerson(actor, input));
  }

  @Mutation(() => PersonModel)
  async updatePerson(@CurrentActor() actor: Actor, @Args('input') input: UpdatePersonInput): Promise<PersonModel> {
    return as(await this.peopleService.updatePerson(actor, input));
  }

  @Mutation(() => MembershipModel)
  async addMembership(@CurrentActor() actor: Actor, @Args('input') input: AddMembershipInput): Promise<MembershipModel> {
    return as(await this.membershipsService.addMembership(actor, input));
  }

  @Mutation(() => Boolean)
  removeMembership(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.membershipsService.removeMembership(actor, id);
  }

  @ResolveField(() => [MembershipModel], { description: 'Alleen de lidmaatschappen in regio’s waar je zelf lid van bent (alle voor de persoon zelf en platformbeheerders)' })
  async memberships(@Parent() person: PersonModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<MembershipModel[]> {
    return as(this.regions.visibleMemberships(actor, person.id, await regionsLoaders(ctx).membershipsByPersonId.load(person.id)));
  }

  @ResolveField(() => String, { nullable: true, description: 'Alleen voor de persoon zelf, platformbeheerders en wie een regio met de persoon deelt' })
  async email(@Parent() person: PersonModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<string | null> {
    const memberships = await regionsLoaders(ctx).membershipsByPersonId.load(person.id);
    return (await this.regions.mayViewContactOf(actor, person.id, memberships)) ? person.email : null;
  }

  @Mutation(() => RegionInvitationModel, { description: 'Nodig iemand uit voor je regio of een school ervan; lid wordt de persoon pas na accepteren' })
  async inviteToRegion(@CurrentActor() actor: Actor, @Args('input') input: InviteToRegionInput): Promise<RegionInvitationModel> {
    return invitationModel(await this.membershipsService.inviteToRegion(actor, input));
  }

  @Query(() => [RegionInvitationModel], { description: 'Mijn openstaande uitnodigingen' })
  async myInvitations(@CurrentActor() actor: Actor): Promise<RegionInvitationModel[]> {
    return (await this.membershipsService.myInvitations(actor)).map(invitationModel);
  }

  @Query(() => [RegionInvitationModel], { description: 'De openstaande uitnodigingen van een regio (voor haar beheerders en verbinders)' })
  async regionInvitations(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string): Promise<RegionInvitationModel[]> {
    return (await this.membershipsService.regionInvitations(actor, regionId)).map(invitationModel);
  }

  @Mutation(() => MembershipModel, { description: 'Accepteer een uitnodiging: pas dan ben je lid' })
  async acceptInvitation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<MembershipModel> {
    return as(await this.membershipsService.acceptInvitation(actor, id));
  }

  @Mutation(() => RegionInvitationModel, { description: 'Weiger een uitnodiging' })
  async declineInvitation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<RegionInvitationModel> {
    return invitationModel(await this.membershipsService.declineInvitation(actor, id));
  }
}

/** An invitation by id carries no address (the inviter may not know it): null rather than an empty text. */
const invitationModel = (invitation: RegionInvitation): RegionInvitationModel => as({ ...invitation, email: invitation.email || null });

@Resolver(() => RegionInvitationModel)
export class RegionInvitationResolver {
  @ResolveField(() => String, { nullable: true, description: 'Wie de uitnodiging stuurde' })
  async invitedByName(@Parent() invitation: RegionInvitationModel, @Context() ctx: GqlContext): Promise<string | null> {
    return invitation.invitedById ? ((await regionsLoaders(ctx).personById.load(invitation.invitedById))?.name ?? null) : null;
  }
}

@Resolver(() => MembershipModel)
export class MembershipResolver {
  @ResolveField(() => MembershipScopeGql)
  scope(@Parent() m: MembershipModel): MembershipScopeGql {
    return m.schoolId ? MembershipScopeGql.SCHOOL : MembershipScopeGql.REGION;
  }
}

@Resolver(() => LeerrouteModel)
export class LeerrouteResolver {
  constructor(
    private readonly regions: RegionsService,
    private readonly leerroutes: LeerroutesService,
  ) {}

  @Query(() => LeerrouteModel)
  async leerroute(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<LeerrouteModel> {
    return as(await this.regions.leerrouteFor(actor, id));
  }

  @Mutation(() => LeerrouteModel)
  async createLeerroute(@CurrentActor() actor: Actor, @Args('input') input: LeerrouteInput): Promise<LeerrouteModel> {
    return as(await this.leerroutes.createLeerroute(actor, as(input)));
  }

  @Mutation(() => LeerrouteModel)
  async updateLeerroute(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: LeerrouteInput): Promise<LeerrouteModel> {
    return as(await this.leerroutes.updateLeerroute(actor, id, as(input)));
  }

  @Mutation(() => Boolean)
  deleteLeerroute(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.leerroutes.deleteLeerroute(actor, id);
  }
}

export const SchoolReferences = referenceResolver(SchoolModel, (ref) => ({ region: ref.region((school) => school.regionId) }));
export const LeerlabReferences = referenceResolver(LeerlabModel, (ref) => ({ region: ref.region((leerlab) => leerlab.regionId) }));
export const RegionInvitationReferences = referenceResolver(RegionInvitationModel, (ref) => ({
  region: ref.region((invitation) => invitation.regionId),
  school: ref.school((invitation) => invitation.schoolId ?? null, { nullable: true }),
}));
export const MembershipReferences = referenceResolver(MembershipModel, (ref) => ({
  person: ref.person((m) => m.personId),
  region: ref.region((m) => m.regionId),
  school: ref.school((m) => m.schoolId ?? null, { nullable: true }),
}));
export const LeerrouteReferences = referenceResolver(LeerrouteModel, (ref) => ({
  region: ref.region((route) => route.regionId),
  leerlab: ref.leerlab((route) => route.leerlabId ?? null, { nullable: true }),
  voSchool: ref.school((route) => route.voSchoolId ?? null, { nullable: true }),
  mboSchool: ref.school((route) => route.mboSchoolId ?? null, { nullable: true }),
}));

@ObjectType('RegionActivity')
export class RegionActivityModel {
  @Field(() => ID) regionId!: string;
  @Field() entity!: string;
  @Field(() => ID) entityId!: string;
  @Field() action!: string;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => DateTimeScalar) at!: Date;
}

@Resolver(() => RegionActivityModel)
export class RegionActivityResolver {
  constructor(@Inject(DOMAIN_EVENTS) private readonly events: DomainEvents) {}

  @Subscription(() => RegionActivityModel, {
    description: 'Wijzigingen in een regio (scholen, leerlabs, mensen, leerroutes), live',
    resolve: withEventDate,
  })
  regionActivity(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string) {
    return regionEvents(this.events, 'region.activity', regionId, (id) => isMemberOfRegion(actor, id), 'Je bent geen lid van deze regio.');
  }
}
