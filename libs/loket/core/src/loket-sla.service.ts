import { Inject, Injectable } from '@nestjs/common';
import { NotificationsService } from '@verbinder/notifications/core';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, EMAIL_JOB, hasRegionRole, isUuid, mailText, InputCheck } from '@verbinder/shared/kernel';
import { LoketAccessService } from './loket-access.service';
import { LoketPorts } from './loket-ports';
import { REQUEST_TYPE_TEXT } from './loket.texts';
import { LoketRequest, SlaPolicy, SlaState } from './loket.types';
import { addBusinessMs, elapsedMs, HolidayRange, REGION_HOLIDAYS, RegionHolidays } from '@verbinder/shared/time';

/** Defaults when a region has set no policy: a first reply within 8 and completion within 80 business hours. */
export const defaultPolicy = (regionId: string): SlaPolicy => ({ regionId, firstResponseMinutes: 8 * 60, resolutionMinutes: 80 * 60, warnBeforeMinutes: 60, businessHours: true });

/** The change that restarts a paused clock at `now` (nothing when it runs). */
export function resumeClock(request: LoketRequest, now: Date): Partial<LoketRequest> {
  if (!request.pausedAt) return {};
  return { pausedAt: null, pausedMs: request.pausedMs + (now.getTime() - request.pausedAt.getTime()) };
}

/**
 * One SLA clock per request, counted in business hours (08:30–17:00 Europe/Amsterdam on
 * working days, without the region's holidays) unless the region's policy says otherwise; time
 * waiting for the company does not count. The sweep warns owners before a target and escalates
 * to the region's beheerders after it.
 */
@Injectable()
export class LoketSlaService {
  constructor(
    private readonly ports: LoketPorts,
    private readonly access: LoketAccessService,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
    @Inject(REGION_HOLIDAYS) private readonly regionHolidays: RegionHolidays,
  ) {}

  async slaPolicy(actor: Actor, regionId: string): Promise<SlaPolicy> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    this.access.assertStaff(actor, regionId);
    return (await this.ports.repo.findSlaPolicy(regionId)) ?? defaultPolicy(regionId);
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
    return this.ports.uow.run(() => this.ports.repo.upsertSlaPolicy({ ...input, businessHours: input.businessHours !== false }));
  }

  /** The region's policy (or the default) and holidays, for counting many requests' clocks. */
  async clockOf(regionId: string): Promise<{ policy: SlaPolicy; days: HolidayRange[] }> {
    const policy = (await this.ports.repo.findSlaPolicy(regionId)) ?? defaultPolicy(regionId);
    return { policy, days: await this.holidays(regionId) };
  }

  private async holidays(regionId: string): Promise<HolidayRange[]> {
    return this.regionHolidays.forRegion(regionId);
  }

  /**
   * The request's clock now: targets, time counted (minus time waiting for the company), breaches,
   * and whether a running target is overdue or at risk (the inbox filter and the web app's badge).
   */
  async sla(request: LoketRequest, policy?: SlaPolicy | null, holidays?: HolidayRange[]): Promise<SlaState> {
    const p = policy ?? (await this.ports.repo.findSlaPolicy(request.regionId)) ?? defaultPolicy(request.regionId);
    const days = holidays ?? (await this.holidays(request.regionId));
    const now = request.closedAt ?? this.ports.clock.now();
    const counted = (end: Date) => elapsedMs(request.createdAt, end, days, p.businessHours) - request.pausedMs - (request.pausedAt ? elapsedMs(request.pausedAt, end, days, p.businessHours) : 0);
    const elapsed = counted(now);
    const due = (minutes: number) => (request.pausedAt ? null : p.businessHours ? addBusinessMs(now, minutes * 60000 - elapsed, days) : new Date(now.getTime() + minutes * 60000 - elapsed));
    const firstResponseBreached = (request.firstResponseAt ? counted(request.firstResponseAt) : elapsed) >= p.firstResponseMinutes * 60000;
    const resolutionBreached = elapsed >= p.resolutionMinutes * 60000;
    const open = !request.closedAt && request.status !== 'AFGEROND';
    const firstResponseRunning = !request.firstResponseAt;
    const overdue = open && ((firstResponseRunning && firstResponseBreached) || resolutionBreached);
    const near = (minutes: number) => elapsed >= (minutes - p.warnBeforeMinutes) * 60000;
    const atRisk = open && !overdue && !request.pausedAt && ((firstResponseRunning && near(p.firstResponseMinutes)) || near(p.resolutionMinutes));
    return {
      elapsedMinutes: Math.max(0, elapsed) / 60000,
      paused: !!request.pausedAt,
      firstResponseDueAt: request.firstResponseAt ? null : due(p.firstResponseMinutes),
      resolutionDueAt: request.closedAt ? null : due(p.resolutionMinutes),
      firstResponseBreached,
      resolutionBreached,
      overdue,
      atRisk,
    };
  }

  /** Minutes (counted as the policy counts) from submission to the first response. */
  firstResponseMinutes(r: LoketRequest, days: HolidayRange[], businessHours: boolean): number {
    return Math.round(elapsedMs(r.createdAt, r.firstResponseAt as Date, days, businessHours) / 60000);
  }

  /**
   * Warns the owner before a target is breached and escalates to the region's beheerders after,
   * by e-mail (outbox) and notification, once each: the outbox key decides. Safe on every node.
   */
  async sweepSla(): Promise<number> {
    let sent = 0;
    for (const request of await this.ports.repo.listOpenRequests(500)) {
      if (request.pausedAt) continue;
      const policy = (await this.ports.repo.findSlaPolicy(request.regionId)) ?? defaultPolicy(request.regionId);
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
    const [company] = await this.ports.repo.findCompaniesByIds([request.companyId]);
    const memberships = await this.regions.membershipsByRegionIds([request.regionId]);
    const escalateTo = level === 'escalation' ? memberships.filter((m) => m.role === 'BEHEERDER').map((m) => m.personId) : [];
    const personIds = [...new Set([request.ownerId, ...escalateTo].filter((id): id is string => !!id))];
    if (personIds.length === 0) return 0;
    const people = await this.regions.personsByIds(personIds);
    const title = level === 'warning' ? `Bijna over de termijn (${target}): ${company.name} ${request.reference}` : `Termijn overschreden (${target}): ${company.name} ${request.reference}`;
    return this.ports.uow.run(async () => {
      let first = true;
      for (const person of people) {
        // The first recipient's key is the alert's own: when it exists, this alert went out already.
        const queued = await this.ports.outbox.enqueue({
          kind: EMAIL_JOB,
          key: first ? `loket-sla:${level}:${target}:${request.id}` : `loket-sla:${level}:${target}:${request.id}:${person.id}`,
          payload: {
            to: person.email,
            subject: title,
            text: mailText`Beste ${person.name},\n\nDe termijn voor de ${target} van loketaanvraag ${request.reference} (${REQUEST_TYPE_TEXT[request.type]} van ${company.name}) ${level === 'warning' ? 'loopt bijna af' : 'is overschreden'}.\n\nBekijk de aanvraag: ${this.ports.config.publicUrl}/loketaanvraag/${request.id}\n\nVerbinder`,
          },
        });
        if (first && !queued) return 0;
        first = false;
      }
      await this.notifications.notify(personIds, { kind: `loket.sla-${level}`, title, body: null, link: `/loketaanvraag/${request.id}` });
      this.ports.uow.afterCommit(() => this.ports.events.emit('loket.changed', { regionId: request.regionId, requestId: request.id, kind: `sla.${level}`, at: this.ports.clock.now().toISOString() }));
      return 1;
    });
  }
}
