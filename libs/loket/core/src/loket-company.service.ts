import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@verbinder/notifications/core';
import { RegionsService } from '@verbinder/regions/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import { DomainError, EMAIL_JOB, isUuid, mailText, InputCheck, signExpiringToken, verifyExpiringToken } from '@verbinder/shared/kernel';
import { rateLimit } from './loket-rate-limit';
import { LoketPorts } from './loket-ports';
import { resumeClock } from './loket-sla.service';
import { hashToken, MAX_TOKEN_LENGTH, newToken } from './loket-tokens';
import { write } from './loket-write';
import { SIGN_IN_ANSWER } from './loket.texts';
import { Company, LoketMessage, LoketRequest } from './loket.types';

const NOT_FOUND_MESSAGE = 'Deze aanvraag is niet gevonden. Controleer of je de hele link uit de e-mail hebt gebruikt.';
export const COMPANY_SESSION_DAYS = 7;

/** A signed-in company (magic link): one contact e-mail address in one region. */
export interface CompanySession {
  regionId: string;
  email: string;
}

/** What the company sees through its status link: no internal notes, no other requests. */
export interface PublicRequestView {
  request: LoketRequest;
  company: Company;
  handlerName: string | null;
  schoolNames: string[];
  messages: LoketMessage[];
}

/**
 * The company's side of the loket, without an account: the private status link of one request
 * (view and reply), and for returning companies a magic-link sign-in that opens a session
 * showing all their requests in the region.
 */
@Injectable()
export class LoketCompanyService {
  constructor(
    private readonly ports: LoketPorts,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
  ) {}

  // ---------- the company's side (token) ----------

  /** The request behind a status link; unknown, malformed and guessed tokens all get the same NOT_FOUND. */
  async requestByToken(token: string): Promise<LoketRequest> {
    const found = typeof token === 'string' && token.length >= 20 && token.length <= MAX_TOKEN_LENGTH ? await this.ports.repo.findRequestByTokenHash(hashToken(token)) : null;
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
    const [company] = await this.ports.repo.findCompaniesByIds([request.companyId]);
    const owner = request.ownerId ? (await this.regions.personsByIds([request.ownerId]))[0] : null;
    const schools = await this.regions.schoolsByIds(request.schoolIds);
    // Only what was written on this very request: after a merge, each contact sees their own conversation.
    const messages = (await (withNotes ? this.ports.repo.listMessages(request.id) : this.ports.repo.listOwnMessages(request.id))).filter((m) => withNotes || m.author !== 'NOTITIE');
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
    return write(this.ports, request.regionId, 'message.company', async () => {
      const message = await this.ports.repo.insertMessage({ requestId: request.id, author: 'BEDRIJF', personId: null, authorName: request.contactName, body: text as string });
      if (request.status === 'WACHT_OP_BEDRIJF') await this.ports.repo.updateRequest(request.id, { status: 'IN_BEHANDELING', ...resumeClock(request, this.ports.clock.now()) });
      if (request.ownerId) {
        await this.notifications.notify([request.ownerId], {
          kind: 'loket.reply',
          title: `Reactie van ${request.contactName}`,
          body: (text as string).slice(0, 200),
          link: `/loketaanvraag/${request.id}`,
        });
      }
      return { request, result: message };
    });
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
    await rateLimit(this.ports, [`loket-login-ip:${clientKey}`, `loket-login-email:${address}`], 'inlogpogingen');
    const now = this.ports.clock.now();
    await this.ports.uow.run(async () => {
      await this.ports.limiter.record([`loket-login-ip:${clientKey}`, `loket-login-email:${address}`]);
      if ((await this.ports.repo.listRequestsByContact(region.id, address)).length === 0) return;
      const token = newToken();
      await this.ports.repo.insertSignInLink({
        regionId: region.id,
        email: address,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + this.ports.config.loket.signInLinkMinutes * 60000),
      });
      await this.ports.outbox.enqueue({
        kind: EMAIL_JOB,
        key: `loket-sign-in:${hashToken(token)}`,
        payload: {
          to: address,
          subject: mailText`Inloggen bij het bedrijvenloket ${region.name}`,
          text: mailText`Hallo,\n\nMet deze link zie je al je aanvragen bij het bedrijvenloket ${region.name}:\n\n${this.ports.config.publicUrl}/loket/inloggen/${token}\n\nDe link werkt ${Math.max(1, Math.round(this.ports.config.loket.signInLinkMinutes))} minuten en één keer. Heb je niet om deze link gevraagd? Dan kun je deze e-mail negeren.\n\nMet vriendelijke groet,\nBedrijvenloket ${region.name}`,
        },
      });
    });
    return SIGN_IN_ANSWER;
  }

  /** Uses a sign-in link (once): the company session it opens. */
  async consumeSignIn(token: string): Promise<CompanySession> {
    const link = typeof token === 'string' && token.length >= 20 && token.length <= MAX_TOKEN_LENGTH ? await this.ports.repo.findSignInLink(hashToken(token)) : null;
    if (!link) throw new DomainError(ErrorCode.LINK_INVALID, 'Deze inloglink bestaat niet. Vraag een nieuwe inloglink aan.');
    const now = this.ports.clock.now();
    if (link.usedAt) throw new DomainError(ErrorCode.LINK_USED, 'Deze inloglink is al gebruikt. Vraag een nieuwe inloglink aan.');
    if (link.expiresAt <= now) throw new DomainError(ErrorCode.LINK_EXPIRED, 'Deze inloglink is verlopen. Vraag een nieuwe inloglink aan.');
    if (!(await this.ports.uow.run(() => this.ports.repo.useSignInLink(link.id, now)))) throw new DomainError(ErrorCode.LINK_USED, 'Deze inloglink is al gebruikt. Vraag een nieuwe inloglink aan.');
    return { regionId: link.regionId, email: link.email };
  }

  /** The signed cookie value of a company session: region, e-mail address and expiry. */
  companySessionCookie(session: CompanySession): { value: string; expiresAt: Date } {
    const expiresAt = new Date(this.ports.clock.now().getTime() + COMPANY_SESSION_DAYS * 24 * 3600 * 1000);
    const payload = `${session.regionId}.${Buffer.from(session.email).toString('base64url')}`;
    return { value: signExpiringToken(this.ports.config.session.secret, 'loket-company', payload, expiresAt), expiresAt };
  }

  /** The session in a cookie value, or null when it is missing, forged or expired. */
  readCompanySession(value: string | null | undefined): CompanySession | null {
    const [regionId, email, ...rest] = verifyExpiringToken(this.ports.config.session.secret, 'loket-company', value, this.ports.clock.now(), 1000)?.split('.') ?? [];
    if (rest.length || !isUuid(regionId) || !email) return null;
    return { regionId, email: Buffer.from(email, 'base64url').toString('utf8') };
  }

  /** The signed-in company's requests in its region (no erased or merged ones), newest first, and the region. */
  async companyRequests(session: CompanySession): Promise<{ regionName: string; requests: LoketRequest[] }> {
    const region = await this.regions.getRegion({ id: session.regionId });
    return { regionName: region.name, requests: await this.ports.repo.listRequestsByContact(session.regionId, session.email) };
  }

  private async ownRequest(session: CompanySession, reference: string): Promise<LoketRequest> {
    const wanted = typeof reference === 'string' ? reference.trim().toUpperCase() : '';
    const request = wanted.length <= 20 ? (await this.ports.repo.listRequestsByContact(session.regionId, session.email)).find((r) => r.reference === wanted) : undefined;
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
}
