import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import {
  ActivitiesService,
  Activity,
  CalendarFeedsService,
  FeedScope,
  MeetingsService,
  OccurrenceScope,
  PublicRegistrationService,
  RegistrationsService,
  SeriesService,
  WaitlistService,
} from '@verbinder/meetups/core';
import { CurrentActor, GqlContext, PublicOperation, regionEvents, withEventDate } from '@verbinder/platform/graphql';
import { referenceResolver } from '@verbinder/regions/graphql';
import { Actor, DOMAIN_EVENTS, DomainError, DomainEvents, isMemberOfRegion } from '@verbinder/shared/kernel';
import type { MeetupsLoaders } from './meetups.loaders';
import {
  ActivityChangeModel,
  ActivityInput,
  ActivityModel,
  ActivitySeriesModel,
  AgendaItemModel,
  CalendarFeedModel,
  CreatedCalendarFeedModel,
  FeedScopeGql,
  MeetingDecisionModel,
  MyRegistrationModel,
  OccurrenceChangeInput,
  OccurrenceScopeGql,
  PublicRegistrationResultModel,
  RegionHolidayInput,
  RegionHolidayModel,
  RegistrationModel,
  RegistrationOutcomeModel,
  SeriesInput,
} from './meetups.models';

const L = (ctx: GqlContext) => ctx.loaders['meetups'] as MeetupsLoaders;

const PUBLIC_ANSWER = 'Dank je wel. Als de aanmelding kan, krijg je een e-mail met een link om haar te bevestigen. Kijk ook in je map met ongewenste e-mail.';

@Resolver(() => ActivityModel)
export class ActivityResolver {
  constructor(
    private readonly service: ActivitiesService,
    private readonly registrationService: RegistrationsService,
    private readonly waitlist: WaitlistService,
    private readonly publicRegistration: PublicRegistrationService,
    private readonly seriesService: SeriesService,
    private readonly meetings: MeetingsService,
    private readonly feeds: CalendarFeedsService,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
  ) {}

  @Query(() => [ActivityModel], { description: 'Activiteiten van een regio, op begintijd (standaard vanaf gisteren)' })
  activities(
    @CurrentActor() actor: Actor,
    @Args('regionId', { type: () => ID }) regionId: string,
    @Args('from', { type: () => String, nullable: true }) from?: string | null,
    @Args('to', { type: () => String, nullable: true }) to?: string | null,
  ) {
    return this.service.listActivities(actor, regionId, from, to);
  }

  @Query(() => ActivityModel)
  activity(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.getActivity(actor, id);
  }

  @Mutation(() => ActivityModel)
  createActivity(@CurrentActor() actor: Actor, @Args('input') input: ActivityInput) {
    return this.service.createActivity(actor, input);
  }

  @Mutation(() => ActivityModel, { description: 'Wijzigt een activiteit; bij een reeks wordt alleen deze losgekoppeld (zie updateSeriesOccurrence)' })
  updateActivity(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: ActivityInput) {
    return this.service.updateActivity(actor, id, input);
  }

  @Mutation(() => RegistrationModel, { description: 'Aanmelden: een plaats als die er is, anders de wachtlijst' })
  registerForActivity(@CurrentActor() actor: Actor, @Args('activityId', { type: () => ID }) activityId: string) {
    return this.registrationService.register(actor, activityId);
  }

  @Mutation(() => RegistrationModel, { description: 'Afmelden; een vrijgekomen plaats gaat naar de volgende op de wachtlijst' })
  cancelRegistration(@CurrentActor() actor: Actor, @Args('activityId', { type: () => ID }) activityId: string) {
    return this.registrationService.cancel(actor, activityId);
  }

  @Mutation(() => RegistrationModel, { description: 'Neem de plaats aan die je van de wachtlijst is aangeboden' })
  claimOfferedPlace(@CurrentActor() actor: Actor, @Args('activityId', { type: () => ID }) activityId: string) {
    return this.registrationService.claimOffered(actor, activityId);
  }

  @PublicOperation()
  @Mutation(() => RegistrationOutcomeModel, { description: 'Claimt een aangeboden plaats met de link uit de e-mail' })
  async claimWaitlistPlace(@Args('token') token: string) {
    const { registration, activity } = await this.waitlist.claim(token);
    return { status: registration.status, activityTitle: activity.title, startsAt: activity.startsAt };
  }

  @Mutation(() => RegistrationModel)
  markAttendance(@CurrentActor() actor: Actor, @Args('registrationId', { type: () => ID }) registrationId: string, @Args('attended') attended: boolean) {
    return this.registrationService.markAttendance(actor, registrationId, attended);
  }

  @PublicOperation()
  @Mutation(() => PublicRegistrationResultModel, { description: 'Aanmelden zonder account voor een openbare activiteit; het antwoord is altijd hetzelfde' })
  async registerForPublicActivity(@Args('activityId', { type: () => ID }) activityId: string, @Args('name') name: string, @Args('email') email: string, @Context() ctx: GqlContext) {
    await this.publicRegistration.registerPublic(activityId, name, email, ctx.clientKey);
    return { message: PUBLIC_ANSWER };
  }

  @PublicOperation()
  @Mutation(() => RegistrationOutcomeModel, { description: 'Bevestigt een aanmelding zonder account met de link uit de e-mail' })
  async confirmPublicRegistration(@Args('token') token: string) {
    const { registration, activity } = await this.publicRegistration.confirmPublic(token);
    return { status: registration.status, activityTitle: activity.title, startsAt: activity.startsAt };
  }

  @Mutation(() => ActivitySeriesModel, { description: 'Een wekelijkse reeks met wisselende gastschool; de activiteiten worden meteen aangemaakt' })
  createActivitySeries(@CurrentActor() actor: Actor, @Args('input') input: SeriesInput) {
    return this.seriesService.createSeries(actor, input);
  }

  @Mutation(() => [ActivityModel], { description: 'Wijzigt één activiteit van een reeks (THIS) of deze en alle volgende (FOLLOWING); skip slaat deze week over' })
  updateSeriesOccurrence(
    @CurrentActor() actor: Actor,
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('scope', { type: () => OccurrenceScopeGql }) scope: OccurrenceScope,
    @Args('input') input: OccurrenceChangeInput,
  ) {
    return this.seriesService.updateOccurrence(actor, activityId, scope as OccurrenceScope, input);
  }

  @Query(() => [RegionHolidayModel])
  regionHolidays(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string) {
    return this.seriesService.holidays(actor, regionId);
  }

  @Mutation(() => RegionHolidayModel, { description: 'Een schoolvakantie: activiteiten van reeksen in die periode vervallen' })
  addRegionHoliday(@CurrentActor() actor: Actor, @Args('input') input: RegionHolidayInput) {
    return this.seriesService.addHoliday(actor, input);
  }

  @Mutation(() => AgendaItemModel)
  addAgendaItem(
    @CurrentActor() actor: Actor,
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('title') title: string,
    @Args('actieId', { type: () => ID, nullable: true }) actieId?: string | null,
    @Args('notes', { type: () => String, nullable: true }) notes?: string | null,
  ) {
    return this.meetings.addAgendaItem(actor, activityId, title, actieId, notes);
  }

  @Mutation(() => ActivityModel)
  setMeetingMinutes(@CurrentActor() actor: Actor, @Args('activityId', { type: () => ID }) activityId: string, @Args('minutes', { type: () => String, nullable: true }) minutes: string | null) {
    return this.meetings.setMinutes(actor, activityId, minutes);
  }

  @Mutation(() => MeetingDecisionModel, { description: 'Een besluit uit de notulen; het verschijnt in de geschiedenis van de actie' })
  recordMeetingDecision(@CurrentActor() actor: Actor, @Args('activityId', { type: () => ID }) activityId: string, @Args('actieId', { type: () => ID }) actieId: string, @Args('text') text: string) {
    return this.meetings.recordDecision(actor, activityId, actieId, text);
  }

  @Query(() => [CalendarFeedModel], { description: 'Je eigen agendakoppelingen (de URL is alleen bij het maken te zien)' })
  myCalendarFeeds(@CurrentActor() actor: Actor) {
    return this.feeds.feeds(actor);
  }

  @Mutation(() => CreatedCalendarFeedModel)
  createCalendarFeed(
    @CurrentActor() actor: Actor,
    @Args('scope', { type: () => FeedScopeGql }) scope: FeedScope,
    @Args('regionId', { type: () => ID, nullable: true }) regionId?: string | null,
    @Args('werkgroepId', { type: () => ID, nullable: true }) werkgroepId?: string | null,
  ) {
    return this.feeds.createFeed(actor, scope, regionId, werkgroepId);
  }

  @Mutation(() => CalendarFeedModel)
  revokeCalendarFeed(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.feeds.revokeFeed(actor, id);
  }

  @Subscription(() => ActivityChangeModel, {
    description: 'Wijzigingen in de activiteiten van een regio (plaatsen over), live',
    resolve: withEventDate,
  })
  activityChanged(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string) {
    return regionEvents(this.events, 'meetups.changed', regionId, (id) => isMemberOfRegion(actor, id));
  }

  // ---- fields ----

  @ResolveField(() => ActivitySeriesModel, { nullable: true })
  series(@Parent() a: ActivityModel, @Context() ctx: GqlContext) {
    return a.seriesId ? L(ctx).series.load(a.seriesId) : null;
  }

  @ResolveField(() => Int)
  async confirmedCount(@Parent() a: ActivityModel, @Context() ctx: GqlContext) {
    return (await L(ctx).counts.load(a.id)).confirmed;
  }

  @ResolveField(() => Int)
  async waitlistCount(@Parent() a: ActivityModel, @Context() ctx: GqlContext) {
    return (await L(ctx).counts.load(a.id)).waitlisted;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Vrije plaatsen (aangeboden plaatsen tellen als bezet); null = onbeperkt' })
  async placesLeft(@Parent() a: ActivityModel, @Context() ctx: GqlContext) {
    return this.service.placesLeft(a, await L(ctx).counts.load(a.id));
  }

  @ResolveField(() => Boolean)
  registrationOpen(@Parent() a: ActivityModel) {
    return this.registrationService.registrationProblem(a as unknown as Activity) === null;
  }

  @ResolveField(() => MyRegistrationModel, { nullable: true })
  async myRegistration(@Parent() a: ActivityModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext) {
    const all = await L(ctx).registrations.load(a.id);
    const mine = all.find((r) => r.personId === actor.personId && r.status !== 'CANCELLED');
    if (!mine) return null;
    const waiting = all.filter((r) => r.status === 'WAITLISTED');
    return {
      id: mine.id,
      status: mine.status,
      waitlistPosition: mine.status === 'WAITLISTED' ? waiting.findIndex((r) => r.id === mine.id) + 1 : null,
      offerExpiresAt: mine.status === 'OFFERED' ? mine.tokenExpiresAt : null,
    };
  }

  @ResolveField(() => [RegistrationModel], { description: 'Alle aanmeldingen; alleen voor wie de activiteit mag wijzigen' })
  async registrations(@Parent() a: ActivityModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext) {
    if (!this.service.canEdit(actor, a)) throw DomainError.forbidden('Alleen organisatoren en verbinders zien wie er komt.');
    return L(ctx).registrations.load(a.id);
  }

  @ResolveField(() => [AgendaItemModel])
  agenda(@Parent() a: ActivityModel) {
    return this.service.agendaItems(a.id);
  }

  @ResolveField(() => Boolean)
  canEdit(@Parent() a: ActivityModel, @CurrentActor() actor: Actor) {
    return this.service.canEdit(actor, a);
  }
}

export const ActivityReferences = referenceResolver(ActivityModel, (ref) => ({
  region: ref.region((a) => a.regionId),
  hostSchool: ref.school((a) => a.hostSchoolId, { nullable: true }),
  organisers: ref.persons((a) => a.organiserIds),
}));

export const RegistrationResolver = referenceResolver(RegistrationModel, (ref) => ({ person: ref.person((r) => r.personId, { nullable: true }) }));
