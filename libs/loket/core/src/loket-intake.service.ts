import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@verbinder/notifications/core';
import { RegionsService } from '@verbinder/regions/core';
import { DomainError, EMAIL_JOB, mailText, InputCheck, signToken, verifyToken } from '@verbinder/shared/kernel';
import { duplicateCompanyText, isDuplicate } from './duplicates';
import { normaliseKvk } from './kvk';
import { rateLimit } from './loket-rate-limit';
import { LoketPorts } from './loket-ports';
import { hashToken, MAX_TOKEN_LENGTH, newToken } from './loket-tokens';
import { write } from './loket-write';
import { INTAKE_ANSWER, REQUEST_TYPE_TEXT } from './loket.texts';
import { Company, IntakeInput, LoketRequest, REQUEST_TYPES, RequestType, RoutingRule } from './loket.types';
import { notifySchools, recordLoketContacts } from './school-split';

/** A form submitted sooner than this after it was rendered is a bot. */
export const MIN_FORM_SECONDS = 3;
const MAX_FORM_HOURS = 24;

/**
 * The public intake: a company's request from the form (no account) with spam protection (a
 * signed, single-use form token, a honeypot, rate limits per client and address), a check for
 * duplicates, and the routing rules that pick the handler and schools.
 */
@Injectable()
export class LoketIntakeService {
  constructor(
    private readonly ports: LoketPorts,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
  ) {}

  // ---------- spam protection ----------

  /**
   * A token the public form carries: when it was rendered and a random id, signed so it cannot be
   * forged. It is good for one submission (`spendFormToken`, until it would have expired).
   */
  formToken(): string {
    return signToken(this.ports.config.session.secret, 'loket-form', `${this.ports.clock.now().getTime()}.${randomBytes(12).toString('base64url')}`);
  }

  /** When a valid form token was issued (ms), or null after recording why it is refused. */
  private checkFormToken(check: InputCheck, token: string | null | undefined): number | null {
    const [time, id, rest] = verifyToken(this.ports.config.session.secret, 'loket-form', token, MAX_TOKEN_LENGTH)?.split('.') ?? [];
    if (!time || !id || rest !== undefined) {
      check.fail('formToken', 'Het formulier is ongeldig of verlopen. Laad de pagina opnieuw en probeer het nog eens.');
      return null;
    }
    const issued = Number(time);
    const age = this.ports.clock.now().getTime() - issued;
    if (age < MIN_FORM_SECONDS * 1000) check.fail('formToken', 'Het formulier is te snel verstuurd. Controleer je gegevens en verstuur het opnieuw.');
    else if (age > MAX_FORM_HOURS * 3600 * 1000) check.fail('formToken', 'Het formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens.');
    return issued;
  }

  // ---------- intake ----------

  /** The region of the public intake form (NOT_FOUND for an unknown slug). */
  async intakeRegion(slug: string): Promise<{ id: string; slug: string; name: string }> {
    const region = await this.regions.getRegion({ slug });
    return { id: region.id, slug: region.slug, name: region.name };
  }

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
    const type = check.oneOf('type', input.type as RequestType, REQUEST_TYPES, 'Het soort aanvraag', 'Kies het soort aanvraag.');
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
    if (!trusted) await rateLimit(this.ports, [`loket-ip:${clientKey}`, `loket-email:${address}`]);
    const now = this.ports.clock.now();
    const token = newToken();
    return write(this.ports, region.id, 'request.created', async () => {
      // One request per form: the token is spent in this transaction (a refused or failed
      // submission leaves it usable); a second submission with it is refused.
      if (formIssued !== null && !(await this.ports.repo.spendFormToken(hashToken(input.formToken), new Date(formIssued + MAX_FORM_HOURS * 3600 * 1000), now))) {
        throw DomainError.badInput([{ field: 'formToken', message: 'Dit formulier is al verstuurd. Laad de pagina opnieuw als je nog een aanvraag wilt doen.' }]);
      }
      await this.ports.limiter.record([`loket-ip:${clientKey}`, `loket-email:${address}`]);
      // A known KvK number attaches the request to the company as it is: an anonymous form never
      // changes the company record (staff do that); what was typed is kept on the request.
      const existing = await this.ports.repo.findCompanyByKvk(region.id, kvk as string);
      const company = existing ?? (await this.ports.repo.insertCompany({ regionId: region.id, name: companyName as string, kvk: kvk as string, sector, location }));
      const submitted = { name: companyName as string, sector, location };
      const differs = existing !== null && (submitted.name !== existing.name || (sector !== null && sector !== existing.sector) || (location !== null && location !== existing.location));
      const rule = pickRule(await this.ports.repo.listRules(region.id), type, company.sector);
      const request = await this.ports.repo.insertRequest({
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
      await recordLoketContacts(this.ports, request, request.schoolIds, request.ownerId);
      await notifySchools({ regions: this.regions, notifications: this.notifications }, request, request.schoolIds, companyName as string, request.ownerId);
      const duplicate = await this.findDuplicate(request, company);
      if (duplicate) {
        const { request: other, company: otherCompany } = duplicate;
        await this.ports.repo.updateRequest(request.id, { duplicateOfId: other.id });
        const who = duplicateCompanyText(company, otherCompany ?? { kvk: '', name: '' });
        await this.ports.repo.insertMessage({
          requestId: request.id,
          author: 'NOTITIE',
          personId: null,
          authorName: 'Verbinder',
          body: `Mogelijk dubbel met ${other.reference}: ${who}, een vergelijkbare vraag en een overlappende periode.`,
        });
      }
      if (message) await this.ports.repo.insertMessage({ requestId: request.id, author: 'BEDRIJF', personId: null, authorName: contactName as string, body: message });
      await this.ports.outbox.enqueue({
        kind: EMAIL_JOB,
        key: `loket-intake:${request.id}`,
        payload: {
          to: address,
          subject: mailText`Je aanvraag bij het bedrijvenloket ${region.name} (${request.reference})`,
          text: mailText`Beste ${contactName},\n\nWe hebben je aanvraag "${REQUEST_TYPE_TEXT[type]}" voor ${companyName} ontvangen. Via deze persoonlijke link volg je de voortgang en reageer je op onze vragen:\n\n${this.ports.config.publicUrl}/loket/status/${token}\n\nDeel deze link niet: iedereen met de link ziet je aanvraag.\n\nMet vriendelijke groet,\nBedrijvenloket ${region.name}`,
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

  // ---------- duplicates ----------

  /** An open request of the region that the fresh one probably duplicates, with its company. */
  private async findDuplicate(fresh: LoketRequest, company: Company): Promise<{ request: LoketRequest; company: Company | null } | null> {
    const open = (await this.ports.repo.listRequests(fresh.regionId, null)).filter((r) => r.id !== fresh.id && r.status !== 'AFGEROND' && !r.mergedIntoId);
    const companies = await this.ports.repo.findCompaniesByIds([...new Set(open.map((r) => r.companyId))]);
    const companyOf = (r: LoketRequest) => companies.find((c) => c.id === r.companyId) ?? null;
    const request = open.find((r) => isDuplicate({ ...fresh, kvk: company.kvk }, { ...r, kvk: companyOf(r)?.kvk ?? '' }));
    return request ? { request, company: companyOf(request) } : null;
  }
}

/** The most specific rule: type and sector, then type, then sector, then a catch-all. */
export function pickRule(rules: readonly RoutingRule[], type: RequestType, sector: string | null): RoutingRule | null {
  const s = sector?.trim().toLowerCase() ?? null;
  const matches = rules.filter((r) => (!r.requestType || r.requestType === type) && (!r.sector || r.sector.trim().toLowerCase() === s));
  const score = (r: RoutingRule) => (r.requestType ? 2 : 0) + (r.sector ? 1 : 0);
  return matches.sort((a, b) => score(b) - score(a) || a.createdAt.getTime() - b.createdAt.getTime())[0] ?? null;
}
