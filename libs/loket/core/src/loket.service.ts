import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { amsterdamInstant, amsterdamParts, MeetupsService } from '@verbinder/meetups/core';
import { NotificationsService } from '@verbinder/notifications/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { InputCheck, RegionsService } from '@verbinder/regions/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import {
  Actor,
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
  UNIT_OF_WORK,
  UnitOfWork,
} from '@verbinder/shared/kernel';
import { addBusinessMs, elapsedMs, HolidayRange } from './business-time';
import { isDuplicate } from './duplicates';
import { normaliseKvk } from './kvk';
import { LOKET_REPOSITORY, LoketRepository } from './loket-repository.port';
import {
  Company,
  CompanyContact,
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
  constructor(
    @Inject(LOKET_REPOSITORY) private readonly repo: LoketRepository,
    @Inject(UNIT_OF_WORK) private readonly uow: UnitOfWork,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
    @Inject(OUTBOX) private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
    private readonly meetups: MeetupsService,
  ) {}

  // ---------- authorization ----------

  isStaff(actor: Actor, regionId: string): boolean {
    return hasRegionRole(actor, regionId, [...LOKET_STAFF_ROLES]);
  }

  private assertStaff(actor: Actor, regionId: string): void {
    if (!this.isStaff(actor, regionId)) throw DomainError.forbidden('Alleen loket-medewerkers, verbinders en beheerders van de regio mogen dit.');
  }

  // ---------- spam protection ----------

  private sign(value: string): string {
    return createHmac('sha256', this.config.session.secret).update(`loket-form:${value}`).digest('base64url');
  }

  /** A token the public form carries: when it was rendered, signed so it cannot be forged. */
  formToken(): string {
    const issued = String(this.clock.now().getTime());
    return `${issued}.${this.sign(issued)}`;
  }

  private checkFormToken(check: InputCheck, token: string | null | undefined): void {
    const [issued, signature] = typeof token === 'string' && token.length <= MAX_TOKEN_LENGTH ? token.split('.') : [];
    const expected = issued ? Buffer.from(this.sign(issued)) : null;
    const given = Buffer.from(signature ?? '');
    if (!expected || expected.length !== given.length || !timingSafeEqual(expected, given)) {
      check.fail('formToken', 'Het formulier is ongeldig of verlopen. Laad de pagina opnieuw en probeer het nog eens.');
      return;
    }
    const age = this.clock.now().getTime() - Number(issued);
    if (age < MIN_FORM_SECONDS * 1000) check.fail('formToken', 'Het formulier is te snel verstuurd. Controleer je gegevens en verstuur het opnieuw.');
    else if (age > MAX_FORM_HOURS * 3600 * 1000) check.fail('formToken', 'Het formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens.');
  }

  private async rateLimit(keys: string[]): Promise<void> {
    const { max, windowSeconds } = this.config.loginRateLimit;
    const since = new Date(this.clock.now().getTime() - windowSeconds * 1000);
    for (const key of keys) {
      // Per client IP several companies may share an office network: three times the e-mail limit.
      const limit = key.startsWith('loket-ip:') ? max * 3 : max;
      if ((await this.repo.countAttempts(key, since)) >= limit) {
        throw new DomainError(ErrorCode.RATE_LIMITED, `Te veel aanvragen in korte tijd. Probeer het over ${Math.ceil(windowSeconds / 60)} minuten opnieuw.`, {
          retryAfterSeconds: windowSeconds,
        });
      }
    }
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
    if (!trusted) this.checkFormToken(check, input.formToken);
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
      await this.repo.recordAttempt(`loket-ip:${clientKey}`, now);
      await this.repo.recordAttempt(`loket-email:${address}`, now);
      const existing = await this.repo.findCompanyByKvk(region.id, kvk as string);
      const company = existing
        ? await this.repo.updateCompany(existing.id, { name: companyName as string, sector: sector ?? existing.sector, location: location ?? existing.location })
        : await this.repo.insertCompany({ regionId: region.id, name: companyName as string, kvk: kvk as string, sector, location });
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
          subject: `Je aanvraag bij het bedrijvenloket ${region.name} (${request.reference})`,
          text: `Beste ${contactName},\n\nWe hebben je aanvraag "${REQUEST_TYPE_TEXT[type]}" voor ${companyName} ontvangen. Via deze persoonlijke link volg je de voortgang en reageer je op onze vragen:\n\n${this.config.publicUrl}/loket/status/${token}\n\nDeel deze link niet: iedereen met de link ziet je aanvraag.\n\nMet vriendelijke groet,\nBedrijvenloket ${region.name}`,
        },
      });
      if (request.ownerId) {
        await this.notifications.notify([request.ownerId], {
          kind: 'loket.assigned',
          title: `Nieuwe loketaanvraag: ${companyName}`,
          body: REQUEST_TYPE_TEXT[type],
          link: `/loket/${request.id}`,
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
    // A merged request's link shows the request it was merged into.
    const merged = found.mergedIntoId ? await this.repo.findRequestById(found.mergedIntoId) : null;
    return merged ?? found;
  }

  async publicView(token: string): Promise<PublicRequestView> {
    const request = await this.requestByToken(token);
    return this.view(request, false);
  }

  private async view(request: LoketRequest, withNotes: boolean): Promise<PublicRequestView> {
    const [company] = await this.repo.findCompaniesByIds([request.companyId]);
    const owner = request.ownerId ? (await this.regions.personsByIds([request.ownerId]))[0] : null;
    const schools = await this.regions.schoolsByIds(request.schoolIds);
    const messages = (await this.repo.listMessages(request.id)).filter((m) => withNotes || m.author !== 'NOTITIE');
    return { request, company, handlerName: owner?.name ?? null, schoolNames: schools.map((s) => s.name), messages };
  }

  /** The company adds information; a request waiting for the company resumes its clock. */
  async companyReply(token: string, body: string): Promise<LoketMessage> {
    const request = await this.requestByToken(token);
    const check = new InputCheck();
    const text = check.text('body', body, { label: 'Je bericht', required: true, max: 4000 });
    check.done();
    if (request.status === 'AFGEROND') throw DomainError.conflict('Deze aanvraag is afgerond. Dien een nieuwe aanvraag in als je nog iets nodig hebt.');
    return this.write(request.regionId, 'message.company', async () => {
      const message = await this.repo.insertMessage({ requestId: request.id, author: 'BEDRIJF', personId: null, authorName: request.contactName, body: text as string });
      if (request.status === 'WACHT_OP_BEDRIJF') await this.repo.updateRequest(request.id, { status: 'IN_BEHANDELING', ...this.resume(request) });
      if (request.ownerId) {
        await this.notifications.notify([request.ownerId], { kind: 'loket.reply', title: `Reactie van ${request.contactName}`, body: (text as string).slice(0, 200), link: `/loket/${request.id}` });
      }
      return { request, result: message };
    });
  }

  // ---------- staff ----------

  async getRequest(actor: Actor, id: string): Promise<LoketRequest> {
    const request = isUuid(id) ? await this.repo.findRequestById(id) : null;
    if (!request) throw DomainError.notFound('Deze aanvraag');
    this.assertStaff(actor, request.regionId);
    return request;
  }

  async listRequests(actor: Actor, regionId: string, status?: string | null): Promise<LoketRequest[]> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    this.assertStaff(actor, regionId);
    if (status && !REQUEST_STATUSES.includes(status as RequestStatus)) throw DomainError.badInput([{ field: 'status', message: 'Deze status bestaat niet.' }]);
    return this.repo.listRequests(regionId, (status as RequestStatus) ?? null);
  }

  messages = (requestId: string) => this.repo.listMessages(requestId);
  companiesByIds = (ids: readonly string[]) => this.repo.findCompaniesByIds(ids);

  /**
   * A staff reply to the company (visible on the status page, e-mailed) or an internal note.
   * The first reply stops the first-response clock; `waitForCompany` pauses the clock.
   */
  async staffReply(actor: Actor, id: string, body: string, opts: { internal?: boolean | null; waitForCompany?: boolean | null } = {}): Promise<LoketMessage> {
    const request = await this.getRequest(actor, id);
    const check = new InputCheck();
    const text = check.text('body', body, { label: 'Het bericht', required: true, max: 4000 });
    check.done();
    if (request.status === 'AFGEROND') throw DomainError.conflict('Deze aanvraag is afgerond.');
    const region = await this.regions.getRegion({ id: request.regionId });
    return this.write(request.regionId, opts.internal ? 'note' : 'message.loket', async () => {
      const message = await this.repo.insertMessage({ requestId: request.id, author: opts.internal ? 'NOTITIE' : 'LOKET', personId: actor.personId, authorName: actor.name, body: text as string });
      if (!opts.internal) {
        const now = this.clock.now();
        const waiting = !!opts.waitForCompany;
        await this.repo.updateRequest(request.id, {
          firstResponseAt: request.firstResponseAt ?? now,
          status: waiting ? 'WACHT_OP_BEDRIJF' : 'IN_BEHANDELING',
          ownerId: request.ownerId ?? actor.personId,
          ...(waiting ? (request.pausedAt ? {} : { pausedAt: now }) : this.resume(request)),
        });
        await this.outbox.enqueue({
          kind: EMAIL_JOB,
          key: `loket-reply:${message.id}`,
          payload: {
            to: request.contactEmail,
            subject: `Nieuw bericht over je aanvraag ${request.reference}`,
            text: `Beste ${request.contactName},\n\n${actor.name} van het bedrijvenloket ${region.name} schreef:\n\n${text}\n\nReageren kan via de persoonlijke link uit onze eerste e-mail.\n\nMet vriendelijke groet,\nBedrijvenloket ${region.name}`,
          },
        });
      }
      return { request, result: message };
    });
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
      await this.recordLoketContacts(updated, schoolIds.filter((id) => !request.schoolIds.includes(id)), actor.personId);
      const what = `Toegewezen aan ${owner.name}${schools.length ? ` met ${schools.map((s) => s.name).join(', ')}` : ''}`;
      await this.repo.insertMessage({ requestId: request.id, author: 'NOTITIE', personId: actor.personId, authorName: actor.name, body: reason ? `${what}. Reden: ${reason}` : `${what}.` });
      if (input.ownerId !== request.ownerId) {
        await this.notifications.notify([input.ownerId], { kind: 'loket.assigned', title: 'Een loketaanvraag is aan je toegewezen', body: reason, link: `/loket/${request.id}` });
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
            text: `Beste ${person.name},\n\nDe termijn voor de ${target} van loketaanvraag ${request.reference} (${REQUEST_TYPE_TEXT[request.type]} van ${company.name}) ${level === 'warning' ? 'loopt bijna af' : 'is overschreden'}.\n\nBekijk de aanvraag: ${this.config.publicUrl}/loket/${request.id}\n\nVerbinder`,
          },
        });
        if (first && !queued) return 0;
        first = false;
      }
      await this.notifications.notify(personIds, { kind: `loket.sla-${level}`, title, body: null, link: `/loket/${request.id}` });
      this.uow.afterCommit(() => this.events.emit('loket.changed', { regionId: request.regionId, requestId: request.id, kind: `sla.${level}`, at: this.clock.now().toISOString() }));
      return 1;
    });
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
