import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Actie, ActieagendaService, ActieClosure, ActiesService, CheckInsService, CsvService, ReviewOutcome, RollupService } from '@verbinder/actieagenda/core';
import { CurrentActor, DateScalar, GqlContext, loadFound, withEventDate } from '@verbinder/platform/graphql';
import { PersonModel, referenceResolver, regionsLoaders } from '@verbinder/regions/graphql';
import { Actor, DOMAIN_EVENTS, DomainError, DomainEvents, isMemberOfRegion, isUuid } from '@verbinder/shared/kernel';
import type { ActieagendaLoaders } from './actieagenda.loaders';
import {
  AchtjeSchoolModel,
  ActieagendaChangeModel,
  ActieagendaModel,
  ActieClosureGql,
  ActieFilter,
  ActieHistoryEntryModel,
  ActieInput,
  ActielijnInput,
  ActielijnModel,
  ActieModel,
  ActieStatusGql,
  BijstellingInput,
  BijstellingModel,
  CheckInInput,
  CheckInModel,
  CreateActieagendaInput,
  DecisionModel,
  ImportResultModel,
  ReviewModel,
  ReviewOutcomeGql,
  TrendGql,
} from './actieagenda.models';

const L = (ctx: GqlContext) => ctx.loaders['actieagenda'] as ActieagendaLoaders;
const as = <T>(value: unknown) => value as T;

async function people(ctx: GqlContext, ids: string[]): Promise<PersonModel[]> {
  return as(await loadFound(regionsLoaders(ctx).personById, ids));
}

@Resolver(() => ActieagendaModel)
export class ActieagendaResolver {
  constructor(
    private readonly service: ActieagendaService,
    private readonly csv: CsvService,
  ) {}

  @Query(() => ActieagendaModel, { nullable: true, description: 'De actieagenda van een regio (null als die er nog niet is)' })
  actieagenda(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string) {
    return this.service.agendaForRegion(actor, regionId);
  }

  @Query(() => String, { description: 'De actieagenda als CSV (puntkomma, UTF-8, met kopregel)' })
  exportActieagendaCsv(@CurrentActor() actor: Actor, @Args('agendaId', { type: () => ID }) agendaId: string) {
    return this.csv.export(actor, agendaId);
  }

  @Mutation(() => ActieagendaModel)
  createActieagenda(@CurrentActor() actor: Actor, @Args('input') input: CreateActieagendaInput) {
    return this.service.createAgenda(actor, input);
  }

  @Mutation(() => ActielijnModel, { description: 'Maakt of wijzigt een actielijn (op nummer)' })
  upsertActielijn(@CurrentActor() actor: Actor, @Args('input') input: ActielijnInput) {
    return this.service.upsertLine(actor, input);
  }

  @Mutation(() => ImportResultModel, { description: 'Leest een CSV in: alles of niets; CSV_INVALID met meldingen per rij' })
  importActieagendaCsv(@CurrentActor() actor: Actor, @Args('agendaId', { type: () => ID }) agendaId: string, @Args('csv') csv: string) {
    return this.csv.import(actor, agendaId, csv);
  }

  @ResolveField(() => Int)
  async progress(@Parent() agenda: ActieagendaModel, @Context() ctx: GqlContext) {
    return (await L(ctx).view.load(agenda.id)).figures.agenda.progress;
  }

  @ResolveField(() => ActieStatusGql, { nullable: true })
  async status(@Parent() agenda: ActieagendaModel, @Context() ctx: GqlContext) {
    return (await L(ctx).view.load(agenda.id)).figures.agenda.status;
  }

  @ResolveField(() => Int)
  async overdueCount(@Parent() agenda: ActieagendaModel, @Context() ctx: GqlContext) {
    return (await L(ctx).view.load(agenda.id)).figures.agenda.overdueCount;
  }

  @ResolveField(() => [ActielijnModel])
  async lines(@Parent() agenda: ActieagendaModel, @Context() ctx: GqlContext) {
    return (await L(ctx).view.load(agenda.id)).data.lines;
  }

  @ResolveField(() => Boolean)
  canEdit(@Parent() agenda: ActieagendaModel, @CurrentActor() actor: Actor) {
    return this.service.canEdit(actor, agenda);
  }
}

@Resolver(() => ActielijnModel)
export class ActielijnResolver {
  @ResolveField(() => Boolean, { description: 'Focuslijn in het huidige kalenderjaar' })
  async inFocus(@Parent() line: ActielijnModel, @Context() ctx: GqlContext) {
    const view = await L(ctx).view.load(line.agendaId);
    return line.focusYears.includes(Number(view.today.slice(0, 4)));
  }

  @ResolveField(() => Int)
  async progress(@Parent() line: ActielijnModel, @Context() ctx: GqlContext) {
    return (await L(ctx).view.load(line.agendaId)).figures.lines.get(line.id)?.progress ?? 0;
  }

  @ResolveField(() => ActieStatusGql, { nullable: true })
  async status(@Parent() line: ActielijnModel, @Context() ctx: GqlContext) {
    return (await L(ctx).view.load(line.agendaId)).figures.lines.get(line.id)?.status ?? null;
  }

  @ResolveField(() => TrendGql)
  async trend(@Parent() line: ActielijnModel, @Context() ctx: GqlContext) {
    return (await L(ctx).view.load(line.agendaId)).figures.lines.get(line.id)?.trend ?? 'GELIJK';
  }

  @ResolveField(() => [ActieModel], { description: 'De hoofdacties van deze lijn (sub-acties via Actie.subActies)' })
  async acties(@Parent() line: ActielijnModel, @Context() ctx: GqlContext, @Args('filter', { type: () => ActieFilter, nullable: true }) filter?: ActieFilter) {
    const view = await L(ctx).view.load(line.agendaId);
    return view.data.acties.filter((a) => {
      if (a.actielijnId !== line.id || a.parentId !== null) return false;
      if (filter?.includeClosed === false && a.closure) return false;
      if (filter?.schoolId && a.leadSchoolId !== filter.schoolId && !a.partnerSchoolIds.includes(filter.schoolId)) return false;
      if (filter?.ownerId && !a.ownerIds.includes(filter.ownerId)) return false;
      if (filter?.status && view.figures.acties.get(a.id)?.status !== filter.status) return false;
      return true;
    });
  }
}

@Resolver(() => ActieModel)
export class ActieResolver {
  constructor(
    private readonly service: ActieagendaService,
    private readonly acties: ActiesService,
    private readonly checkInService: CheckInsService,
    private readonly rollup: RollupService,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
  ) {}

  @Query(() => ActieModel)
  async actie(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return (await this.service.getActie(actor, id)).actie;
  }

  @Query(() => [ActieModel], { description: 'Open acties om te bespreken in het overleg op `date` (standaard de eerstvolgende woensdag)' })
  meetingAgenda(@CurrentActor() actor: Actor, @Args('agendaId', { type: () => ID }) agendaId: string, @Args('date', { type: () => DateScalar, nullable: true }) date?: string | null) {
    return this.rollup.meetingAgenda(actor, agendaId, date);
  }

  @Query(() => [AchtjeSchoolModel], { description: 'Het achtje: per school of bestuur, management en professionals betrokken zijn (laatste 60 dagen)' })
  async achtje(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string, @Context() ctx: GqlContext) {
    const schools = await this.rollup.achtje(actor, regionId);
    return Promise.all(
      schools.map(async (s) => ({
        school: s.school,
        layers: await Promise.all(s.layers.map(async (l) => ({ ...l, people: await people(ctx, l.personIds) }))),
      })),
    );
  }

  @Mutation(() => ActieModel)
  createActie(@CurrentActor() actor: Actor, @Args('input') input: ActieInput) {
    return this.acties.createActie(actor, input);
  }

  @Mutation(() => ActieModel)
  updateActie(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: ActieInput) {
    return this.acties.updateActie(actor, id, input);
  }

  @Mutation(() => ActieModel)
  closeActie(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('closure', { type: () => ActieClosureGql }) closure: ActieClosure,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ) {
    return this.acties.closeActie(actor, id, closure, note);
  }

  @Mutation(() => ActieModel)
  reopenActie(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.acties.reopenActie(actor, id);
  }

  @Mutation(() => ActieModel, { description: 'Toon de actie (met samenvatting) op de openbare voortgangspagina, of niet' })
  setActiePublic(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('isPublic') isPublic: boolean,
    @Args('publicSummary', { type: () => String, nullable: true }) publicSummary?: string | null,
  ) {
    return this.acties.setPublic(actor, id, isPublic, publicSummary);
  }

  @Mutation(() => CheckInModel)
  addCheckIn(@CurrentActor() actor: Actor, @Args('input') input: CheckInInput) {
    return this.checkInService.addCheckIn(actor, input);
  }

  @Mutation(() => BijstellingModel)
  addBijstelling(@CurrentActor() actor: Actor, @Args('input') input: BijstellingInput) {
    return this.checkInService.addBijstelling(actor, input);
  }

  @Mutation(() => ReviewModel, { description: 'Vraag: is deze actie nog relevant en haalbaar?' })
  requestReview(@CurrentActor() actor: Actor, @Args('actieId', { type: () => ID }) actieId: string, @Args('question', { type: () => String, nullable: true }) question?: string | null) {
    return this.checkInService.requestReview(actor, actieId, question);
  }

  @Mutation(() => ReviewModel)
  decideReview(
    @CurrentActor() actor: Actor,
    @Args('reviewId', { type: () => ID }) reviewId: string,
    @Args('outcome', { type: () => ReviewOutcomeGql }) outcome: ReviewOutcome,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ) {
    return this.checkInService.decideReview(actor, reviewId, outcome, note);
  }

  @Mutation(() => DecisionModel)
  recordDecision(
    @CurrentActor() actor: Actor,
    @Args('actieId', { type: () => ID }) actieId: string,
    @Args('text') text: string,
    @Args('meetingDate', { type: () => DateScalar, nullable: true }) meetingDate?: string | null,
  ) {
    return this.checkInService.recordDecision(actor, actieId, text, meetingDate);
  }

  @Subscription(() => ActieagendaChangeModel, {
    description: 'Wijzigingen in een actieagenda, live',
    resolve: withEventDate,
  })
  async actieagendaChanged(@CurrentActor() actor: Actor, @Args('agendaId', { type: () => ID }) agendaId: string) {
    if (!isUuid(agendaId)) throw DomainError.notFound('Deze actieagenda');
    const agenda = await this.service.getAgenda(actor, agendaId);
    if (!isMemberOfRegion(actor, agenda.regionId)) throw DomainError.forbidden();
    return this.events.iterate('actieagenda.changed', (e) => e.agendaId === agendaId);
  }

  // ---- fields ----

  private async figures(actie: ActieModel, ctx: GqlContext) {
    const view = await L(ctx).view.load(actie.agendaId);
    return { view, figures: view.figures.acties.get(actie.id) };
  }

  @ResolveField(() => ActielijnModel)
  async actielijn(@Parent() actie: ActieModel, @Context() ctx: GqlContext) {
    return (await L(ctx).view.load(actie.agendaId)).data.lines.find((l) => l.id === actie.actielijnId);
  }

  @ResolveField(() => ActieModel, { nullable: true })
  async parent(@Parent() actie: ActieModel, @Context() ctx: GqlContext) {
    return actie.parentId ? (await L(ctx).view.load(actie.agendaId)).data.acties.find((a) => a.id === actie.parentId) : null;
  }

  @ResolveField(() => [ActieModel])
  async subActies(@Parent() actie: ActieModel, @Context() ctx: GqlContext): Promise<Actie[]> {
    return (await L(ctx).view.load(actie.agendaId)).figures.children.get(actie.id) ?? [];
  }

  @ResolveField(() => ActieStatusGql, { description: 'Afgeleid: de laatst gemelde status; op koers wordt risico als de check-in een hele cadans te laat is' })
  async status(@Parent() actie: ActieModel, @Context() ctx: GqlContext) {
    return (await this.figures(actie, ctx)).figures?.status ?? actie.status;
  }

  @ResolveField(() => Int)
  async progress(@Parent() actie: ActieModel, @Context() ctx: GqlContext) {
    return (await this.figures(actie, ctx)).figures?.progress ?? actie.progress;
  }

  @ResolveField(() => TrendGql)
  async trend(@Parent() actie: ActieModel, @Context() ctx: GqlContext) {
    return (await this.figures(actie, ctx)).figures?.trend ?? 'GELIJK';
  }

  @ResolveField(() => Boolean)
  async overdue(@Parent() actie: ActieModel, @Context() ctx: GqlContext) {
    return (await this.figures(actie, ctx)).figures?.overdue ?? false;
  }

  @ResolveField(() => CheckInModel, { nullable: true })
  async latestCheckIn(@Parent() actie: ActieModel, @Context() ctx: GqlContext) {
    return (await L(ctx).view.load(actie.agendaId)).figures.latestCheckIn.get(actie.id) ?? null;
  }

  @ResolveField(() => [CheckInModel])
  checkIns(@Parent() actie: ActieModel) {
    return this.checkInService.checkIns(actie.id);
  }

  @ResolveField(() => [BijstellingModel])
  bijstellingen(@Parent() actie: ActieModel) {
    return this.checkInService.bijstellingen(actie.id);
  }

  @ResolveField(() => [ReviewModel])
  reviews(@Parent() actie: ActieModel) {
    return this.checkInService.reviews(actie.id);
  }

  @ResolveField(() => [DecisionModel])
  decisions(@Parent() actie: ActieModel) {
    return this.checkInService.decisions(actie.id);
  }

  @ResolveField(() => [ActieHistoryEntryModel])
  async history(@Parent() actie: ActieModel, @Context() ctx: GqlContext) {
    const entries = await this.checkInService.history(as<Actie>(actie));
    const names = await people(ctx, [...new Set(entries.map((e) => e.actorId).filter((id): id is string => id !== null))]);
    return entries.map((e) => ({ kind: e.kind, at: e.at, date: e.date, summary: e.summary, actorName: names.find((p) => p.id === e.actorId)?.name ?? null }));
  }

  @ResolveField(() => Boolean)
  async canEdit(@Parent() actie: ActieModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext) {
    const agenda = await L(ctx).agenda.load(actie.agendaId);
    return agenda ? this.service.canEdit(actor, agenda) : false;
  }

  @ResolveField(() => Boolean)
  async canCheckIn(@Parent() actie: ActieModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext) {
    const agenda = await L(ctx).agenda.load(actie.agendaId);
    return agenda ? this.service.canCheckIn(actor, agenda, as<Actie>(actie)) : false;
  }
}

export const CheckInResolver = referenceResolver(CheckInModel, (ref) => ({ author: ref.person((c) => c.authorId) }));
export const BijstellingResolver = referenceResolver(BijstellingModel, (ref) => ({ author: ref.person((b) => b.authorId) }));
export const DecisionResolver = referenceResolver(DecisionModel, (ref) => ({ author: ref.person((d) => d.authorId) }));
export const ReviewResolver = referenceResolver(ReviewModel, (ref) => ({
  requestedBy: ref.person((r) => r.requestedById),
  decidedBy: ref.person((r) => r.decidedById, { nullable: true }),
}));

export const ActieagendaReferences = referenceResolver(ActieagendaModel, (ref) => ({ region: ref.region((agenda) => agenda.regionId) }));
export const ActieReferences = referenceResolver(ActieModel, (ref) => ({
  leadSchool: ref.school((actie) => actie.leadSchoolId, { nullable: true }),
  partnerSchools: ref.schools((actie) => actie.partnerSchoolIds),
  owners: ref.persons((actie) => actie.ownerIds),
}));
