import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { toCsv } from '@verbinder/actieagenda/core';
import { amsterdamInstant, amsterdamParts, SeriesService } from '@verbinder/meetups/core';
import { NotificationsService } from '@verbinder/notifications/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { InputCheck, RegionsService } from '@verbinder/regions/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import {
  Actor,
  ATTEMPT_LOG,
  AttemptLog,
  CLOCK,
  Clock,
  DOMAIN_EVENTS,
  DomainError,
  DomainEvents,
  EMAIL_JOB,
  hasRegionRole,
  isMemberOfRegion,
  isUuid,
  OUTBOX,
  Outbox,
  RateLimiter,
  signExpiringToken,
  signToken,
  UNIT_OF_WORK,
  UnitOfWork,
  mailBlock,
  mailText,
  verifyExpiringToken,
  verifyToken,
} from '@verbinder/shared/kernel';
import { addBusinessMs, elapsedMs, HolidayRange } from './business-time';
import { buildReport } from './report';
import { isDuplicate } from './duplicates';
import { normaliseKvk } from './kvk';
import { LOKET_REPOSITORY, LoketRepository } from './loket-repository.port';
import {
  AuditAction,
  AuditEntry,
  CannedReply,
  Company,
  CompanyContact,
  InboxFilter,
  LoketReport,
  RequestFilter,
  SlaFilter,
  IntakeInput,
  LoketMessage,
  LoketRequest,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  RequestStatus,
  RequestType,
  RoutingRule,
  SlaPolicy,
  SlaState,
} from './loket.types';

export const LOKET_STAFF_ROLES = ['LOKET_MEDEWERKER', 'VERBINDER', 'BEHEERDER'] as const;
/**
 * Who at a school hears that a request was routed or split to it: the roles that deal with
 * companies (decanen for stages and loopbaan, teamleiders and projectleiders who plan the
 * work, verbinders). Every member of the school sees the request in the inbox; docenten,
 * redacteuren and bestuurders are not notified of each one.
 */
export const LOKET_SCHOOL_NOTIFY_ROLES = ['DECAAN', 'TEAMLEIDER', 'PROJECTLEIDER', 'VERBINDER'] as const;

/** How someone may handle a request: the loket's staff, or a contact of a school it is split to. */
export type LoketAccess = 'staff' | 'school';
/** A form submitted sooner than this after it was rendered is a bot. */
export const MIN_FORM_SECONDS = 3;
const MAX_FORM_HOURS = 24;
const MAX_TOKEN_LENGTH = 100;
const NOT_FOUND_MESSAGE = 'Deze aanvraag is niet gevonden. Controleer of je de hele link uit de e-mail hebt gebruikt.';
export const INTAKE_ANSWER = 'Dank je wel. Je aanvraag is ontvangen; je krijgt een e-mail met een link waarop je de voortgang volgt.';

export const REQUEST_TYPE_TEXT: Record<RequestType, string> = {
  STAGEPLAATSEN: 'Stageplaatsen',
  BPV_LEERBEDRIJF: 'BPV / leerbedrijf',
  GASTLES: 'Gastles',
  BEDRIJFSOPDRACHT: 'Bedrijfsopdracht',
  MEETUP: 'Meet-up',
  EXCURSIE: 'Excursie',
  CHALLENGE_PARTNER: 'Challenge-partner',
  OPEN_DAG: 'Open dag',
  WERKGROEP: 'Werkgroep',
};

export const STATUS_TEXT: Record<RequestStatus, string> = {
  NIEUW: 'Ontvangen',
  IN_BEHANDELING: 'In behandeling',
  WACHT_OP_BEDRIJF: 'Wacht op jouw reactie',
  AFGEROND: 'Afgerond',
};

/** The answer to every sign-in request: it never tells whether the address is known. */
export const SIGN_IN_ANSWER = 'Als dit e-mailadres bij het bedrijvenloket van deze regio bekend is, krijg je binnen een paar minuten een e-mail met een inloglink. De link werkt één keer en maar korte tijd.';
export const COMPANY_SESSION_DAYS = 7;
/** At most one VIEWED audit entry per person and request in this window. */
const VIEW_AUDIT_MINUTES = 10;
const SLA_FILTERS: readonly SlaFilter[] = ['BREACHED', 'AT_RISK'];

/** A signed-in company (magic link): one contact e-mail address in one region. */
export interface CompanySession {
  regionId: string;
  email: string;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
const newToken = () => randomBytes(32).toString('base64url');

/** What the company sees through its status link: no internal notes, no other requests. */
export interface PublicRequestView {
  request: LoketRequest;
  company: Company;
  handlerName: string | null;
  schoolNames: string[];
  messages: LoketMessage[];
}

/**
 * The business loket: one regional front door for companies. Public intake (no account)
 * with spam protection, a private status link per request, the conversation between the
 * company and the loket, routing rules to a medewerker and schools, and one SLA clock per
 * request counted in business hours. Staff are the region's loket-medewerkers, verbinders
 * and beheerders.
 */
@Injectable()
export class LoketService {
  private readonly limiter: RateLimiter;

  constructor(
    @Inject(LOKET_REPOSITORY) private readonly repo: LoketRepository,
    @Inject(UNIT_OF_WORK) private readonly uow: UnitOfWork,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
    @Inject(OUTBOX) private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
    private readonly meetups: SeriesService,
    @Inject(ATTEMPT_LOG) attempts: AttemptLog,
  ) {
    this.limiter = new RateLimiter(attempts, clock);
  }

  // ---------- authorization ----------

  isStaff(actor: Actor, regionId: string): boolean {
    return hasRegionRole(actor, regionId, [...LOKET_STAFF_ROLES]);
  }

  private assertStaff(actor: Actor, regionId: string): void {
    if (!this.isStaff(actor, regionId)) throw DomainError.forbidden('Alleen loket-medewerkers, verbinders en beheerders van de regio mogen dit.');
  }

  /** The schools of the region the actor belongs to (memberships with a school). */
  ownSchoolIds(actor: Actor, regionId: string): string[] {
    return [...new Set(actor.memberships.filter((m) => m.regionId === regionId && m.schoolId).map((m) => m.schoolId as string))];
  }

  /**
   * The one access decision for a request: 'staff' for the region's loket staff (everything),
   * 'school' for a member of a school the request is split to (read, conversation, notes and
   * replies, audit log), otherwise null.
   */
  requestAccess(actor: Actor, request: Pick<LoketRequest, 'regionId' | 'schoolIds'>): LoketAccess | null {
    if (this.isStaff(actor, request.regionId)) return 'staff';
    const own = this.ownSchoolIds(actor, request.regionId);
    return request.schoolIds.some((id) => own.includes(id)) ? 'school' : null;
  }

  /**
   * A request with the caller's access. Unknown ids, and requests not split to a school
   * contact's school, are NOT_FOUND; callers with neither staff role nor a school in the region
   * are FORBIDDEN (as before school contacts); `staff` operations refuse school contacts.
   */
  private async accessRequest(actor: Actor, id: string, need: 'read' | 'staff'): Promise<{ request: LoketRequest; access: LoketAccess }> {
    const request = isUuid(id) ? await this.repo.findRequestById(id) : null;
    if (!request) throw DomainError.notFound('Deze aanvraag');
    const access = this.requestAccess(actor, request);
    if (!access) {
      if (this.ownSchoolIds(actor, request.regionId).length > 0) throw DomainError.notFound('Deze aanvraag');
      this.assertStaff(actor, request.regionId);
    }
    if (need === 'staff' && access !== 'staff') {
      throw DomainError.forbidden('Alleen loket-medewerkers, verbinders en beheerders van de regio wijzigen de status, de toewijzing of de samenvoeging van een aanvraag.');
    }
    return { request, access: access as LoketAccess };
  }

  // ---------- spam protection ----------

  /**
   * A token the public form carries: when it was rendered and a random id, signed so it cannot be
   * forged. It is good for one submission (`spendFormToken`, until it would have expired).
   */
  formToken(): string {
    return signToken(this.config.session.secret, 'loket-form', `${this.clock.now().getTime()}.${randomBytes(12).toString('base64url')}`);
  }

  /** When a valid form token was issued (ms), or null after recording why it is refused. */
  private checkFormToken(check: InputCheck, token: string | null | undefined): number | null {
    const [time, id, rest] = verifyToken(this.config.session.secret, 'loket-form', token, MAX_TOKEN_LENGTH)?.split('.') ?? [];
    if (!time || !id || rest !== undefined) {
      check.fail('formToken', 'Het formulier is ongeldig of verlopen. Laad de pagina opnieuw en probeer het nog eens.');
      return null;
    }
    const issued = Number(time);
    const age = this.clock.now().getTime() - issued;
    if (age < MIN_FORM_SECONDS * 1000) check.fail('formToken', 'Het formulier is te snel verstuurd. Controleer je gegevens en verstuur het opnieuw.');
    else if (age > MAX_FORM_HOURS * 3600 * 1000) check.fail('formToken', 'Het formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens.');
    return issued;
  }

  private async rateLimit(keys: string[], what = 'aanvragen'): Promise<void> {
    const { max, windowSeconds } = this.config.loginRateLimit;
    // Per client IP several companies may share an office network: three times the e-mail limit.
    const limits = keys.map((key) => ({ key, max: key.includes('-ip:') ? max * 3 : max }));
    await this.limiter.assertWithin(limits, windowSeconds, `${what} in korte tijd`);
  }

  // ---------- intake ----------

  /**
   * A company's request from the public form. Every field is checked (and stored as typed
   * text: rendering escapes it); a filled honeypot gets the normal answer and stores nothing.
   * The company gets a confirmation e-mail with its private status link (only the SHA-256 of
   * the token is stored), the routing rules pick the handler and schools.
   */
  async submit(input: IntakeInput, clientKey: string): Promise<{ message: string }> {
    await this.intake(input, clientKey, false);
    return { message: INTAKE_ANSWER };
  }

  /** Demo data: the same checks and routing without the spam protection (never exposed to callers). */
  async seedRequest(input: Omit<IntakeInput, 'formToken'>): Promise<LoketRequest> {
    return (await this.intake({ ...input, formToken: '' }, 'seed', true)) as LoketRequest;
  }

  private async intake(input: IntakeInput, clientKey: string, trusted: boolean): Promise<LoketRequest | null> {
    const check = new InputCheck();
    const formIssued = trusted ? null : this.checkFormToken(check, input.formToken);
    const companyName = check.text('companyName', input.companyName, { label: 'De naam van het bedrijf', required: true, max: 200 });
    const kvk = normaliseKvk(input.kvk);
    if (!kvk) check.fail('kvk', 'Een KvK-nummer bestaat uit precies 8 cijfers.');
    const sector = check.text('sector', input.sector, { label: 'De sector', max: 100 });
    const location = check.text('location', input.location, { label: 'De vestigingsplaats', max: 100 });
    const contactName = check.text('contactName', input.contactName, { label: 'Je naam', required: true, max: 200 });
    const contactEmail = check.email('contactEmail', input.contactEmail);
    const contactPhone = check.text('contactPhone', input.contactPhone, { label: 'Het telefoonnummer', max: 30 });
    if (contactPhone && !/^[+0-9 ()-]{6,30}$/.test(contactPhone)) check.fail('contactPhone', 'Vul een geldig telefoonnummer in (cijfers, spaties, + en -).');
    const type = check.oneOf('type', input.type as RequestType, REQUEST_TYPES, 'Het soort aanvraag');
    const level = check.text('level', input.level, { label: 'Het niveau of de route', max: 200 });
    const period = check.text('period', input.period, { label: 'De periode', max: 200 });
    const periodStart = check.date('periodStart', input.periodStart, 'Het begin van de periode');
    const periodEnd = check.date('periodEnd', input.periodEnd, 'Het einde van de periode');
    if (periodStart && periodEnd && periodEnd < periodStart) check.fail('periodEnd', 'Het einde van de periode ligt na het begin.');
    const capacity = check.int('capacity', input.capacity, { label: 'Het aantal plaatsen of deelnemers', min: 1, max: 1000 });
    const message = check.text('message', input.message, { label: 'Je toelichting', max: 4000 });
    if (input.consent !== true) check.fail('consent', 'Geef toestemming voor de privacyverklaring om je aanvraag te versturen.');
    check.done();
    if (input.website) return null;
    const region = await this.regions.getRegion({ slug: input.regionSlug });
    const address = contactEmail as string;
    if (!trusted) await this.rateLimit([`loket-ip:${clientKey}`, `loket-email:${address}`]);
    const now = this.clock.now();
    const token = newToken();
    return this.write(region.id, 'request.created', async () => {
      // One request per form: the token is spent in this transaction (a refused or failed
      // submission leaves it usable); a second submission with it is refused.
      if (formIssued !== null && !(await this.repo.spendFormToken(hashToken(input.formToken), new Date(formIssued + MAX_FORM_HOURS * 3600 * 1000), now))) {
        throw DomainError.badInput([{ field: 'formToken', message: 'Dit formulier is al verstuurd. Laad de pagina opnieuw als je nog een aanvraag wilt doen.' }]);
      }
      await this.limiter.record([`loket-ip:${clientKey}`, `loket-email:${address}`]);
      // A known KvK number attaches the request to the company as it is: an anonymous form never
      // changes the company record (staff do that); what was typed is kept on the request.
      const existing = await this.repo.findCompanyByKvk(region.id, kvk as string);
      const company = existing ?? (await this.repo.insertCompany({ regionId: region.id, name: companyName as string, kvk: kvk as string, sector, location }));
      const submitted = { name: companyName as string, sector, location };
      const differs = existing !== null && (submitted.name !== existing.name || (sector !== null && sector !== existing.sector) || (location !== null && location !== existing.location));
      const rule = pickRule(await this.repo.listRules(region.id), type, company.sector);
      const request = await this.repo.insertRequest({
        regionId: region.id,
        companyId: company.id,
        contactName: contactName as string,
        contactEmail: address,
        contactPhone,
        type,
        level,
        period,
        periodStart,
        periodEnd,
        capacity,
        message,
        submittedCompany: differs ? submitted : null,
        status: 'NIEUW',
        duplicateOfId: null,
        mergedIntoId: null,
        ownerId: rule?.assigneeId ?? null,
        schoolIds: rule?.schoolIds ?? [],
        tokenHash: hashToken(token),
        firstResponseAt: null,
        pausedAt: null,
        pausedMs: 0,
        closedAt: null,
        anonymisedAt: null,
      });
      await this.recordLoketContacts(request, request.schoolIds, request.ownerId);
      await this.notifySchools(request, request.schoolIds, companyName as string, request.ownerId);
      const duplicate = await this.findDuplicate(request, company);
      if (duplicate) {
        await this.repo.updateRequest(request.id, { duplicateOfId: duplicate.id });
        await this.repo.insertMessage({ requestId: request.id, author: 'NOTITIE', personId: null, authorName: 'Verbinder', body: `Mogelijk dubbel met ${duplicate.reference}: hetzelfde bedrijf, een vergelijkbare vraag en een overlappende periode.` });
      }
      if (message) await this.repo.insertMessage({ requestId: request.id, author: 'BEDRIJF', personId: null, authorName: contactName as string, body: message });
      await this.outbox.enqueue({
        kind: EMAIL_JOB,
        key: `loket-intake:${request.id}`,
        payload: {
          to: address,
          subject: mailText`Je aanvraag bij het bedrijvenloket ${region.name} (${request.reference})`,
          text: mailText`Beste ${contactName},\n\nWe hebben je aanvraag "${REQUEST_TYPE_TEXT[type]}" voor ${companyName} ontvangen. Via deze persoonlijke link volg je de voortgang en reageer je op onze vragen:\n\n${this.config.publicUrl}/loket/status/${token}\n\nDeel deze link niet: iedereen met de link ziet je aanvraag.\n\nMet vriendelijke groet,\nBedrijvenloket ${region.name}`,
        },
      });
      if (request.ownerId) {
        await this.notifications.notify([request.ownerId], {
          kind: 'loket.assigned',
          title: `Nieuwe loketaanvraag: ${companyName}`,
          body: REQUEST_TYPE_TEXT[type],
          link: `/loketaanvraag/${request.id}`,
        });
      }
      return request;
    });
  }

  // ---------- the company's side (token) ----------

  /** The request behind a status link; unknown, malformed and guessed tokens all get the same NOT_FOUND. */
  async requestByToken(token: string): Promise<LoketRequest> {
    const found = typeof token === 'string' && token.length >= 20 && token.length <= MAX_TOKEN_LENGTH ? await this.repo.findRequestByTokenHash(hashToken(token)) : null;
    if (!found) throw new DomainError(ErrorCode.NOT_FOUND, NOT_FOUND_MESSAGE);
    // A merged request's link keeps showing that request (closed) and its own conversation, never
    // the request it went into: that one belongs to another contact person.
    return found;
  }

  async publicView(token: string): Promise<PublicRequestView> {
    const request = await this.requestByToken(token);
    return this.view(request, false);
  }

  private async view(request: LoketRequest, withNotes: boolean): Promise<PublicRequestView> {
    const [company] = await this.repo.findCompaniesByIds([request.companyId]);
    const owner = request.ownerId ? (await this.regions.personsByIds([request.ownerId]))[0] : null;
    const schools = await this.regions.schoolsByIds(request.schoolIds);
    // Only what was written on this very request: after a merge, each contact sees their own conversation.
    const messages = (await (withNotes ? this.repo.listMessages(request.id) : this.repo.listOwnMessages(request.id))).filter((m) => withNotes || m.author !== 'NOTITIE');
    return { request, company, handlerName: owner?.name ?? null, schoolNames: schools.map((s) => s.name), messages };
  }

  /** The company adds information; a request waiting for the company resumes its clock. */
  async companyReply(token: string, body: string): Promise<LoketMessage> {
    return this.replyAsCompany(await this.requestByToken(token), body);
  }

  private async replyAsCompany(request: LoketRequest, body: string): Promise<LoketMessage> {
    const check = new InputCheck();
    const text = check.text('body', body, { label: 'Je bericht', required: true, max: 4000 });
    check.done();
    if (request.status === 'AFGEROND') throw DomainError.conflict('Deze aanvraag is afgerond. Dien een nieuwe aanvraag in als je nog iets nodig hebt.');
    return this.write(request.regionId, 'message.company', async () => {
      const message = await this.repo.insertMessage({ requestId: request.id, author: 'BEDRIJF', personId: null, authorName: request.contactName, body: text as string });
      if (request.status === 'WACHT_OP_BEDRIJF') await this.repo.updateRequest(request.id, { status: 'IN_BEHANDELING', ...this.resume(request) });
      if (request.ownerId) {
        await this.notifications.notify([request.ownerId], { kind: 'loket.reply', title: `Reactie van ${request.contactName}`, body: (text as string).slice(0, 200), link: `/loketaanvraag/${request.id}` });
      }
      return { request, result: message };
    });
  }

  // ---------- staff ----------

  /** A request for an operation of the loket's staff (status, assignment, merge). */
  async getRequest(actor: Actor, id: string): Promise<LoketRequest> {
    return (await this.accessRequest(actor, id, 'staff')).request;
  }

  /** A request the caller may read: staff, or a contact of one of its schools. */
  async readableRequest(actor: Actor, id: string): Promise<LoketRequest> {
    return (await this.accessRequest(actor, id, 'read')).request;
  }

  /**
   * The inbox. Without a filter every request of the region (the legacy `status` argument
   * narrows it); with a filter, closed requests only when `includeClosed` or asked for by status.
   */
  async listRequests(actor: Actor, regionId: string, status?: string | null, input?: InboxFilter | null): Promise<LoketRequest[]> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    // Staff see the whole region; a school contact only the requests split to their school(s).
    const schoolScope = this.isStaff(actor, regionId) ? null : this.ownSchoolIds(actor, regionId);
    if (schoolScope && schoolScope.length === 0) this.assertStaff(actor, regionId);
    const check = new InputCheck();
    if (status && !REQUEST_STATUSES.includes(status as RequestStatus)) check.fail('status', 'Deze status bestaat niet.');
    if (!input) {
      check.done();
      return this.repo.listRequests(regionId, { ...(status ? { statuses: [status as RequestStatus] } : {}), includeClosed: true, anySchoolIds: schoolScope });
    }
    const statuses = input.status ?? null;
    if (statuses && (statuses.length > REQUEST_STATUSES.length || statuses.some((s) => !REQUEST_STATUSES.includes(s as RequestStatus)))) check.fail('filter.status', 'Kies bestaande statussen.');
    const types = input.type ?? null;
    if (types && (types.length > REQUEST_TYPES.length || types.some((t) => !REQUEST_TYPES.includes(t as RequestType)))) check.fail('filter.type', 'Kies bestaande soorten aanvragen.');
    if (input.schoolId && !isUuid(input.schoolId)) check.fail('filter.schoolId', 'Kies een school uit de lijst.');
    if (input.ownerId && !isUuid(input.ownerId)) check.fail('filter.ownerId', 'Kies een behandelaar uit de lijst.');
    if (input.sla && !SLA_FILTERS.includes(input.sla as SlaFilter)) check.fail('filter.sla', 'Kies overschreden of bijna over de termijn.');
    const search = check.text('filter.search', input.search, { label: 'De zoekterm', max: 100 });
    check.done();
    let wanted = statuses?.length ? (statuses as RequestStatus[]) : null;
    if (status) {
      // The legacy argument and the filter together: both must hold.
      if (wanted && !wanted.includes(status as RequestStatus)) return [];
      wanted = [status as RequestStatus];
    }
    const ownerId = input.mine ? actor.personId : input.ownerId ?? null;
    if (input.mine && input.ownerId && input.ownerId !== actor.personId) return [];
    const filter: RequestFilter = {
      statuses: wanted,
      types: types?.length ? (types as RequestType[]) : null,
      schoolId: input.schoolId ?? null,
      anySchoolIds: schoolScope,
      ownerId,
      search,
      includeClosed: input.includeClosed === true,
    };
    const requests = await this.repo.listRequests(regionId, filter);
    if (!input.sla) return requests;
    const policy = (await this.repo.findSlaPolicy(regionId)) ?? defaultPolicy(regionId);
    const days = await this.holidays(regionId);
    const keep: LoketRequest[] = [];
    for (const request of requests) {
      if (request.status === 'AFGEROND') continue;
      const state = await this.sla(request, policy, days);
      const breached = (!request.firstResponseAt && state.firstResponseBreached) || state.resolutionBreached;
      const near = (target: number) => state.elapsedMinutes >= target - policy.warnBeforeMinutes;
      const atRisk = !breached && !state.paused && ((!request.firstResponseAt && near(policy.firstResponseMinutes)) || near(policy.resolutionMinutes));
      if (input.sla === 'BREACHED' ? breached : atRisk) keep.push(request);
    }
    return keep;
  }

  /** The request for staff or a school contact who opens it: recorded in the audit log (at most once per 10 minutes). */
  async openRequest(actor: Actor, id: string): Promise<LoketRequest> {
    const request = await this.readableRequest(actor, id);
    const since = new Date(this.clock.now().getTime() - VIEW_AUDIT_MINUTES * 60000);
    if (!(await this.repo.hasViewedSince(request.id, actor.personId, 'request', since))) await this.audit(actor, [request.id], 'VIEWED', 'request');
    return request;
  }

  messages = (requestId: string) => this.repo.listMessages(requestId);
  companiesByIds = (ids: readonly string[]) => this.repo.findCompaniesByIds(ids);

  /**
   * A reply to the company (visible on the status page, e-mailed) or an internal note, by the
   * loket's staff or by a contact of a school the request is split to. The first reply, from
   * either, stops the first-response clock. `waitForCompany` (pausing the clock) is a status
   * change and stays with staff; a school contact's messages carry their school's name.
   */
  async staffReply(actor: Actor, id: string, body: string, opts: { internal?: boolean | null; waitForCompany?: boolean | null } = {}): Promise<LoketMessage> {
    const { request, access } = await this.accessRequest(actor, id, 'read');
    const internal = !!opts.internal;
    if (access === 'school' && opts.waitForCompany && !internal) {
      throw DomainError.forbidden('Alleen het loket zet een aanvraag op "wacht op bedrijf". Stuur je antwoord zonder die keuze.');
    }
    const check = new InputCheck();
    const text = check.text('body', body, { label: 'Het bericht', required: true, max: 4000 });
    check.done();
    if (request.status === 'AFGEROND') throw DomainError.conflict('Deze aanvraag is afgerond.');
    const region = await this.regions.getRegion({ id: request.regionId });
    const school = access === 'school' ? await this.contactSchoolName(actor, request) : null;
    const authorName = school ? `${actor.name} (${school})` : actor.name;
    return this.write(request.regionId, internal ? 'note' : 'message.loket', async () => {
      const message = await this.repo.insertMessage({ requestId: request.id, author: internal ? 'NOTITIE' : 'LOKET', personId: actor.personId, authorName, body: text as string });
      await this.audit(actor, [request.id], 'CHANGED', internal ? 'internal-note' : 'reply');
      if (!internal) {
        const now = this.clock.now();
        const intro = school ? `${actor.name} van ${school} schreef namens het bedrijvenloket ${region.name}` : `${actor.name} van het bedrijvenloket ${region.name} schreef`;
        if (access === 'staff') {
          const waiting = !!opts.waitForCompany;
          await this.repo.updateRequest(request.id, {
            firstResponseAt: request.firstResponseAt ?? now,
            status: waiting ? 'WACHT_OP_BEDRIJF' : 'IN_BEHANDELING',
            ownerId: request.ownerId ?? actor.personId,
            ...(waiting ? (request.pausedAt ? {} : { pausedAt: now }) : this.resume(request)),
          });
        } else {
          // A school's answer is the first response of the one clock; the owner stays, and a
          // request waiting for the company keeps waiting.
          await this.repo.updateRequest(request.id, {
            firstResponseAt: request.firstResponseAt ?? now,
            ...(request.status === 'NIEUW' ? { status: 'IN_BEHANDELING' as const } : {}),
          });
        }
        await this.outbox.enqueue({
          kind: EMAIL_JOB,
          key: `loket-reply:${message.id}`,
          payload: {
            to: request.contactEmail,
            subject: mailText`Nieuw bericht over je aanvraag ${request.reference}`,
            text: mailText`Beste ${request.contactName},\n\n${intro}:\n\n${mailBlock(text)}\n\nReageren kan via de persoonlijke link uit onze eerste e-mail.\n\nMet vriendelijke groet,\nBedrijvenloket ${region.name}`,
          },
        });
      }
      if (access === 'school' && request.ownerId && request.ownerId !== actor.personId) {
        await this.notifications.notify([request.ownerId], {
          kind: 'loket.school-message',
          title: `${internal ? 'Notitie' : 'Antwoord aan het bedrijf'} van ${authorName} bij ${request.reference}`,
          body: (text as string).slice(0, 200),
          link: `/loketaanvraag/${request.id}`,
        });
      }
      return { request, result: message };
    });
  }

  /** The name of the actor's school that the request is split to (the first, in the request's order). */
  private async contactSchoolName(actor: Actor, request: LoketRequest): Promise<string | null> {
    const own = this.ownSchoolIds(actor, request.regionId);
    const schoolId = request.schoolIds.find((id) => own.includes(id));
    return schoolId ? ((await this.regions.schoolsByIds([schoolId]))[0]?.name ?? null) : null;
  }

  async setStatus(actor: Actor, id: string, status: string): Promise<LoketRequest> {
    const request = await this.getRequest(actor, id);
    if (!REQUEST_STATUSES.includes(status as RequestStatus) || status === 'NIEUW') {
      throw DomainError.badInput([{ field: 'status', message: 'Kies in behandeling, wacht op bedrijf of afgerond.' }]);
    }
    const next = status as RequestStatus;
    const now = this.clock.now();
    return this.write(request.regionId, 'status', async () => {
      const updated = await this.repo.updateRequest(request.id, {
        status: next,
        closedAt: next === 'AFGEROND' ? now : null,
        ...(next === 'WACHT_OP_BEDRIJF' ? (request.pausedAt ? {} : { pausedAt: now }) : this.resume(request)),
      });
      await this.audit(actor, [request.id], 'CHANGED', 'status');
      return { request: updated, result: updated };
    });
  }

  /**
   * Gives the request an overall owner and the schools that work on it (split over several
   * schools with one owner). A change of owner needs a reason; it is recorded as a note.
   */
  async assign(actor: Actor, id: string, input: { ownerId: string; schoolIds: string[]; reason?: string | null }): Promise<LoketRequest> {
    const request = await this.getRequest(actor, id);
    const check = new InputCheck();
    const reason = check.text('reason', input.reason, { label: 'De reden', max: 1000 });
    if (request.ownerId && request.ownerId !== input.ownerId && !reason) check.fail('reason', 'Geef een reden voor het overdragen van de aanvraag.');
    await this.checkAssignee(check, request.regionId, input.ownerId, 'ownerId');
    const schoolIds = await this.checkSchools(check, request.regionId, input.schoolIds);
    check.done();
    const owner = (await this.regions.personsByIds([input.ownerId]))[0];
    const schools = await this.regions.schoolsByIds(schoolIds);
    return this.write(request.regionId, 'assigned', async () => {
      const updated = await this.repo.updateRequest(request.id, { ownerId: input.ownerId, schoolIds });
      await this.audit(actor, [request.id], 'CHANGED', 'assign');
      const added = schoolIds.filter((id) => !request.schoolIds.includes(id));
      await this.recordLoketContacts(updated, added, actor.personId);
      await this.notifySchools(updated, added, (await this.repo.findCompaniesByIds([request.companyId]))[0]?.name ?? request.reference, actor.personId);
      const what = `Toegewezen aan ${owner.name}${schools.length ? ` met ${schools.map((s) => s.name).join(', ')}` : ''}`;
      await this.repo.insertMessage({ requestId: request.id, author: 'NOTITIE', personId: actor.personId, authorName: actor.name, body: reason ? `${what}. Reden: ${reason}` : `${what}.` });
      if (input.ownerId !== request.ownerId) {
        await this.notifications.notify([input.ownerId], { kind: 'loket.assigned', title: 'Een loketaanvraag is aan je toegewezen', body: reason, link: `/loketaanvraag/${request.id}` });
      }
      return { request: updated, result: updated };
    });
  }

  private async checkAssignee(check: InputCheck, regionId: string, personId: string, field: string): Promise<void> {
    const memberships = isUuid(personId) ? await this.regions.membershipsByPersonIds([personId]) : [];
    if (!memberships.some((m) => m.regionId === regionId && (LOKET_STAFF_ROLES as readonly string[]).includes(m.role))) {
      check.fail(field, 'Kies een loket-medewerker, verbinder of beheerder uit deze regio.');
    }
  }

  private async checkSchools(check: InputCheck, regionId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids ?? [])];
    if (unique.length > 20) check.fail('schoolIds', 'Kies hoogstens 20 scholen.');
    const schools = await this.regions.schoolsByIds(unique);
    if (unique.some((id) => !schools.some((s) => s.id === id && s.regionId === regionId))) check.fail('schoolIds', 'Kies scholen uit deze regio.');
    return unique;
  }

  // ---------- duplicates ----------

  private async findDuplicate(fresh: LoketRequest, company: Company): Promise<LoketRequest | null> {
    const open = (await this.repo.listRequests(fresh.regionId, null)).filter((r) => r.id !== fresh.id && r.status !== 'AFGEROND' && !r.mergedIntoId);
    const companies = await this.repo.findCompaniesByIds([...new Set(open.map((r) => r.companyId))]);
    const kvkOf = (r: LoketRequest) => companies.find((c) => c.id === r.companyId)?.kvk ?? '';
    return open.find((r) => isDuplicate({ ...fresh, kvk: company.kvk }, { ...r, kvk: kvkOf(r) })) ?? null;
  }

  /**
   * Merges a (duplicate) request into another of the same region: its conversation and ledger
   * entries move over, it is closed, and its status link shows the merged request from now on.
   */
  async merge(actor: Actor, id: string, intoId: string): Promise<LoketRequest> {
    const source = await this.getRequest(actor, id);
    const target = await this.getRequest(actor, intoId);
    if (source.id === target.id) throw DomainError.badInput([{ field: 'intoId', message: 'Een aanvraag kan niet met zichzelf worden samengevoegd.' }]);
    if (source.regionId !== target.regionId) throw DomainError.badInput([{ field: 'intoId', message: 'Kies een aanvraag uit dezelfde regio.' }]);
    if (source.mergedIntoId || target.mergedIntoId) throw DomainError.conflict('Een van beide aanvragen is al samengevoegd.');
    return this.write(target.regionId, 'merged', async () => {
      await this.repo.moveHistory(source.id, target.id);
      await this.audit(actor, [source.id, target.id], 'CHANGED', 'merge');
      await this.repo.updateRequest(source.id, { status: 'AFGEROND', closedAt: this.clock.now(), mergedIntoId: target.id, duplicateOfId: null, pausedAt: null });
      await this.repo.insertMessage({
        requestId: target.id,
        author: 'NOTITIE',
        personId: actor.personId,
        authorName: actor.name,
        body: `Aanvraag ${source.reference} (${source.contactName}, ${REQUEST_TYPE_TEXT[source.type]}) is hierin samengevoegd, met haar gesprek.`,
      });
      const merged = await this.repo.updateRequest(target.id, { schoolIds: [...new Set([...target.schoolIds, ...source.schoolIds])], duplicateOfId: target.duplicateOfId === source.id ? null : target.duplicateOfId });
      return { request: merged, result: merged };
    });
  }

  // ---------- privacy: export, erase, retention ----------

  private assertBeheerder(actor: Actor, regionId: string): void {
    if (!hasRegionRole(actor, regionId, ['BEHEERDER'])) throw DomainError.forbidden('Alleen beheerders van de regio exporteren of wissen de gegevens van een bedrijf.');
  }

  /** Everything the loket holds about a company, as JSON (for an access request). */
  async exportCompany(actor: Actor, companyId: string): Promise<string> {
    const company = await this.company(actor, companyId);
    this.assertBeheerder(actor, company.regionId);
    const requests = await this.repo.listRequestsByCompany(company.id);
    const contacts = await this.repo.listContacts(company.id, new Date(0));
    await this.uow.run(() => this.audit(actor, requests.map((r) => r.id), 'VIEWED', 'export'));
    const out = {
      exportedAt: this.clock.now().toISOString(),
      company: { name: company.name, kvk: company.kvk, sector: company.sector, location: company.location, createdAt: company.createdAt.toISOString() },
      requests: await Promise.all(
        requests.map(async (r) => ({
          reference: r.reference,
          type: r.type,
          status: r.status,
          contact: { name: r.contactName, email: r.contactEmail, phone: r.contactPhone },
          level: r.level,
          period: r.period,
          periodStart: r.periodStart,
          periodEnd: r.periodEnd,
          capacity: r.capacity,
          message: r.message,
          createdAt: r.createdAt.toISOString(),
          closedAt: r.closedAt?.toISOString() ?? null,
          anonymisedAt: r.anonymisedAt?.toISOString() ?? null,
          messages: (await this.repo.listMessages(r.id)).filter((m) => m.author !== 'NOTITIE').map((m) => ({ author: m.author, name: m.authorName, body: m.body, at: m.createdAt.toISOString() })),
        })),
      ),
      contacts: contacts.map((c) => ({ channel: c.channel, schoolId: c.schoolId, note: c.note, at: c.contactedAt.toISOString() })),
    };
    return JSON.stringify(out, null, 2);
  }

  /**
   * Erases the personal data of a company's requests: contact persons, the company's messages
   * and their names in staff messages, ledger notes; status links stop working. What remains
   * (company name, KvK, types, dates, who handled it) is business data for the reports.
   */
  async eraseCompany(actor: Actor, companyId: string): Promise<number> {
    const company = await this.company(actor, companyId);
    this.assertBeheerder(actor, company.regionId);
    return this.write(company.regionId, 'erased', async () => {
      const requests = await this.repo.listRequestsByCompany(company.id);
      for (const request of requests) await this.anonymise(request);
      await this.audit(actor, requests.map((r) => r.id), 'CHANGED', 'erase');
      await this.repo.clearContactNotes(company.id);
      return { request: null, result: requests.length };
    });
  }

  private async anonymise(request: LoketRequest): Promise<void> {
    const names = [request.contactName, request.contactEmail, request.contactPhone].filter((v): v is string => !!v && v.length > 1);
    for (const m of await this.repo.listMessages(request.id)) {
      if (m.author === 'BEDRIJF') await this.repo.updateMessage(m.id, { body: '[verwijderd]', authorName: '[verwijderd]' });
      else if (names.some((n) => m.body.includes(n))) await this.repo.updateMessage(m.id, { body: names.reduce((b, n) => b.split(n).join('[verwijderd]'), m.body), authorName: m.authorName });
    }
    await this.repo.updateRequest(request.id, {
      contactName: '[verwijderd]',
      contactEmail: 'verwijderd@verwijderd.invalid',
      contactPhone: null,
      message: null,
      tokenHash: hashToken(newToken()),
      anonymisedAt: this.clock.now(),
    });
  }

  /** Anonymises requests closed longer ago than LOKET_RETENTION_MONTHS. Safe on every node. */
  async sweepRetention(): Promise<number> {
    const cutoff = new Date(this.clock.now());
    cutoff.setUTCMonth(cutoff.getUTCMonth() - this.config.loket.retentionMonths);
    const expired = await this.repo.listExpired(cutoff, 100);
    for (const request of expired) await this.uow.run(() => this.anonymise(request));
    // Sign-in links are kept a day past their expiry (so a late click still says "verlopen").
    await this.repo.deleteSignInLinksBefore(new Date(this.clock.now().getTime() - 24 * 3600 * 1000));
    return expired.length;
  }

  // ---------- contact ledger ----------

  /** Every school a request is routed or split to approaches the company through the loket. */
  private async recordLoketContacts(request: LoketRequest, schoolIds: string[], personId: string | null): Promise<void> {
    const now = this.clock.now();
    await this.repo.insertContacts(
      schoolIds.map((schoolId) => ({ regionId: request.regionId, companyId: request.companyId, schoolId, personId, channel: 'LOKET' as const, requestId: request.id, note: null, contactedAt: now })),
    );
  }

  /**
   * Tells the school contacts who handle companies (LOKET_SCHOOL_NOTIFY_ROLES at those schools)
   * that a request was routed or split to their school; `exceptId` (who split it) is left out.
   */
  private async notifySchools(request: LoketRequest, schoolIds: string[], companyName: string, exceptId: string | null): Promise<void> {
    if (schoolIds.length === 0) return;
    const memberships = await this.regions.membershipsBySchoolIds(schoolIds);
    const roles: readonly string[] = LOKET_SCHOOL_NOTIFY_ROLES;
    const people = [...new Set(memberships.filter((m) => m.regionId === request.regionId && roles.includes(m.role) && m.personId !== exceptId).map((m) => m.personId))];
    if (people.length === 0) return;
    const schools = await this.regions.schoolsByIds(schoolIds);
    for (const personId of people) {
      const theirs = schools.filter((school) => memberships.some((m) => m.personId === personId && m.schoolId === school.id && roles.includes(m.role)));
      await this.notifications.notify([personId], {
        kind: 'loket.school-split',
        title: `Loketaanvraag voor ${theirs.map((school) => school.name).join(' en ')}: ${companyName}`,
        body: `${REQUEST_TYPE_TEXT[request.type]} (${request.reference}). Het bedrijvenloket houdt de regie; jouw school pakt de aanvraag mee op.`,
        link: `/loketaanvraag/${request.id}`,
      });
    }
  }

  private monthStart(): Date {
    return amsterdamInstant(`${amsterdamParts(this.clock.now()).date.slice(0, 7)}-01`, '00:00');
  }

  private async company(actor: Actor, companyId: string): Promise<Company> {
    const [company] = isUuid(companyId) ? await this.repo.findCompaniesByIds([companyId]) : [];
    if (!company) throw DomainError.notFound('Dit bedrijf');
    if (!isMemberOfRegion(actor, company.regionId)) throw DomainError.forbidden('Alleen leden van deze regio zien de bedrijven van het loket.');
    return company;
  }

  /** Companies known to the region's loket (members of the region look before they approach one). */
  async companies(actor: Actor, regionId: string, search?: string | null): Promise<Company[]> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    if (!isMemberOfRegion(actor, regionId)) throw DomainError.forbidden('Alleen leden van deze regio zien de bedrijven van het loket.');
    const check = new InputCheck();
    const text = check.text('search', search, { label: 'De zoekterm', max: 100 });
    check.done();
    return this.repo.listCompanies(regionId, text);
  }

  /** Who approached this company this calendar month (Europe/Amsterdam), newest first. */
  async contactsThisMonth(actor: Actor, companyId: string): Promise<CompanyContact[]> {
    const company = await this.company(actor, companyId);
    return this.repo.listContacts(company.id, this.monthStart());
  }

  /**
   * A school logs its own approach of a company. At the monthly limit it is refused
   * (`LOKET_CONTACT_LIMIT_MODE=block`, CONTACT_LIMIT_REACHED) or logged with a warning.
   * Loket staff log for any school of the region; others only for their own school.
   */
  async logContact(actor: Actor, input: { companyId: string; schoolId: string; note?: string | null }): Promise<{ contact: CompanyContact; warning: string | null }> {
    const company = await this.company(actor, input.companyId);
    const own = actor.memberships.some((m) => m.regionId === company.regionId && m.schoolId === input.schoolId);
    if (!own && !this.isStaff(actor, company.regionId)) throw DomainError.forbidden('Je legt alleen contact vast namens je eigen school.');
    const check = new InputCheck();
    const note = check.text('note', input.note, { label: 'De notitie', max: 1000 });
    await this.checkSchools(check, company.regionId, [input.schoolId]);
    check.done();
    const { contactLimitPerMonth: limit, contactLimitMode: mode } = this.config.loket;
    return this.write(company.regionId, 'contact', async () => {
      const earlier = await this.repo.listContacts(company.id, this.monthStart());
      let warning: string | null = null;
      if (earlier.length >= limit) {
        const text = `${company.name} is deze maand al ${earlier.length} keer benaderd (de regio houdt ${limit} per maand aan).`;
        if (mode === 'block') throw new DomainError(ErrorCode.CONTACT_LIMIT_REACHED, `${text} Stem een nieuwe benadering af via het bedrijvenloket.`);
        warning = `${text} Stem af met het bedrijvenloket voordat je contact opneemt.`;
      }
      const [contact] = await this.repo.insertContacts([
        { regionId: company.regionId, companyId: company.id, schoolId: input.schoolId, personId: actor.personId, channel: 'HANDMATIG', requestId: null, note, contactedAt: this.clock.now() },
      ]);
      return { request: null, result: { contact, warning } };
    });
  }

  // ---------- routing rules ----------

  async rules(actor: Actor, regionId: string): Promise<RoutingRule[]> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    this.assertStaff(actor, regionId);
    return this.repo.listRules(regionId);
  }

  async addRule(actor: Actor, input: { regionId: string; requestType?: string | null; sector?: string | null; assigneeId: string; schoolIds: string[] }): Promise<RoutingRule> {
    if (!isUuid(input.regionId)) throw DomainError.notFound('Deze regio');
    this.assertStaff(actor, input.regionId);
    const check = new InputCheck();
    const type = input.requestType ? check.oneOf('requestType', input.requestType as RequestType, REQUEST_TYPES, 'Het soort aanvraag') : null;
    const sector = check.text('sector', input.sector, { label: 'De sector', max: 100 });
    await this.checkAssignee(check, input.regionId, input.assigneeId, 'assigneeId');
    const schoolIds = await this.checkSchools(check, input.regionId, input.schoolIds);
    check.done();
    return this.write(input.regionId, 'rule', async () => ({ request: null, result: await this.repo.insertRule({ regionId: input.regionId, requestType: type, sector, assigneeId: input.assigneeId, schoolIds }) }));
  }

  async deleteRule(actor: Actor, id: string): Promise<boolean> {
    if (!isUuid(id)) throw DomainError.notFound('Deze routeringsregel');
    const rules = await this.uow.run(async () => {
      const removed = await this.repo.deleteRule(id);
      if (!removed) throw DomainError.notFound('Deze routeringsregel');
      this.assertStaff(actor, removed.regionId);
      return removed;
    });
    return !!rules;
  }

  // ---------- SLA ----------

  async slaPolicy(actor: Actor, regionId: string): Promise<SlaPolicy> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    this.assertStaff(actor, regionId);
    return (await this.repo.findSlaPolicy(regionId)) ?? defaultPolicy(regionId);
  }

  async setSlaPolicy(actor: Actor, input: SlaPolicy): Promise<SlaPolicy> {
    if (!isUuid(input.regionId)) throw DomainError.notFound('Deze regio');
    if (!hasRegionRole(actor, input.regionId, ['BEHEERDER', 'VERBINDER'])) throw DomainError.forbidden('Alleen verbinders en beheerders van de regio stellen de servicenormen vast.');
    const check = new InputCheck();
    const minutes = (field: keyof SlaPolicy, label: string, min: number) => {
      const value = input[field] as number;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > 60 * 24 * 90) check.fail(field, `${label} moet tussen ${min} en ${60 * 24 * 90} minuten liggen.`);
    };
    minutes('firstResponseMinutes', 'De termijn voor de eerste reactie', 0.01);
    minutes('resolutionMinutes', 'De termijn voor de afhandeling', 0.01);
    minutes('warnBeforeMinutes', 'De waarschuwing vooraf', 0);
    if (input.resolutionMinutes < input.firstResponseMinutes) check.fail('resolutionMinutes', 'De afhandeltermijn is minstens zo lang als de termijn voor de eerste reactie.');
    check.done();
    return this.uow.run(() => this.repo.upsertSlaPolicy({ ...input, businessHours: input.businessHours !== false }));
  }

  private async holidays(regionId: string): Promise<HolidayRange[]> {
    return this.meetups.holidays(SYSTEM_ACTOR, regionId);
  }

  /** The request's clock now: targets, time counted (minus time waiting for the company), breaches. */
  async sla(request: LoketRequest, policy?: SlaPolicy | null, holidays?: HolidayRange[]): Promise<SlaState> {
    const p = policy ?? (await this.repo.findSlaPolicy(request.regionId)) ?? defaultPolicy(request.regionId);
    const days = holidays ?? (await this.holidays(request.regionId));
    const now = request.closedAt ?? this.clock.now();
    const counted = (end: Date) => elapsedMs(request.createdAt, end, days, p.businessHours) - request.pausedMs - (request.pausedAt ? elapsedMs(request.pausedAt, end, days, p.businessHours) : 0);
    const elapsed = counted(now);
    const due = (minutes: number) =>
      request.pausedAt ? null : p.businessHours ? addBusinessMs(now, minutes * 60000 - elapsed, days) : new Date(now.getTime() + minutes * 60000 - elapsed);
    return {
      elapsedMinutes: Math.max(0, elapsed) / 60000,
      paused: !!request.pausedAt,
      firstResponseDueAt: request.firstResponseAt ? null : due(p.firstResponseMinutes),
      resolutionDueAt: request.closedAt ? null : due(p.resolutionMinutes),
      firstResponseBreached: (request.firstResponseAt ? counted(request.firstResponseAt) : elapsed) >= p.firstResponseMinutes * 60000,
      resolutionBreached: elapsed >= p.resolutionMinutes * 60000,
    };
  }

  private resume(request: LoketRequest): Partial<LoketRequest> {
    if (!request.pausedAt) return {};
    return { pausedAt: null, pausedMs: request.pausedMs + (this.clock.now().getTime() - request.pausedAt.getTime()) };
  }

  /**
   * Warns the owner before a target is breached and escalates to the region's beheerders after,
   * by e-mail (outbox) and notification, once each: the outbox key decides. Safe on every node.
   */
  async sweepSla(): Promise<number> {
    let sent = 0;
    for (const request of await this.repo.listOpenRequests(500)) {
      if (request.pausedAt) continue;
      const policy = (await this.repo.findSlaPolicy(request.regionId)) ?? defaultPolicy(request.regionId);
      const state = await this.sla(request, policy);
      const elapsed = state.elapsedMinutes;
      const targets: Array<{ name: string; minutes: number; done: boolean }> = [
        { name: 'eerste reactie', minutes: policy.firstResponseMinutes, done: !!request.firstResponseAt },
        { name: 'afhandeling', minutes: policy.resolutionMinutes, done: false },
      ];
      for (const target of targets) {
        if (target.done) continue;
        if (elapsed >= target.minutes) sent += await this.alert(request, 'escalation', target.name);
        else if (elapsed >= target.minutes - policy.warnBeforeMinutes) sent += await this.alert(request, 'warning', target.name);
      }
    }
    return sent;
  }

  private async alert(request: LoketRequest, level: 'warning' | 'escalation', target: string): Promise<number> {
    const [company] = await this.repo.findCompaniesByIds([request.companyId]);
    const memberships = await this.regions.membershipsByRegionIds([request.regionId]);
    const escalateTo = level === 'escalation' ? memberships.filter((m) => m.role === 'BEHEERDER').map((m) => m.personId) : [];
    const personIds = [...new Set([request.ownerId, ...escalateTo].filter((id): id is string => !!id))];
    if (personIds.length === 0) return 0;
    const people = await this.regions.personsByIds(personIds);
    const title =
      level === 'warning'
        ? `Bijna over de termijn (${target}): ${company.name} ${request.reference}`
        : `Termijn overschreden (${target}): ${company.name} ${request.reference}`;
    return this.uow.run(async () => {
      let first = true;
      for (const person of people) {
        // The first recipient's key is the alert's own: when it exists, this alert went out already.
        const queued = await this.outbox.enqueue({
          kind: EMAIL_JOB,
          key: first ? `loket-sla:${level}:${target}:${request.id}` : `loket-sla:${level}:${target}:${request.id}:${person.id}`,
          payload: {
            to: person.email,
            subject: title,
            text: mailText`Beste ${person.name},\n\nDe termijn voor de ${target} van loketaanvraag ${request.reference} (${REQUEST_TYPE_TEXT[request.type]} van ${company.name}) ${level === 'warning' ? 'loopt bijna af' : 'is overschreden'}.\n\nBekijk de aanvraag: ${this.config.publicUrl}/loketaanvraag/${request.id}\n\nVerbinder`,
          },
        });
        if (first && !queued) return 0;
        first = false;
      }
      await this.notifications.notify(personIds, { kind: `loket.sla-${level}`, title, body: null, link: `/loketaanvraag/${request.id}` });
      this.uow.afterCommit(() => this.events.emit('loket.changed', { regionId: request.regionId, requestId: request.id, kind: `sla.${level}`, at: this.clock.now().toISOString() }));
      return 1;
    });
  }

  // ---------- CSV export and reports ----------

  /** The inbox (same filter) as ';'-separated CSV for a spreadsheet; recorded in the audit log. */
  async exportCsv(actor: Actor, regionId: string, filter?: InboxFilter | null): Promise<string> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    // The export covers the whole inbox: the loket's staff only, never a school contact.
    this.assertStaff(actor, regionId);
    const requests = await this.listRequests(actor, regionId, null, filter ?? null);
    const policy = (await this.repo.findSlaPolicy(regionId)) ?? defaultPolicy(regionId);
    const days = await this.holidays(regionId);
    const companies = await this.repo.findCompaniesByIds([...new Set(requests.map((r) => r.companyId))]);
    const owners = await this.regions.personsByIds([...new Set(requests.flatMap((r) => (r.ownerId ? [r.ownerId] : [])))]);
    const schools = await this.regions.schoolsByIds([...new Set(requests.flatMap((r) => r.schoolIds))]);
    const when = (d: Date) => {
      const parts = amsterdamParts(d);
      return `${parts.date} ${parts.time.slice(0, 5)}`;
    };
    const met = (done: boolean, breached: boolean) => (breached ? 'nee' : done ? 'ja' : 'open');
    const rows: string[][] = [
      ['referentie', 'ingediend', 'bedrijf', 'kvk', 'contactpersoon', 'type', 'status', 'behandelaar', 'scholen', 'eerste reactie (minuten)', 'SLA eerste reactie gehaald', 'SLA afhandeling gehaald', 'afgerond'],
    ];
    for (const r of requests) {
      const state = await this.sla(r, policy, days);
      const company = companies.find((c) => c.id === r.companyId);
      rows.push([
        r.reference,
        when(r.createdAt),
        company?.name ?? '',
        company?.kvk ?? '',
        r.anonymisedAt ? '[verwijderd]' : r.contactName,
        REQUEST_TYPE_TEXT[r.type],
        STATUS_TEXT[r.status],
        owners.find((p) => p.id === r.ownerId)?.name ?? '',
        r.schoolIds.map((id) => schools.find((x) => x.id === id)?.name ?? '').filter(Boolean).join(', '),
        r.firstResponseAt ? String(this.firstResponseMinutes(r, days, policy.businessHours)) : '',
        met(!!r.firstResponseAt, state.firstResponseBreached),
        met(!!r.closedAt, state.resolutionBreached),
        r.closedAt ? when(r.closedAt) : '',
      ]);
    }
    await this.uow.run(() => this.audit(actor, requests.map((r) => r.id), 'VIEWED', 'export'));
    return toCsv(rows);
  }

  private firstResponseMinutes(r: LoketRequest, days: HolidayRange[], businessHours: boolean): number {
    return Math.round(elapsedMs(r.createdAt, r.firstResponseAt as Date, days, businessHours) / 60000);
  }

  /**
   * Volume, response times and SLA results per request type and per school for requests
   * submitted in [from, to) (merged requests count in the request they went into).
   */
  async report(actor: Actor, regionId: string, from: Date, to: Date): Promise<LoketReport> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    this.assertStaff(actor, regionId);
    const check = new InputCheck();
    const valid = (d: Date) => d instanceof Date && !Number.isNaN(d.getTime());
    if (!valid(from)) check.fail('from', 'Vul een geldig begin van de periode in.');
    if (!valid(to)) check.fail('to', 'Vul een geldig einde van de periode in.');
    else if (valid(from) && to <= from) check.fail('to', 'Het einde van de periode ligt na het begin.');
    else if (valid(from) && to.getTime() - from.getTime() > 3 * 366 * 24 * 3600 * 1000) check.fail('to', 'Kies een periode van hoogstens drie jaar.');
    check.done();
    const policy = (await this.repo.findSlaPolicy(regionId)) ?? defaultPolicy(regionId);
    const days = await this.holidays(regionId);
    const requests = await this.repo.listRequestsCreatedBetween(regionId, from, to);
    const items = [];
    for (const request of requests) {
      items.push({ request, sla: await this.sla(request, policy, days), firstResponseMinutes: request.firstResponseAt ? this.firstResponseMinutes(request, days, policy.businessHours) : null });
    }
    const schools = await this.regions.schoolsByIds([...new Set(requests.flatMap((r) => r.schoolIds))]);
    return {
      from,
      to,
      total: requests.length,
      byType: buildReport(items, (i) => [i.request.type], (key) => REQUEST_TYPE_TEXT[key as RequestType] ?? key),
      bySchool: buildReport(
        items,
        (i) => (i.request.schoolIds.length ? i.request.schoolIds : ['geen']),
        (key) => (key === 'geen' ? 'Geen school' : schools.find((x) => x.id === key)?.name ?? 'Onbekende school'),
      ),
    };
  }

  // ---------- canned replies ----------

  /** The region's canned replies: staff, and school contacts (members with a school in the region) to use them. */
  async cannedReplies(actor: Actor, regionId: string): Promise<CannedReply[]> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    if (this.ownSchoolIds(actor, regionId).length === 0) this.assertStaff(actor, regionId);
    return this.repo.listCannedReplies(regionId);
  }

  /** Creates (no id) or changes a canned reply; the title is unique per region. */
  async saveCannedReply(actor: Actor, input: { id?: string | null; regionId: string; title: string; body: string }): Promise<CannedReply> {
    if (!isUuid(input.regionId)) throw DomainError.notFound('Deze regio');
    this.assertStaff(actor, input.regionId);
    const existing = input.id ? (isUuid(input.id) ? await this.repo.findCannedReply(input.id) : null) : null;
    if (input.id && (!existing || existing.regionId !== input.regionId)) throw DomainError.notFound('Dit standaardantwoord');
    const check = new InputCheck();
    const title = check.text('title', input.title, { label: 'De titel', required: true, max: 100 });
    const body = check.text('body', input.body, { label: 'De tekst', required: true, max: 4000 });
    check.done();
    return this.uow.run(async () => {
      const same = await this.repo.findCannedReplyByTitle(input.regionId, title as string);
      if (same && same.id !== existing?.id) throw DomainError.conflict(`Er is in deze regio al een standaardantwoord met de titel "${title}". Kies een andere titel.`, 'title');
      return existing
        ? this.repo.updateCannedReply(existing.id, { title: title as string, body: body as string })
        : this.repo.insertCannedReply({ regionId: input.regionId, title: title as string, body: body as string });
    });
  }

  async deleteCannedReply(actor: Actor, id: string): Promise<boolean> {
    const reply = isUuid(id) ? await this.repo.findCannedReply(id) : null;
    if (!reply) throw DomainError.notFound('Dit standaardantwoord');
    this.assertStaff(actor, reply.regionId);
    return this.uow.run(() => this.repo.deleteCannedReply(reply.id));
  }

  // ---------- audit log ----------

  private async audit(actor: Actor, requestIds: string[], action: AuditAction, what: string): Promise<void> {
    const at = this.clock.now();
    await this.repo.insertAudit(requestIds.map((requestId) => ({ requestId, personId: actor.personId, personName: actor.name, action, what, at })));
  }

  /** Who viewed or changed a request, newest first (staff of the region and the request's school contacts). */
  async auditLog(actor: Actor, requestId: string): Promise<AuditEntry[]> {
    const request = await this.readableRequest(actor, requestId);
    return this.repo.listAudit(request.id);
  }

  // ---------- returning companies: magic-link sign-in ----------

  /**
   * Mails a single-use sign-in link (30 minutes) when the address has requests in the region.
   * The answer is always the same, known address or not; attempts are rate-limited like intake.
   */
  async requestSignIn(regionSlug: string, email: string, clientKey: string): Promise<string> {
    const check = new InputCheck();
    const address = check.email('email', email) as string;
    const region = typeof regionSlug === 'string' && regionSlug.length <= 100 ? (await this.regions.listRegions()).find((r) => r.slug === regionSlug) : undefined;
    if (!region) check.fail('regionSlug', 'Kies de regio van het bedrijvenloket.');
    check.done();
    if (!region) return SIGN_IN_ANSWER;
    await this.rateLimit([`loket-login-ip:${clientKey}`, `loket-login-email:${address}`], 'inlogpogingen');
    const now = this.clock.now();
    await this.uow.run(async () => {
      await this.limiter.record([`loket-login-ip:${clientKey}`, `loket-login-email:${address}`]);
      if ((await this.repo.listRequestsByContact(region.id, address)).length === 0) return;
      const token = newToken();
      await this.repo.insertSignInLink({ regionId: region.id, email: address, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + this.config.loket.signInLinkMinutes * 60000) });
      await this.outbox.enqueue({
        kind: EMAIL_JOB,
        key: `loket-sign-in:${hashToken(token)}`,
        payload: {
          to: address,
          subject: mailText`Inloggen bij het bedrijvenloket ${region.name}`,
          text: mailText`Hallo,\n\nMet deze link zie je al je aanvragen bij het bedrijvenloket ${region.name}:\n\n${this.config.publicUrl}/loket/inloggen/${token}\n\nDe link werkt ${Math.max(1, Math.round(this.config.loket.signInLinkMinutes))} minuten en één keer. Heb je niet om deze link gevraagd? Dan kun je deze e-mail negeren.\n\nMet vriendelijke groet,\nBedrijvenloket ${region.name}`,
        },
      });
    });
    return SIGN_IN_ANSWER;
  }

  /** Uses a sign-in link (once): the company session it opens. */
  async consumeSignIn(token: string): Promise<CompanySession> {
    const link = typeof token === 'string' && token.length >= 20 && token.length <= MAX_TOKEN_LENGTH ? await this.repo.findSignInLink(hashToken(token)) : null;
    if (!link) throw new DomainError(ErrorCode.LINK_INVALID, 'Deze inloglink bestaat niet. Vraag een nieuwe inloglink aan.');
    const now = this.clock.now();
    if (link.usedAt) throw new DomainError(ErrorCode.LINK_USED, 'Deze inloglink is al gebruikt. Vraag een nieuwe inloglink aan.');
    if (link.expiresAt <= now) throw new DomainError(ErrorCode.LINK_EXPIRED, 'Deze inloglink is verlopen. Vraag een nieuwe inloglink aan.');
    if (!(await this.uow.run(() => this.repo.useSignInLink(link.id, now)))) throw new DomainError(ErrorCode.LINK_USED, 'Deze inloglink is al gebruikt. Vraag een nieuwe inloglink aan.');
    return { regionId: link.regionId, email: link.email };
  }

  /** The signed cookie value of a company session: region, e-mail address and expiry. */
  companySessionCookie(session: CompanySession): { value: string; expiresAt: Date } {
    const expiresAt = new Date(this.clock.now().getTime() + COMPANY_SESSION_DAYS * 24 * 3600 * 1000);
    const payload = `${session.regionId}.${Buffer.from(session.email).toString('base64url')}`;
    return { value: signExpiringToken(this.config.session.secret, 'loket-company', payload, expiresAt), expiresAt };
  }

  /** The session in a cookie value, or null when it is missing, forged or expired. */
  readCompanySession(value: string | null | undefined): CompanySession | null {
    const [regionId, email, ...rest] = verifyExpiringToken(this.config.session.secret, 'loket-company', value, this.clock.now(), 1000)?.split('.') ?? [];
    if (rest.length || !isUuid(regionId) || !email) return null;
    return { regionId, email: Buffer.from(email, 'base64url').toString('utf8') };
  }

  /** The signed-in company's requests in its region (no erased or merged ones), newest first, and the region. */
  async companyRequests(session: CompanySession): Promise<{ regionName: string; requests: LoketRequest[] }> {
    const region = await this.regions.getRegion({ id: session.regionId });
    return { regionName: region.name, requests: await this.repo.listRequestsByContact(session.regionId, session.email) };
  }

  private async ownRequest(session: CompanySession, reference: string): Promise<LoketRequest> {
    const wanted = typeof reference === 'string' ? reference.trim().toUpperCase() : '';
    const request = wanted.length <= 20 ? (await this.repo.listRequestsByContact(session.regionId, session.email)).find((r) => r.reference === wanted) : undefined;
    if (!request) throw new DomainError(ErrorCode.NOT_FOUND, NOT_FOUND_MESSAGE);
    return request;
  }

  /** The status view of one of the signed-in company's requests; any other reference: NOT_FOUND. */
  async companyView(session: CompanySession, reference: string): Promise<PublicRequestView> {
    return this.view(await this.ownRequest(session, reference), false);
  }

  async companySessionReply(session: CompanySession, reference: string, body: string): Promise<LoketMessage> {
    return this.replyAsCompany(await this.ownRequest(session, reference), body);
  }

  /** The regions a company can sign in to (the sign-in form's choice). */
  async signInRegions(): Promise<Array<{ slug: string; name: string }>> {
    return (await this.regions.listRegions()).map((r) => ({ slug: r.slug, name: r.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  /** The region of the public intake form (NOT_FOUND for an unknown slug). */
  async intakeRegion(slug: string): Promise<{ id: string; slug: string; name: string }> {
    const region = await this.regions.getRegion({ slug });
    return { id: region.id, slug: region.slug, name: region.name };
  }

  // ---------- helpers ----------

  /** One transaction; afterwards `loket.changed` for the region and the request. */
  private write<T>(regionId: string, kind: string, work: () => Promise<{ request: LoketRequest | null; result: T } | LoketRequest>): Promise<T> {
    return this.uow.run(async () => {
      const outcome = await work();
      const { request, result } = 'result' in outcome ? outcome : { request: outcome, result: outcome as unknown as T };
      this.uow.afterCommit(() => this.events.emit('loket.changed', { regionId, requestId: request?.id ?? null, kind, at: this.clock.now().toISOString() }));
      return result;
    });
  }
}

/** Defaults when a region has set no policy: a first reply within 8 and completion within 80 business hours. */
export const defaultPolicy = (regionId: string): SlaPolicy => ({ regionId, firstResponseMinutes: 8 * 60, resolutionMinutes: 80 * 60, warnBeforeMinutes: 60, businessHours: true });

/** The most specific rule: type and sector, then type, then sector, then a catch-all. */
export function pickRule(rules: readonly RoutingRule[], type: RequestType, sector: string | null): RoutingRule | null {
  const s = sector?.trim().toLowerCase() ?? null;
  const matches = rules.filter((r) => (!r.requestType || r.requestType === type) && (!r.sector || r.sector.trim().toLowerCase() === s));
  const score = (r: RoutingRule) => (r.requestType ? 2 : 0) + (r.sector ? 1 : 0);
  return matches.sort((a, b) => score(b) - score(a) || a.createdAt.getTime() - b.createdAt.getTime())[0] ?? null;
}

/** Reads region holidays for the clock only (never returned to a caller). */
const SYSTEM_ACTOR: Actor = { personId: '00000000-0000-4000-8000-000000000000', name: 'loket', email: 'loket@verbinder.local', systemRole: 'BEHEERDER', memberships: [] };
