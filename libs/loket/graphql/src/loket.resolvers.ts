import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import {
  LoketAccessService,
  LoketCannedRepliesService,
  LoketCompanyService,
  LoketInboxService,
  LoketIntakeService,
  LoketLedgerService,
  LoketPrivacyService,
  LoketReportsService,
  LoketRequest,
  LoketRoutingService,
  LoketSlaService,
  RequestStatus,
} from '@verbinder/loket/core';
import { CurrentActor, DateTimeScalar, GqlContext, PublicOperation, regionEvents, withEventDate } from '@verbinder/platform/graphql';
import { referenceResolver } from '@verbinder/regions/graphql';
import { Actor, DOMAIN_EVENTS, DomainError, DomainEvents } from '@verbinder/shared/kernel';
import {
  LoketAuditEntryModel,
  LoketCannedReplyInput,
  LoketCannedReplyModel,
  LoketReportModel,
  LoketRequestFilter,
  LoketAssignInput,
  LogCompanyContactInput,
  LoketChangeModel,
  LoketCompanyContactModel,
  LoketContactResultModel,
  LoketCompanyModel,
  LoketIntakeInput,
  LoketIntakeResultModel,
  LoketMessageModel,
  LoketPublicRequestModel,
  LoketRequestModel,
  LoketRequestStatusGql,
  LoketRoutingRuleInput,
  LoketRoutingRuleModel,
  LoketSlaModel,
  LoketSlaPolicyModel,
  LoketViewerAccessGql,
} from './loket.models';

@Resolver(() => LoketRequestModel)
export class LoketResolver {
  constructor(
    private readonly access: LoketAccessService,
    private readonly intake: LoketIntakeService,
    private readonly companySide: LoketCompanyService,
    private readonly inbox: LoketInboxService,
    private readonly routing: LoketRoutingService,
    private readonly slaClock: LoketSlaService,
    private readonly privacy: LoketPrivacyService,
    private readonly ledger: LoketLedgerService,
    private readonly cannedReplies: LoketCannedRepliesService,
    private readonly reports: LoketReportsService,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
  ) {}

  // ---- the company (no account) ----

  @PublicOperation()
  @Query(() => String, { description: 'Een ondertekend tijdstempel voor het loketformulier (minstens 3 s oud bij versturen)' })
  loketFormToken() {
    return this.intake.formToken();
  }

  @PublicOperation()
  @Mutation(() => LoketIntakeResultModel, { description: 'Een aanvraag van een bedrijf via het openbare loketformulier' })
  submitLoketRequest(@Args('input') input: LoketIntakeInput, @Context() ctx: GqlContext) {
    return this.intake.submit(input, ctx.clientKey);
  }

  @PublicOperation()
  @Query(() => LoketPublicRequestModel, { description: 'De aanvraag achter een statuslink; onbekende links geven altijd NOT_FOUND' })
  async loketRequestByToken(@Args('token') token: string) {
    const view = await this.companySide.publicView(token);
    return {
      reference: view.request.reference,
      companyName: view.company.name,
      contactName: view.request.contactName,
      type: view.request.type,
      status: view.request.status,
      handlerName: view.handlerName,
      schoolNames: view.schoolNames,
      period: view.request.period,
      createdAt: view.request.createdAt,
      messages: view.messages,
    };
  }

  @PublicOperation()
  @Mutation(() => LoketMessageModel, { description: 'Het bedrijf reageert of vult aan via de statuslink' })
  replyToLoketRequestByToken(@Args('token') token: string, @Args('body') body: string) {
    return this.companySide.companyReply(token, body);
  }

  @PublicOperation()
  @Subscription(() => LoketChangeModel, { description: 'Wijzigingen in één aanvraag, voor de statuspagina (met de statuslink)', resolve: withEventDate })
  async loketRequestChanged(@Args('token') token: string) {
    const request = await this.companySide.requestByToken(token);
    return this.events.iterate('loket.changed', (e) => e.requestId === request.id && e.kind !== 'note');
  }

  // ---- staff and school contacts ----

  @Query(() => [LoketRequestModel], { description: 'De aanvragen van een regio, nieuwste eerst; een contactpersoon van een school ziet alleen de aanvragen voor de eigen school' })
  loketRequests(
    @CurrentActor() actor: Actor,
    @Args('regionId', { type: () => ID }) regionId: string,
    @Args('status', { type: () => LoketRequestStatusGql, nullable: true }) status?: RequestStatus | null,
    @Args('filter', { type: () => LoketRequestFilter, nullable: true }) filter?: LoketRequestFilter | null,
  ) {
    return this.inbox.listRequests(actor, regionId, status, filter);
  }

  @Query(() => LoketRequestModel, { description: 'Eén aanvraag; het openen wordt vastgelegd in het auditlog' })
  loketRequest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.inbox.openRequest(actor, id);
  }

  @Query(() => String, { description: 'De aanvragen (zelfde filter als de inbox) als CSV met ; voor een spreadsheet' })
  exportLoketRequestsCsv(
    @CurrentActor() actor: Actor,
    @Args('regionId', { type: () => ID }) regionId: string,
    @Args('filter', { type: () => LoketRequestFilter, nullable: true }) filter?: LoketRequestFilter | null,
  ) {
    return this.reports.exportCsv(actor, regionId, filter);
  }

  @Query(() => LoketReportModel, { description: 'Aantallen, reactietijden en servicenormen per soort en per school, voor aanvragen ingediend in [from, to)' })
  loketReport(
    @CurrentActor() actor: Actor,
    @Args('regionId', { type: () => ID }) regionId: string,
    @Args('from', { type: () => DateTimeScalar }) from: Date,
    @Args('to', { type: () => DateTimeScalar }) to: Date,
  ) {
    return this.reports.report(actor, regionId, from, to);
  }

  @Query(() => [LoketCannedReplyModel], { description: 'Standaardantwoorden van de regio, op titel' })
  loketCannedReplies(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string) {
    return this.cannedReplies.cannedReplies(actor, regionId);
  }

  @Mutation(() => LoketCannedReplyModel, { description: 'Maakt (zonder id) of wijzigt een standaardantwoord' })
  saveLoketCannedReply(@CurrentActor() actor: Actor, @Args('input') input: LoketCannedReplyInput) {
    return this.cannedReplies.saveCannedReply(actor, input);
  }

  @Mutation(() => Boolean)
  deleteLoketCannedReply(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.cannedReplies.deleteCannedReply(actor, id);
  }

  @Query(() => [LoketAuditEntryModel], { description: 'Wie de aanvraag bekeek of wijzigde, nieuwste eerst' })
  loketAuditLog(@CurrentActor() actor: Actor, @Args('requestId', { type: () => ID }) requestId: string) {
    return this.inbox.auditLog(actor, requestId);
  }

  @Mutation(() => LoketMessageModel, { description: 'Antwoord aan het bedrijf (ook per e-mail) of, met internal, een interne notitie' })
  replyToLoketRequest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
    @Args('internal', { type: () => Boolean, nullable: true }) internal?: boolean | null,
    @Args('waitForCompany', { type: () => Boolean, nullable: true, description: 'Zet de klok stil tot het bedrijf reageert' }) waitForCompany?: boolean | null,
  ) {
    return this.inbox.staffReply(actor, id, body, { internal, waitForCompany });
  }

  @Mutation(() => LoketRequestModel)
  setLoketRequestStatus(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('status', { type: () => LoketRequestStatusGql }) status: RequestStatus) {
    return this.inbox.setStatus(actor, id, status);
  }

  @Mutation(() => LoketRequestModel, { description: 'Eigenaar en scholen (splitsen); overdracht vraagt een reden, die wordt vastgelegd' })
  assignLoketRequest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: LoketAssignInput) {
    return this.routing.assign(actor, id, input);
  }

  @Mutation(() => LoketRequestModel, { description: 'Voegt een (dubbele) aanvraag samen in een andere, met haar gesprek; geeft de andere terug' })
  mergeLoketRequest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('intoId', { type: () => ID }) intoId: string) {
    return this.routing.merge(actor, id, intoId);
  }

  @Query(() => [LoketRoutingRuleModel])
  loketRoutingRules(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string) {
    return this.routing.rules(actor, regionId);
  }

  @Mutation(() => LoketRoutingRuleModel, { description: 'Routering: soort en sector → medewerker en scholen; de meest specifieke regel wint' })
  addLoketRoutingRule(@CurrentActor() actor: Actor, @Args('input') input: LoketRoutingRuleInput) {
    return this.routing.addRule(actor, input);
  }

  @Mutation(() => Boolean)
  deleteLoketRoutingRule(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.routing.deleteRule(actor, id);
  }

  @Query(() => LoketSlaPolicyModel)
  loketSlaPolicy(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string) {
    return this.slaClock.slaPolicy(actor, regionId);
  }

  @Mutation(() => LoketSlaPolicyModel)
  setLoketSlaPolicy(@CurrentActor() actor: Actor, @Args('input') input: LoketSlaPolicyModel) {
    return this.slaClock.setSlaPolicy(actor, input);
  }

  @Subscription(() => LoketChangeModel, { description: 'Wijzigingen in de loketaanvragen van een regio, live', resolve: withEventDate })
  loketChanged(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string) {
    return regionEvents(this.events, 'loket.changed', regionId, (id) => this.access.isStaff(actor, id));
  }

  // ---- privacy ----

  @Query(() => String, { description: 'Alle gegevens van een bedrijf als JSON (beheerders van de regio)' })
  exportLoketCompany(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }) companyId: string) {
    return this.privacy.exportCompany(actor, companyId);
  }

  @Mutation(() => Int, { description: 'Wist de persoonsgegevens van een bedrijf (contactpersonen, berichten); geeft het aantal aanvragen' })
  eraseLoketCompany(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }) companyId: string) {
    return this.privacy.eraseCompany(actor, companyId);
  }

  // ---- contact ledger ----

  @Query(() => [LoketCompanyModel], { description: 'Bedrijven die het loket kent in de regio (voor leden van de regio)' })
  loketCompanies(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string, @Args('search', { type: () => String, nullable: true }) search?: string | null) {
    return this.ledger.companies(actor, regionId, search);
  }

  @Query(() => [LoketCompanyContactModel], { description: 'Wie dit bedrijf deze kalendermaand benaderde, nieuwste eerst' })
  companyContactsThisMonth(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }) companyId: string) {
    return this.ledger.contactsThisMonth(actor, companyId);
  }

  @Mutation(() => LoketContactResultModel, { description: 'Legt een benadering vast; bij de maandgrens een waarschuwing of CONTACT_LIMIT_REACHED' })
  async logCompanyContact(@CurrentActor() actor: Actor, @Args('input') input: LogCompanyContactInput, @Context() ctx: GqlContext) {
    const result = await this.ledger.logContact(actor, input);
    if (result.warning) ctx.warnings = [...(ctx.warnings ?? []), result.warning];
    return result;
  }

  // ---- fields ----

  @ResolveField(() => LoketCompanyModel)
  async company(@Parent() r: LoketRequestModel) {
    return (await this.inbox.companiesByIds([r.companyId]))[0];
  }

  @ResolveField(() => [LoketMessageModel], { description: 'Het hele gesprek, met interne notities' })
  messages(@Parent() r: LoketRequestModel) {
    return this.inbox.messages(r.id);
  }

  @ResolveField(() => LoketRequestModel, { nullable: true, description: 'Gemarkeerd bij binnenkomst: mogelijk dubbel met deze open aanvraag' })
  async duplicateOf(@Parent() r: LoketRequestModel, @CurrentActor() actor: Actor) {
    return r.duplicateOfId ? this.access.getRequest(actor, r.duplicateOfId).catch(() => null) : null;
  }

  @ResolveField(() => LoketViewerAccessGql, { description: 'Wat de kijker met deze aanvraag mag: alles (STAFF) of als school (SCHOOL)' })
  viewerAccess(@Parent() r: LoketRequestModel, @CurrentActor() actor: Actor) {
    const access = this.access.requestAccess(actor, r);
    if (!access) throw DomainError.forbidden();
    return access === 'staff' ? LoketViewerAccessGql.STAFF : LoketViewerAccessGql.SCHOOL;
  }

  @ResolveField(() => LoketSlaModel)
  sla(@Parent() r: LoketRequestModel) {
    return this.slaClock.sla(r as unknown as LoketRequest);
  }
}

export const LoketRequestReferences = referenceResolver(LoketRequestModel, (ref) => ({
  region: ref.region((r) => r.regionId),
  owner: ref.person((r) => r.ownerId, { nullable: true, description: 'De eigenaar van de hele aanvraag' }),
  schools: ref.schools((r) => r.schoolIds),
}));

export const LoketCompanyContactResolver = referenceResolver(LoketCompanyContactModel, (ref) => ({
  school: ref.school((c) => c.schoolId, { nullable: true }),
  person: ref.person((c) => c.personId, { nullable: true }),
}));

export const LoketRoutingRuleResolver = referenceResolver(LoketRoutingRuleModel, (ref) => ({
  assignee: ref.person((r) => r.assigneeId, { nullable: true }),
  schools: ref.schools((r) => r.schoolIds),
}));
