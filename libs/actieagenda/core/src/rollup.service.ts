import { Inject, Injectable } from '@nestjs/common';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, InputCheck, KernelPorts } from '@verbinder/shared/kernel';
import { ACTIEAGENDA_REPOSITORY, ActieagendaRepository } from './actieagenda-repository.port';
import { ActieagendaService } from './actieagenda.service';
import { Actie, AgendaData } from './actieagenda.types';
import { AgendaFigures, computeFigures, MEETING_WEEKDAY } from './rollup';
import { addDays } from '@verbinder/shared/time';

const TREND_DAYS = 28;
const ACHTJE_DAYS = 60;

export interface AgendaView {
  data: AgendaData;
  figures: AgendaFigures;
  today: string;
}

/**
 * What is computed from a whole agenda (rollup.ts): the agenda with its figures, the acties to
 * discuss at the weekly meeting, the "achtje" (which school layers are engaged) and the public
 * progress page.
 */
@Injectable()
export class RollupService {
  constructor(
    @Inject(ACTIEAGENDA_REPOSITORY) private readonly repo: ActieagendaRepository,
    private readonly kernel: KernelPorts,
    private readonly regions: RegionsService,
    private readonly agendas: ActieagendaService,
  ) {}

  /** Loads agendas with their figures; batch for DataLoaders (constant number of statements). */
  async views(agendaIds: readonly string[]): Promise<AgendaView[]> {
    const today = this.agendas.today();
    const data = await this.repo.loadAgendaData(agendaIds, addDays(today, -TREND_DAYS));
    const byId = new Map(data.map((d) => [d.agenda.id, d]));
    return agendaIds.map((id) => {
      const d = byId.get(id);
      if (!d) throw DomainError.notFound('Deze actieagenda');
      return { data: d, figures: computeFigures(d, today), today };
    });
  }

  /** Open acties to discuss at the meeting on `date` (default: the next Wednesday): check-in due by then, or an open review. */
  async meetingAgenda(actor: Actor, agendaId: string, date?: string | null): Promise<Actie[]> {
    await this.agendas.getAgenda(actor, agendaId);
    const check = new InputCheck();
    const meeting = check.date('date', date, 'De datum van het overleg') ?? this.nextMeetingDate();
    check.done();
    const [view] = await this.views([agendaId]);
    const open = view.data.acties.filter((a) => a.closure === null);
    const withOpenReview = new Set<string>();
    for (const actie of open) {
      const reviews = await this.repo.listReviews(actie.id);
      if (reviews.some((r) => r.outcome === null)) withOpenReview.add(actie.id);
    }
    return open
      .filter((a) => withOpenReview.has(a.id) || (a.status !== 'GEPAUZEERD' && a.nextCheckInDue !== null && a.nextCheckInDue <= meeting))
      .sort((a, b) => (a.nextCheckInDue ?? '').localeCompare(b.nextCheckInDue ?? ''));
  }

  nextMeetingDate(): string {
    const today = this.agendas.today();
    const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
    return addDays(today, (MEETING_WEEKDAY - weekday + 7) % 7);
  }

  /** Per school and layer: is someone of that layer active in the agenda in the last 60 days? */
  async achtje(actor: Actor, regionId: string) {
    const agenda = await this.agendas.agendaForRegion(actor, regionId);
    const [schools, memberships] = await Promise.all([this.regions.schoolsByRegionIds([regionId]), this.regions.membershipsByRegionIds([regionId])]);
    const since = new Date(this.kernel.clock.now().getTime() - ACHTJE_DAYS * 24 * 3600 * 1000);
    const activity = agenda ? await this.repo.activitySince(agenda.id, since) : [];
    const lastActive = new Map(activity.map((a) => [a.personId, a.at]));
    const layers = ['BESTUURLIJK', 'MANAGEMENT', 'PROFESSIONEEL'] as const;
    return schools.map((school) => ({
      school,
      layers: layers.map((layer) => {
        const active = memberships
          .filter((m) => m.schoolId === school.id && m.layer === layer && lastActive.has(m.personId))
          .map((m) => ({ personId: m.personId, at: lastActive.get(m.personId) as Date }));
        const unique = [...new Map(active.map((a) => [a.personId, a])).values()];
        return {
          layer,
          engaged: unique.length > 0,
          personIds: unique.map((a) => a.personId),
          lastActiveAt: unique.length ? new Date(Math.max(...unique.map((a) => a.at.getTime()))) : null,
        };
      }),
    }));
  }

  /**
   * What the public progress page shows: only acties a verbinder published (with their public
   * summary), their status and progress, grouped by line. No internal notes, no people.
   */
  async publicProgress(regionSlug: string) {
    const region = await this.regions.getRegion({ slug: regionSlug });
    const agenda = await this.repo.findAgendaByRegion(region.id);
    if (!agenda) return { region, agenda: null, lines: [] };
    const [view] = await this.views([agenda.id]);
    const lines = view.data.lines
      .map((line) => ({
        number: line.number,
        title: line.title,
        description: line.description,
        inFocus: line.focusYears.includes(Number(view.today.slice(0, 4))),
        acties: view.data.acties
          .filter((a) => a.actielijnId === line.id && a.isPublic)
          .map((a) => {
            const f = view.figures.acties.get(a.id);
            return {
              title: a.title,
              summary: a.publicSummary ?? '',
              status: f?.status ?? a.status,
              progress: f?.progress ?? a.progress,
              closure: a.closure,
              periodEnd: a.periodEnd,
              updatedAt: a.updatedAt,
            };
          }),
      }))
      .filter((line) => line.acties.length > 0);
    return { region, agenda, lines };
  }
}
