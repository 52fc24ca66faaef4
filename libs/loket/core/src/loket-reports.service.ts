import { Injectable } from '@nestjs/common';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, isUuid, toCsv, InputCheck } from '@verbinder/shared/kernel';
import { LoketAccessService } from './loket-access.service';
import { auditExport } from './loket-audit';
import { LoketInboxService } from './loket-inbox.service';
import { LoketPorts } from './loket-ports';
import { LoketSlaService } from './loket-sla.service';
import { REQUEST_TYPE_TEXT, STATUS_TEXT } from './loket.texts';
import { InboxFilter, LoketReport, RequestType } from './loket.types';
import { buildReport } from './report';
import { amsterdamParts } from '@verbinder/shared/time';

/** The loket's figures for its staff: the inbox as CSV (audited) and the report per type and per school. */
@Injectable()
export class LoketReportsService {
  constructor(
    private readonly ports: LoketPorts,
    private readonly access: LoketAccessService,
    private readonly inbox: LoketInboxService,
    private readonly slaClock: LoketSlaService,
    private readonly regions: RegionsService,
  ) {}

  /** The inbox (same filter) as ';'-separated CSV for a spreadsheet; recorded in the audit log. */
  async exportCsv(actor: Actor, regionId: string, filter?: InboxFilter | null): Promise<string> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    // The export covers the whole inbox: the loket's staff only, never a school contact.
    this.access.assertStaff(actor, regionId);
    const requests = await this.inbox.listRequests(actor, regionId, null, filter ?? null);
    const { policy, days } = await this.slaClock.clockOf(regionId);
    const companies = await this.ports.repo.findCompaniesByIds([...new Set(requests.map((r) => r.companyId))]);
    const owners = await this.regions.personsByIds([...new Set(requests.flatMap((r) => (r.ownerId ? [r.ownerId] : [])))]);
    const schools = await this.regions.schoolsByIds([...new Set(requests.flatMap((r) => r.schoolIds))]);
    const when = (d: Date) => {
      const parts = amsterdamParts(d);
      return `${parts.date} ${parts.time.slice(0, 5)}`;
    };
    const met = (done: boolean, breached: boolean) => (breached ? 'nee' : done ? 'ja' : 'open');
    const rows: string[][] = [
      [
        'referentie',
        'ingediend',
        'bedrijf',
        'kvk',
        'contactpersoon',
        'type',
        'status',
        'behandelaar',
        'scholen',
        'eerste reactie (minuten)',
        'SLA eerste reactie gehaald',
        'SLA afhandeling gehaald',
        'afgerond',
      ],
    ];
    for (const r of requests) {
      const state = await this.slaClock.sla(r, policy, days);
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
        r.schoolIds
          .map((id) => schools.find((x) => x.id === id)?.name ?? '')
          .filter(Boolean)
          .join(', '),
        r.firstResponseAt ? String(this.slaClock.firstResponseMinutes(r, days, policy.businessHours)) : '',
        met(!!r.firstResponseAt, state.firstResponseBreached),
        met(!!r.closedAt, state.resolutionBreached),
        r.closedAt ? when(r.closedAt) : '',
      ]);
    }
    await auditExport(this.ports, actor, requests);
    return toCsv(rows);
  }

  /**
   * Volume, response times and SLA results per request type and per school for requests
   * submitted in [from, to) (merged requests count in the request they went into).
   */
  async report(actor: Actor, regionId: string, from: Date, to: Date): Promise<LoketReport> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    this.access.assertStaff(actor, regionId);
    const check = new InputCheck();
    const valid = (d: Date) => d instanceof Date && !Number.isNaN(d.getTime());
    if (!valid(from)) check.fail('from', 'Vul een geldig begin van de periode in.');
    if (!valid(to)) check.fail('to', 'Vul een geldig einde van de periode in.');
    else if (valid(from) && to <= from) check.fail('to', 'Het einde van de periode ligt na het begin.');
    else if (valid(from) && to.getTime() - from.getTime() > 3 * 366 * 24 * 3600 * 1000) check.fail('to', 'Kies een periode van hoogstens drie jaar.');
    check.done();
    const { policy, days } = await this.slaClock.clockOf(regionId);
    const requests = await this.ports.repo.listRequestsCreatedBetween(regionId, from, to);
    const items = [];
    for (const request of requests) {
      items.push({
        request,
        sla: await this.slaClock.sla(request, policy, days),
        firstResponseMinutes: request.firstResponseAt ? this.slaClock.firstResponseMinutes(request, days, policy.businessHours) : null,
      });
    }
    const schools = await this.regions.schoolsByIds([...new Set(requests.flatMap((r) => r.schoolIds))]);
    return {
      from,
      to,
      total: requests.length,
      byType: buildReport(
        items,
        (i) => [i.request.type],
        (key) => REQUEST_TYPE_TEXT[key as RequestType] ?? key,
      ),
      bySchool: buildReport(
        items,
        (i) => (i.request.schoolIds.length ? i.request.schoolIds : ['geen']),
        (key) => (key === 'geen' ? 'Geen school' : (schools.find((x) => x.id === key)?.name ?? 'Onbekende school')),
      ),
    };
  }
}
