import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { ActieagendaService } from '@verbinder/actieagenda/core';
import { CurrentActor, GqlContext, withEventDate } from '@verbinder/platform/graphql';
import { referenceResolver } from '@verbinder/regions/graphql';
import { Actor, DOMAIN_EVENTS, DomainEventMap, DomainEvents, isDomainError } from '@verbinder/shared/kernel';
import { Werkgroep, WerkgroepenService, WerkgroepMember } from '@verbinder/werkgroepen/core';
import type { WerkgroepenLoaders } from './werkgroepen.loaders';
import {
  SchijnsamenwerkingSignalModel,
  WerkgroepActielijnModel,
  WerkgroepChangeModel,
  WerkgroepInput,
  WerkgroepMemberInput,
  WerkgroepMemberModel,
  WerkgroepModel,
  WerkgroepPermissionsModel,
  WerkgroepSignalModel,
} from './werkgroepen.models';

const W = (ctx: GqlContext) => ctx.loaders['werkgroepen'] as WerkgroepenLoaders;
type Change = DomainEventMap['werkgroep.changed'];

@Resolver(() => WerkgroepModel)
export class WerkgroepResolver {
  constructor(
    private readonly service: WerkgroepenService,
    private readonly actieagenda: ActieagendaService,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
  ) {}

  @Query(() => [WerkgroepModel], { description: 'De werkgroepen van een regio die je mag zien (eigen groepen, groepen die de regio mag zien; alle voor verbinders)' })
  werkgroepen(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string) {
    return this.service.list(actor, regionId);
  }

  @Query(() => [WerkgroepModel], { description: 'De werkgroepen waar je lid van bent' })
  mijnWerkgroepen(@CurrentActor() actor: Actor) {
    return this.service.mine(actor);
  }

  @Query(() => WerkgroepModel)
  werkgroep(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => [WerkgroepSignalModel], { description: 'Schijnsamenwerking: per werkgroep van de regio of er tussen de bijeenkomsten iets gebeurt (verbinders)' })
  werkgroepSignals(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string) {
    return this.service.regionSignals(actor, regionId);
  }

  @Mutation(() => WerkgroepModel)
  createWerkgroep(@CurrentActor() actor: Actor, @Args('input') input: WerkgroepInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => WerkgroepModel)
  updateWerkgroep(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: WerkgroepInput) {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => WerkgroepModel, { description: 'Archiveert een werkgroep (alleen-lezen) of haalt haar terug' })
  archiveWerkgroep(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('archived') archived: boolean) {
    return this.service.setArchived(actor, id, archived);
  }

  @Mutation(() => WerkgroepMemberModel, { description: 'Voegt een lid toe of wijzigt school, laag of rol' })
  upsertWerkgroepMember(@CurrentActor() actor: Actor, @Args('input') input: WerkgroepMemberInput) {
    return this.service.upsertMember(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Haalt iemand uit de werkgroep (of jezelf); de toegang stopt meteen' })
  removeWerkgroepMember(@CurrentActor() actor: Actor, @Args('werkgroepId', { type: () => ID }) werkgroepId: string, @Args('personId', { type: () => ID }) personId: string) {
    return this.service.removeMember(actor, werkgroepId, personId);
  }

  @Mutation(() => Boolean, { description: 'Markeert de stroom van de werkgroep als gelezen' })
  markWerkgroepRead(@CurrentActor() actor: Actor, @Args('werkgroepId', { type: () => ID }) werkgroepId: string) {
    return this.service.markRead(actor, werkgroepId);
  }

  @Subscription(() => WerkgroepChangeModel, {
    description: 'Wijzigingen in een werkgroep, live; stopt zodra je geen toegang meer hebt',
    resolve: withEventDate,
  })
  async werkgroepChanged(@CurrentActor() actor: Actor, @Args('werkgroepId', { type: () => ID }) werkgroepId: string) {
    await this.service.readable(actor, werkgroepId);
    return this.whileReadable(
      actor,
      werkgroepId,
      this.events.iterate('werkgroep.changed', (e) => e.werkgroepId === werkgroepId),
    );
  }

  /** Passes events on while the actor may still read the group; a membership change re-checks. */
  private async *whileReadable(actor: Actor, werkgroepId: string, source: AsyncIterableIterator<Change>): AsyncGenerator<Change> {
    try {
      for await (const event of source) {
        if (event.kind === 'members' || event.kind === 'group') {
          const still = await this.service.readable(actor, werkgroepId).then(
            () => true,
            (error: unknown) => (isDomainError(error) ? false : Promise.reject(error)),
          );
          if (!still) return;
        }
        yield event;
      }
    } finally {
      await source.return?.();
    }
  }

  // ---- fields ----

  @ResolveField(() => String)
  kindText(@Parent() w: Werkgroep) {
    return this.service.kindText(w.kind);
  }

  @ResolveField(() => [WerkgroepActielijnModel])
  async actielijnen(@Parent() w: Werkgroep) {
    const lines = await this.actieagenda.linesByIds(w.actielijnIds);
    return lines.sort((a, b) => a.number - b.number).map((l) => ({ id: l.id, number: l.number, title: l.title }));
  }

  @ResolveField(() => [WerkgroepMemberModel], { description: 'De leden (voor wie de groep mag zien)' })
  members(@Parent() w: Werkgroep, @Context() ctx: GqlContext) {
    return W(ctx).members.load(w.id);
  }

  @ResolveField(() => Int)
  async memberCount(@Parent() w: Werkgroep, @Context() ctx: GqlContext) {
    return (await W(ctx).members.load(w.id)).length;
  }

  @ResolveField(() => WerkgroepPermissionsModel)
  async permissions(@Parent() w: Werkgroep, @CurrentActor() actor: Actor) {
    const access = await this.service.access(actor, w.id);
    return { isMember: !!access.member, canRead: access.canRead, canWrite: access.canWrite, canManage: access.canManage };
  }

  @ResolveField(() => Int, { description: 'Ongelezen berichten in de stroom voor jou' })
  async unreadCount(@Parent() w: Werkgroep, @CurrentActor() actor: Actor) {
    return (await this.service.unreadCounts(actor, [w.id]))[0];
  }

  @ResolveField(() => SchijnsamenwerkingSignalModel, { nullable: true, description: 'Voor leden en verbinders; anders leeg' })
  async signal(@Parent() w: Werkgroep, @CurrentActor() actor: Actor) {
    return this.service.signal(actor, w.id).catch((error: unknown) => (isDomainError(error) ? null : Promise.reject(error)));
  }
}

export const WerkgroepReferences = referenceResolver<WerkgroepModel, Werkgroep>(WerkgroepModel, (ref) => ({ region: ref.region((w) => w.regionId) }));

export const WerkgroepMemberResolver = referenceResolver<WerkgroepMemberModel, WerkgroepMember>(WerkgroepMemberModel, (ref) => ({
  person: ref.person((m) => m.personId),
  school: ref.school((m) => m.schoolId, { nullable: true }),
}));
