import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@verbinder/notifications/core';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, EMAIL_JOB, isUuid, mailBlock, mailText, InputCheck } from '@verbinder/shared/kernel';
import { LoketAccessService } from './loket-access.service';
import { audit } from './loket-audit';
import { LoketPorts } from './loket-ports';
import { LoketSlaService, resumeClock } from './loket-sla.service';
import { write } from './loket-write';
import { AuditEntry, InboxFilter, LoketMessage, LoketRequest, REQUEST_STATUSES, REQUEST_TYPES, RequestFilter, RequestStatus, RequestType, SlaFilter } from './loket.types';

/** At most one VIEWED audit entry per person and request in this window. */
const VIEW_AUDIT_MINUTES = 10;
const SLA_FILTERS: readonly SlaFilter[] = ['BREACHED', 'AT_RISK'];

/**
 * The inbox of the loket's staff and of school contacts: the filtered list, opening a request
 * (audited), the conversation with the company and internal notes, status changes that pause
 * and resume the SLA clock, and the audit log.
 */
@Injectable()
export class LoketInboxService {
  constructor(
    private readonly ports: LoketPorts,
    private readonly access: LoketAccessService,
    private readonly slaClock: LoketSlaService,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * The inbox. Without a filter every request of the region (the legacy `status` argument
   * narrows it); with a filter, closed requests only when `includeClosed` or asked for by status.
   */
  async listRequests(actor: Actor, regionId: string, status?: string | null, input?: InboxFilter | null): Promise<LoketRequest[]> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    // Staff see the whole region; a school contact only the requests split to their school(s).
    const schoolScope = this.access.isStaff(actor, regionId) ? null : this.access.ownSchoolIds(actor, regionId);
    if (schoolScope && schoolScope.length === 0) this.access.assertStaff(actor, regionId);
    const check = new InputCheck();
    if (status && !REQUEST_STATUSES.includes(status as RequestStatus)) check.fail('status', 'Deze status bestaat niet.');
    if (!input) {
      check.done();
      return this.ports.repo.listRequests(regionId, { ...(status ? { statuses: [status as RequestStatus] } : {}), includeClosed: true, anySchoolIds: schoolScope });
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
    const ownerId = input.mine ? actor.personId : (input.ownerId ?? null);
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
    const requests = await this.ports.repo.listRequests(regionId, filter);
    if (!input.sla) return requests;
    const { policy, days } = await this.slaClock.clockOf(regionId);
    const keep: LoketRequest[] = [];
    for (const request of requests) {
      if (request.status === 'AFGEROND') continue;
      const state = await this.slaClock.sla(request, policy, days);
      if (input.sla === 'BREACHED' ? state.overdue : state.atRisk) keep.push(request);
    }
    return keep;
  }

  /** The request for staff or a school contact who opens it: recorded in the audit log (at most once per 10 minutes). */
  async openRequest(actor: Actor, id: string): Promise<LoketRequest> {
    const request = await this.access.readableRequest(actor, id);
    const since = new Date(this.ports.clock.now().getTime() - VIEW_AUDIT_MINUTES * 60000);
    if (!(await this.ports.repo.hasViewedSince(request.id, actor.personId, 'request', since))) await audit(this.ports, actor, [request.id], 'VIEWED', 'request');
    return request;
  }

  messages = (requestId: string) => this.ports.repo.listMessages(requestId);
  companiesByIds = (ids: readonly string[]) => this.ports.repo.findCompaniesByIds(ids);

  /**
   * A reply to the company (visible on the status page, e-mailed) or an internal note, by the
   * loket's staff or by a contact of a school the request is split to. The first reply, from
   * either, stops the first-response clock. `waitForCompany` (pausing the clock) is a status
   * change and stays with staff; a school contact's messages carry their school's name.
   */
  async staffReply(actor: Actor, id: string, body: string, opts: { internal?: boolean | null; waitForCompany?: boolean | null } = {}): Promise<LoketMessage> {
    const { request, access } = await this.access.accessRequest(actor, id, 'read');
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
    return write(this.ports, request.regionId, internal ? 'note' : 'message.loket', async () => {
      const message = await this.ports.repo.insertMessage({ requestId: request.id, author: internal ? 'NOTITIE' : 'LOKET', personId: actor.personId, authorName, body: text as string });
      await audit(this.ports, actor, [request.id], 'CHANGED', internal ? 'internal-note' : 'reply');
      if (!internal) {
        const now = this.ports.clock.now();
        const intro = school ? `${actor.name} van ${school} schreef namens het bedrijvenloket ${region.name}` : `${actor.name} van het bedrijvenloket ${region.name} schreef`;
        if (access === 'staff') {
          const waiting = !!opts.waitForCompany;
          await this.ports.repo.updateRequest(request.id, {
            firstResponseAt: request.firstResponseAt ?? now,
            status: waiting ? 'WACHT_OP_BEDRIJF' : 'IN_BEHANDELING',
            ownerId: request.ownerId ?? actor.personId,
            ...(waiting ? (request.pausedAt ? {} : { pausedAt: now }) : resumeClock(request, this.ports.clock.now())),
          });
        } else {
          // A school's answer is the first response of the one clock; the owner stays, and a
          // request waiting for the company keeps waiting.
          await this.ports.repo.updateRequest(request.id, {
            firstResponseAt: request.firstResponseAt ?? now,
            ...(request.status === 'NIEUW' ? { status: 'IN_BEHANDELING' as const } : {}),
          });
        }
        await this.ports.outbox.enqueue({
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
    const own = this.access.ownSchoolIds(actor, request.regionId);
    const schoolId = request.schoolIds.find((id) => own.includes(id));
    return schoolId ? ((await this.regions.schoolsByIds([schoolId]))[0]?.name ?? null) : null;
  }

  async setStatus(actor: Actor, id: string, status: string): Promise<LoketRequest> {
    const request = await this.access.getRequest(actor, id);
    if (!REQUEST_STATUSES.includes(status as RequestStatus) || status === 'NIEUW') {
      throw DomainError.badInput([{ field: 'status', message: 'Kies in behandeling, wacht op bedrijf of afgerond.' }]);
    }
    const next = status as RequestStatus;
    const now = this.ports.clock.now();
    return write(this.ports, request.regionId, 'status', async () => {
      const updated = await this.ports.repo.updateRequest(request.id, {
        status: next,
        closedAt: next === 'AFGEROND' ? now : null,
        ...(next === 'WACHT_OP_BEDRIJF' ? (request.pausedAt ? {} : { pausedAt: now }) : resumeClock(request, this.ports.clock.now())),
      });
      await audit(this.ports, actor, [request.id], 'CHANGED', 'status');
      return { request: updated, result: updated };
    });
  }

  /** Who viewed or changed a request, newest first (staff of the region and the request's school contacts). */
  async auditLog(actor: Actor, requestId: string): Promise<AuditEntry[]> {
    const request = await this.access.readableRequest(actor, requestId);
    return this.ports.repo.listAudit(request.id);
  }
}
