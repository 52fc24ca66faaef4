import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, GqlContext, perRequest } from '@verbinder/platform/graphql';
import { referenceResolver } from '@verbinder/regions/graphql';
import { Actor } from '@verbinder/shared/kernel';
import { ConsentStatus, TeamsLink, TeamsMirrorService } from '@verbinder/teams-mirror/core';
import {
  ConsentStatusGql,
  DocumentMirrorEventModel,
  DocumentMirrorModel,
  TeamsLinkInput,
  TeamsLinkModel,
  TeamsMirrorCountsModel,
  TeamsMirrorInfoModel,
  TeamsTenantInput,
  TeamsTenantModel,
} from './teams-mirror.models';

/** Per request: the counts per link of a group, loaded once. */
function linkCounts(ctx: GqlContext, service: TeamsMirrorService, actor: Actor, werkgroepId: string) {
  return perRequest(ctx, `teamsMirrorCounts:${werkgroepId}`, () => service.linkCounts(actor, werkgroepId));
}

@Resolver(() => TeamsTenantModel)
export class TeamsTenantResolver {
  constructor(private readonly mirror: TeamsMirrorService) {}

  @Query(() => [TeamsTenantModel], { description: 'De Microsoft 365-tenants van de scholen in een regio (beheerders)' })
  teamsTenants(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string) {
    return this.mirror.tenants(actor, regionId);
  }

  @Mutation(() => TeamsTenantModel, { description: 'Registreert de Microsoft 365-tenant van een school (beheerders van de regio)' })
  registerTeamsTenant(@CurrentActor() actor: Actor, @Args('input') input: TeamsTenantInput) {
    return this.mirror.registerTenant(actor, input);
  }

  @Mutation(() => TeamsTenantModel, { description: 'Legt de toestemmingsstatus van een tenant vast; weer verleend: mislukte spiegelingen worden opnieuw geprobeerd' })
  setTeamsTenantConsent(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('consent', { type: () => ConsentStatusGql }) consent: ConsentStatus,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ) {
    return this.mirror.setConsent(actor, id, consent as ConsentStatus, note ?? null);
  }
}

@Resolver(() => TeamsLinkModel)
export class TeamsLinkResolver {
  constructor(private readonly mirror: TeamsMirrorService) {}

  @Query(() => TeamsMirrorInfoModel, { description: 'De Teams-koppelingen van een werkgroep, en of de spiegeling op deze server is ingesteld' })
  teamsMirror(@CurrentActor() actor: Actor, @Args('werkgroepId', { type: () => ID }) werkgroepId: string) {
    return this.mirror.overview(actor, werkgroepId);
  }

  @Mutation(() => TeamsLinkModel, { description: 'Koppelt een werkgroep aan een Teams-kanaal (beheerders van de regio); bestaande documenten worden ook gespiegeld' })
  linkTeamsChannel(@CurrentActor() actor: Actor, @Args('input') input: TeamsLinkInput) {
    return this.mirror.link(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Heft een koppeling op; de bestanden in Teams blijven staan' })
  unlinkTeamsChannel(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.mirror.unlink(actor, id);
  }

  @ResolveField(() => TeamsTenantModel)
  async tenant(@Parent() link: TeamsLink) {
    const [tenant] = await this.mirror.tenantsByIds([link.tenantRef]);
    return tenant;
  }

  @ResolveField(() => String, { nullable: true })
  announcementWebhookUrl(@Parent() link: TeamsLink, @CurrentActor() actor: Actor) {
    return this.mirror.isBeheerder(actor, link.regionId) ? link.announcementWebhookUrl : null;
  }

  @ResolveField(() => TeamsMirrorCountsModel)
  async counts(@Parent() link: TeamsLink, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<TeamsMirrorCountsModel> {
    const c = (await linkCounts(ctx, this.mirror, actor, link.werkgroepId)).get(link.id);
    return { mirrored: c?.MIRRORED ?? 0, pending: c?.PENDING ?? 0, waiting: c?.WAITING ?? 0, retrying: c?.RETRYING ?? 0, failed: c?.FAILED ?? 0, drift: c?.DRIFT ?? 0 };
  }

  @ResolveField(() => String, { nullable: true, description: 'Waarom deze koppeling als geheel wacht (bijvoorbeeld: geen toegang tot de site van het team); leeg als ze niet wacht' })
  async waitingReason(@Parent() link: TeamsLink, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<string | null> {
    return (await linkCounts(ctx, this.mirror, actor, link.werkgroepId)).get(link.id)?.waitingReason ?? null;
  }
}

@Resolver(() => DocumentMirrorModel)
export class DocumentMirrorResolver {
  constructor(private readonly mirror: TeamsMirrorService) {}

  @Query(() => [DocumentMirrorModel], { description: 'De spiegelstatus van elk document van een werkgroep per gekoppeld kanaal (voor wie de werkgroep mag lezen)' })
  documentMirrors(@CurrentActor() actor: Actor, @Args('werkgroepId', { type: () => ID }) werkgroepId: string) {
    return this.mirror.groupStatus(actor, werkgroepId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Waarom het document nog niet in Teams staat (in de wacht, opnieuw gepland), of leeg' })
  waitingReason(@Parent() item: DocumentMirrorModel): string | null {
    return this.mirror.waitingReason(item);
  }

  @Query(() => [DocumentMirrorEventModel], { description: 'De spiegelgeschiedenis van een document, nieuwste eerst' })
  documentMirrorHistory(@CurrentActor() actor: Actor, @Args('documentId', { type: () => ID }) documentId: string) {
    return this.mirror.history(actor, documentId);
  }

  @Mutation(() => DocumentMirrorModel, { description: 'Probeert een wachtende, opnieuw geplande of mislukte spiegeling nu opnieuw' })
  async retryDocumentMirror(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.mirror.retry(actor, id);
  }
}

export const TeamsLinkReferences = referenceResolver<TeamsLinkModel, TeamsLink>(TeamsLinkModel, (ref) => ({ createdBy: ref.person((link) => link.createdById, { nullable: true }) }));

export const TEAMS_MIRROR_RESOLVERS = [TeamsTenantResolver, TeamsLinkResolver, TeamsLinkReferences, DocumentMirrorResolver];
