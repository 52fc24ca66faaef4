import { Injectable } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, DateTimeScalar, GqlContext, groupedLoader, perRequest } from '@verbinder/platform/graphql';
import { PersonModel, referenceResolver, regionsLoaders } from '@verbinder/regions/graphql';
import { Actor, isDomainError } from '@verbinder/shared/kernel';
import { GlossaryMeaning, GlossaryService, GlossaryTerm, StreamService, WerkgroepenService, WerkgroepPostRevision, WerkgroepPostView } from '@verbinder/werkgroepen/core';
import { WerkgroepModel } from './werkgroepen.models';
import {
  GlossaryMeaningInput,
  GlossaryMeaningModel,
  GlossaryTermInput,
  GlossaryTermModel,
  WerkgroepPostInput,
  WerkgroepPostModel,
  WerkgroepPostRevisionModel,
  WerkgroepReactionModel,
} from './stream.models';

/** Per-request loaders of the stream and the glossary, created on first use. */
@Injectable()
export class StreamLoaderFactory {
  constructor(
    private readonly stream: StreamService,
    private readonly glossary: GlossaryService,
    private readonly werkgroepen: WerkgroepenService,
  ) {}

  private create() {
    return {
      revisions: groupedLoader(this.stream.revisionsByPostIds, (r) => r.postId),
      reactions: groupedLoader(this.stream.reactionsByPostIds, (r) => r.postId),
      termsByRegion: groupedLoader(this.glossary.termsByRegionIds, (t) => t.regionId),
      meanings: groupedLoader(this.glossary.meaningsByTermIds, (m) => m.termId),
    };
  }

  of(ctx: GqlContext) {
    return perRequest(ctx, 'werkgroepStream', () => this.create());
  }
}

@Resolver(() => WerkgroepPostModel)
export class WerkgroepPostResolver {
  constructor(
    private readonly stream: StreamService,
    private readonly glossary: GlossaryService,
    private readonly loaders: StreamLoaderFactory,
  ) {}

  @Query(() => [WerkgroepPostModel], { description: 'De stroom van een werkgroep: draden nieuwste eerst, reacties daarbinnen oudste eerst' })
  werkgroepPosts(
    @CurrentActor() actor: Actor,
    @Args('werkgroepId', { type: () => ID }) werkgroepId: string,
    @Args('before', { type: () => DateTimeScalar, nullable: true, description: 'Alleen draden van vóór dit moment (volgende pagina)' }) before?: Date | null,
    @Args('limit', { type: () => Int, nullable: true, description: 'Standaard 30, hoogstens 100' }) limit?: number | null,
  ) {
    return this.stream.list(actor, werkgroepId, before, limit);
  }

  @Mutation(() => WerkgroepPostModel, { description: 'Plaatst een bericht of een reactie; genoemde leden krijgen een melding' })
  createWerkgroepPost(@CurrentActor() actor: Actor, @Args('input') input: WerkgroepPostInput) {
    return this.stream.create(actor, input);
  }

  @Mutation(() => WerkgroepPostModel, { description: 'Bewerkt je eigen bericht; de vorige tekst blijft in de geschiedenis' })
  editWerkgroepPost(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
    @Args('mentionIds', { type: () => [ID], nullable: true }) mentionIds?: string[] | null,
  ) {
    return this.stream.edit(actor, id, body, mentionIds);
  }

  @Mutation(() => WerkgroepPostModel, { description: 'Verwijdert een bericht (schrijver, voorzitter of verbinder); het blijft als "verwijderd" staan' })
  deleteWerkgroepPost(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.stream.delete(actor, id);
  }

  @Mutation(() => WerkgroepPostModel, { description: 'Geeft een reactie (👍 ❤️ 🎉 👀 ✅ 🙏) of neemt haar terug' })
  reactToWerkgroepPost(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('reaction') reaction: string) {
    return this.stream.react(actor, id, reaction);
  }

  @ResolveField(() => [PersonModel])
  async mentions(@Parent() p: WerkgroepPostView, @Context() ctx: GqlContext) {
    const persons = await Promise.all(p.mentionIds.map((id) => regionsLoaders(ctx).personById.load(id)));
    return persons.filter((person) => !!person);
  }

  @ResolveField(() => Boolean)
  deleted(@Parent() p: WerkgroepPostView) {
    return p.deletedAt !== null;
  }

  @ResolveField(() => [WerkgroepReactionModel])
  async reactions(@Parent() p: WerkgroepPostView, @CurrentActor() actor: Actor, @Context() ctx: GqlContext) {
    const rows = await this.loaders.of(ctx).reactions.load(p.id);
    const byReaction = new Map<string, WerkgroepReactionModel>();
    for (const r of rows) {
      const entry = byReaction.get(r.reaction) ?? { reaction: r.reaction, count: 0, mine: false };
      entry.count++;
      if (r.personId === actor.personId) entry.mine = true;
      byReaction.set(r.reaction, entry);
    }
    return [...byReaction.values()];
  }

  @ResolveField(() => [WerkgroepPostRevisionModel], { description: 'De eerdere teksten, oudste eerst' })
  revisions(@Parent() p: WerkgroepPostView, @Context() ctx: GqlContext) {
    return this.loaders.of(ctx).revisions.load(p.id);
  }

  @ResolveField(() => [GlossaryTermModel], { description: 'Begrippen uit de taalbrug van de regio die in de tekst staan' })
  async glossaryTerms(@Parent() p: WerkgroepPostView, @Context() ctx: GqlContext) {
    if (!p.body) return [];
    return this.glossary.termsIn(p.body, await this.loaders.of(ctx).termsByRegion.load(p.regionId));
  }
}

export const WerkgroepPostReferences = referenceResolver<WerkgroepPostModel, WerkgroepPostView>(WerkgroepPostModel, (ref) => ({ author: ref.person((p) => p.authorId, { nullable: true }) }));

export const WerkgroepPostRevisionResolver = referenceResolver<WerkgroepPostRevisionModel, WerkgroepPostRevision>(WerkgroepPostRevisionModel, (ref) => ({
  replacedBy: ref.person((r) => r.replacedById, { nullable: true }),
}));

@Resolver(() => GlossaryTermModel)
export class GlossaryTermResolver {
  constructor(
    private readonly service: GlossaryService,
    private readonly werkgroepen: WerkgroepenService,
    private readonly loaders: StreamLoaderFactory,
  ) {}

  @Query(() => [GlossaryTermModel], { description: 'De taalbrug van een regio; zoeken met Nederlandse woordstammen (leeg: alles, op alfabet)' })
  glossary(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string, @Args('search', { nullable: true, type: () => String }) search?: string | null) {
    return this.service.list(actor, regionId, search);
  }

  @Query(() => GlossaryTermModel)
  glossaryTerm(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => GlossaryTermModel, { description: 'Voegt een begrip toe of wijzigt het (uniek per regio)' })
  saveGlossaryTerm(@CurrentActor() actor: Actor, @Args('input') input: GlossaryTermInput) {
    return this.service.save(actor, input);
  }

  @Mutation(() => GlossaryTermModel, { description: 'Voegt de betekenis op een school of in een sector toe' })
  addGlossaryMeaning(@CurrentActor() actor: Actor, @Args('input') input: GlossaryMeaningInput) {
    return this.service.addMeaning(actor, input);
  }

  @Mutation(() => GlossaryTermModel)
  deleteGlossaryMeaning(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteMeaning(actor, id);
  }

  @Mutation(() => Boolean, { description: 'Verwijdert een begrip (verbinders en beheerders van de regio, of wie het toevoegde)' })
  deleteGlossaryTerm(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteTerm(actor, id);
  }

  @ResolveField(() => WerkgroepModel, { nullable: true, description: 'De werkgroep waar het begrip vandaan komt (als je die mag zien)' })
  async werkgroep(@Parent() t: GlossaryTerm, @CurrentActor() actor: Actor) {
    if (!t.werkgroepId) return null;
    return this.werkgroepen.get(actor, t.werkgroepId).catch((error: unknown) => (isDomainError(error) ? null : Promise.reject(error)));
  }

  @ResolveField(() => [GlossaryMeaningModel])
  meanings(@Parent() t: GlossaryTerm, @Context() ctx: GqlContext) {
    return this.loaders.of(ctx).meanings.load(t.id);
  }

  @ResolveField(() => Boolean, { description: 'Mag jij dit begrip verwijderen?' })
  canDelete(@Parent() t: GlossaryTerm, @CurrentActor() actor: Actor) {
    return this.service.canDelete(actor, t);
  }
}

export const GlossaryMeaningResolver = referenceResolver<GlossaryMeaningModel, GlossaryMeaning>(GlossaryMeaningModel, (ref) => ({ school: ref.school((m) => m.schoolId, { nullable: true }) }));
