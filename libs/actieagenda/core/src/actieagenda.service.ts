import { Inject, Injectable } from '@nestjs/common';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, hasRegionRole, isMemberOfRegion, isUuid, InputCheck, KernelPorts } from '@verbinder/shared/kernel';
import { assertEdit, canCheckInActie, canEditAgenda, canReadAgenda, EDITOR_ROLES } from './actieagenda-access';
import { ActieagendaChanges } from './actieagenda-changes';
import { ACTIEAGENDA_REPOSITORY, ActieagendaRepository } from './actieagenda-repository.port';
import { Actie, Actieagenda, Actielijn } from './actieagenda.types';
import { amsterdamDate } from '@verbinder/shared/time';

/**
 * The actieagenda of a region and its actielijnen: reading (members of the agenda's region),
 * creating the agenda and saving lines (its verbinders, projectleiders and beheerders), and the
 * authorization the other actieagenda services build on. Acties are in ActiesService, check-ins
 * and the rest of an actie's history in CheckInsService, figures in RollupService.
 */
@Injectable()
export class ActieagendaService {
  constructor(
    @Inject(ACTIEAGENDA_REPOSITORY) private readonly repo: ActieagendaRepository,
    private readonly kernel: KernelPorts,
    private readonly regions: RegionsService,
    private readonly changes: ActieagendaChanges,
  ) {}

  today(): string {
    return amsterdamDate(this.kernel.clock.now());
  }

  // ---------- authorization ----------

  canRead(actor: Actor, agenda: Actieagenda): boolean {
    return canReadAgenda(actor, agenda);
  }

  canEdit(actor: Actor, agenda: Actieagenda): boolean {
    return canEditAgenda(actor, agenda);
  }

  canCheckIn(actor: Actor, agenda: Actieagenda, actie: Actie): boolean {
    return canCheckInActie(actor, agenda, actie);
  }

  private assertRead(actor: Actor, agenda: Actieagenda): void {
    if (!this.canRead(actor, agenda)) throw DomainError.forbidden('Alleen leden van deze regio zien de actieagenda.');
  }

  // ---------- reads ----------

  async agendaForRegion(actor: Actor, regionId: string): Promise<Actieagenda | null> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    if (!isMemberOfRegion(actor, regionId)) throw DomainError.forbidden('Alleen leden van deze regio zien de actieagenda.');
    return this.repo.findAgendaByRegion(regionId);
  }

  async getAgenda(actor: Actor, id: string): Promise<Actieagenda> {
    const [agenda] = isUuid(id) ? await this.repo.findAgendasByIds([id]) : [];
    if (!agenda) throw DomainError.notFound('Deze actieagenda');
    this.assertRead(actor, agenda);
    return agenda;
  }

  async getActie(actor: Actor, id: string): Promise<{ actie: Actie; agenda: Actieagenda }> {
    const [actie] = isUuid(id) ? await this.repo.findActiesByIds([id]) : [];
    if (!actie) throw DomainError.notFound('Deze actie');
    const agenda = await this.getAgenda(actor, actie.agendaId);
    return { actie, agenda };
  }

  linesByIds = (ids: readonly string[]) => this.repo.findLinesByIds(ids.filter(isUuid));
  agendasByIds = (ids: readonly string[]) => this.repo.findAgendasByIds(ids.filter(isUuid));

  // ---------- agenda structure ----------

  async createAgenda(actor: Actor, input: { regionId: string; title: string; periodStart: string; periodEnd: string }): Promise<Actieagenda> {
    const region = await this.regions.getRegion({ id: input.regionId });
    if (!hasRegionRole(actor, region.id, [...EDITOR_ROLES])) throw DomainError.forbidden('Alleen verbinders, projectleiders en beheerders van de regio mogen een actieagenda maken.');
    const check = new InputCheck();
    const title = check.text('title', input.title, { label: 'De titel', required: true, max: 200 });
    const periodStart = check.date('periodStart', input.periodStart, 'De startdatum');
    const periodEnd = check.date('periodEnd', input.periodEnd, 'De einddatum');
    if (!periodStart) check.fail('periodStart', 'De startdatum is verplicht.');
    if (!periodEnd) check.fail('periodEnd', 'De einddatum is verplicht.');
    if (periodStart && periodEnd && periodEnd <= periodStart) check.fail('periodEnd', 'De einddatum ligt na de startdatum.');
    check.done();
    return this.changes.write(actor, region.id, null, 'agenda.created', null, async () => {
      if (await this.repo.findAgendaByRegion(region.id)) throw DomainError.conflict('Deze regio heeft al een actieagenda.', 'regionId');
      const agenda = await this.repo.insertAgenda({ regionId: region.id, title: title as string, periodStart: periodStart as string, periodEnd: periodEnd as string });
      return { result: agenda, agendaId: agenda.id };
    });
  }

  async upsertLine(actor: Actor, input: { agendaId: string; number: number; title: string; description?: string | null; focusYears?: number[] | null }): Promise<Actielijn> {
    const agenda = await this.getAgenda(actor, input.agendaId);
    assertEdit(actor, agenda);
    const check = new InputCheck();
    const number = check.int('number', input.number, { label: 'Het nummer', min: 1, max: 99, required: true });
    const title = check.text('title', input.title, { label: 'De titel', required: true, max: 200 });
    const description = check.text('description', input.description, { label: 'De beschrijving', max: 4000 });
    const focusYears = [...new Set(input.focusYears ?? [])].sort();
    if (focusYears.some((y) => !Number.isInteger(y) || y < 2000 || y > 2100)) check.fail('focusYears', 'Focusjaren zijn jaartallen, zoals 2022.');
    check.done();
    return this.changes.write(actor, agenda.regionId, agenda.id, 'line.saved', null, async () => ({
      result: await this.repo.upsertLine({ agendaId: agenda.id, number: number as number, title: title as string, description, focusYears }),
      agendaId: agenda.id,
    }));
  }
}
