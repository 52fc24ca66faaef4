import { Inject, Injectable } from '@nestjs/common';
import { RegionsService } from '@verbinder/regions/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import { Actor, DomainError, isUuid, InputCheck, KernelPorts } from '@verbinder/shared/kernel';
import { assertEdit } from './actieagenda-access';
import { ActieagendaChanges } from './actieagenda-changes';
import { ACTIEAGENDA_REPOSITORY, ActieagendaRepository, ActieWrite } from './actieagenda-repository.port';
import { ActieagendaService } from './actieagenda.service';
import { ACTIE_CLOSURES, ACTIE_STATUSES, Actie, Actieagenda, ActieClosure, ActieInput, PROGRESS_MODES } from './actieagenda.types';
import { closureLabel } from './labels';
import { nextDue } from './rollup';

/**
 * Acties on an actielijn: creating and editing them (with owners and schools from the region and
 * at most one level of sub-acties), closing and reopening, publishing on the public progress page,
 * and the reported status set by a spreadsheet import.
 */
@Injectable()
export class ActiesService {
  constructor(
    @Inject(ACTIEAGENDA_REPOSITORY) private readonly repo: ActieagendaRepository,
    private readonly kernel: KernelPorts,
    private readonly regions: RegionsService,
    private readonly agendas: ActieagendaService,
    private readonly changes: ActieagendaChanges,
  ) {}

  async createActie(actor: Actor, input: ActieInput): Promise<Actie> {
    const { agenda, write } = await this.checkActie(actor, input, null);
    const nextCheckInDue = nextDue(this.agendas.today(), write.cadenceDays);
    return this.changes.write(
      actor,
      agenda.regionId,
      agenda.id,
      'actie.created',
      (a: Actie) => a.id,
      async () => ({
        result: await this.repo.insertActie({ ...write, nextCheckInDue }),
        agendaId: agenda.id,
      }),
    );
  }

  async updateActie(actor: Actor, id: string, input: ActieInput): Promise<Actie> {
    const { actie } = await this.agendas.getActie(actor, id);
    const { agenda, write } = await this.checkActie(actor, input, actie);
    return this.changes.toActie(actor, agenda, actie.id, 'actie.updated', () => this.repo.updateActie(actie.id, write));
  }

  private async checkActie(actor: Actor, input: ActieInput, current: Actie | null): Promise<{ agenda: Actieagenda; write: ActieWrite }> {
    const [line] = isUuid(input.actielijnId) ? await this.repo.findLinesByIds([input.actielijnId]) : [];
    if (!line) throw DomainError.badInput([{ field: 'actielijnId', message: 'Kies een bestaande actielijn.' }]);
    const agenda = await this.agendas.getAgenda(actor, line.agendaId);
    assertEdit(actor, agenda);
    if (current && current.agendaId !== agenda.id) {
      throw DomainError.badInput([{ field: 'actielijnId', message: 'Een actie kan niet naar een andere actieagenda verhuizen.' }]);
    }
    const check = new InputCheck();
    const title = check.text('title', input.title, { label: 'De titel', required: true, max: 200 });
    const description = check.text('description', input.description, { label: 'De omschrijving', max: 4000 });
    const target = check.text('target', input.target, { label: 'Het doel', max: 1000 });
    const periodStart = check.date('periodStart', input.periodStart, 'De startdatum');
    const periodEnd = check.date('periodEnd', input.periodEnd, 'De einddatum');
    if (periodStart && periodEnd && periodEnd < periodStart) check.fail('periodEnd', 'De einddatum ligt niet vóór de startdatum.');
    const cadenceDays = check.int('cadenceDays', input.cadenceDays ?? 7, { label: 'De cadans (dagen)', min: 1, max: 366 }) ?? 7;
    const progressMode = check.oneOf('progressMode', input.progressMode ?? 'DIRECT', PROGRESS_MODES, 'De manier van voortgang');
    const ownerIds = [...new Set(input.ownerIds ?? [])];
    const partnerSchoolIds = [...new Set(input.partnerSchoolIds ?? [])].filter((id) => id !== input.leadSchoolId);
    const schoolIds = [...partnerSchoolIds, ...(input.leadSchoolId ? [input.leadSchoolId] : [])];
    const schools = await this.regions.schoolsByIds(schoolIds);
    for (const id of schoolIds) {
      const school = schools.find((s) => s.id === id);
      if (!school || school.regionId !== agenda.regionId) {
        check.fail(id === input.leadSchoolId ? 'leadSchoolId' : 'partnerSchoolIds', 'Kies alleen scholen uit deze regio.');
      }
    }
    const memberships = await this.regions.membershipsByPersonIds(ownerIds.filter(isUuid));
    for (const id of ownerIds) {
      if (!memberships.some((m) => m.personId === id && m.regionId === agenda.regionId)) {
        check.fail('ownerIds', 'Eigenaren zijn mensen uit deze regio.');
        break;
      }
    }
    let parentId: string | null = null;
    if (input.parentId) {
      const [parent] = isUuid(input.parentId) ? await this.repo.findActiesByIds([input.parentId]) : [];
      if (!parent || parent.agendaId !== agenda.id) check.fail('parentId', 'Kies een hoofdactie uit dezelfde actieagenda.');
      else if (current && (parent.id === current.id || parent.parentId === current.id)) check.fail('parentId', 'Een actie kan niet onder zichzelf hangen.');
      else if (parent.parentId) check.fail('parentId', 'Sub-acties hebben zelf geen sub-acties.');
      else parentId = parent.id;
    }
    check.done();
    return {
      agenda,
      write: {
        actielijnId: line.id,
        parentId,
        title: title as string,
        description,
        target,
        leadSchoolId: input.leadSchoolId ?? null,
        partnerSchoolIds,
        ownerIds,
        periodStart,
        periodEnd,
        progressMode,
        cadenceDays,
      },
    };
  }

  async closeActie(actor: Actor, id: string, closure: ActieClosure, note?: string | null): Promise<Actie> {
    const { actie, agenda } = await this.agendas.getActie(actor, id);
    assertEdit(actor, agenda);
    const check = new InputCheck();
    check.oneOf('closure', closure, ACTIE_CLOSURES, 'De afsluiting');
    const text = check.text('note', note, { label: 'De toelichting', max: 2000 });
    check.done();
    if (actie.closure) throw new DomainError(ErrorCode.ACTIE_CLOSED, 'Deze actie is al afgesloten.');
    return this.changes.toActie(actor, agenda, actie.id, 'actie.closed', async () => {
      const closed = await this.repo.setClosure(actie.id, closure, this.kernel.clock.now());
      if (text) {
        await this.repo.insertDecision({ actieId: actie.id, authorId: actor.personId, text: `Afgesloten (${closureLabel(closure)}): ${text}`, meetingDate: this.agendas.today() });
      }
      return closed;
    });
  }

  async reopenActie(actor: Actor, id: string): Promise<Actie> {
    const { actie, agenda } = await this.agendas.getActie(actor, id);
    assertEdit(actor, agenda);
    if (!actie.closure) throw DomainError.badInput([{ field: 'id', message: 'Deze actie is niet afgesloten.' }]);
    return this.changes.toActie(actor, agenda, actie.id, 'actie.updated', () => this.repo.setClosure(actie.id, null, null));
  }

  async setPublic(actor: Actor, id: string, isPublic: boolean, summary?: string | null): Promise<Actie> {
    const { actie, agenda } = await this.agendas.getActie(actor, id);
    assertEdit(actor, agenda);
    const check = new InputCheck();
    const text = check.text('publicSummary', summary, { label: 'De publieke samenvatting', max: 1000 });
    if (isPublic && !text) check.fail('publicSummary', 'Schrijf een korte samenvatting voor ouders en bedrijven voordat je de actie openbaar maakt.');
    check.done();
    return this.changes.toActie(actor, agenda, actie.id, 'actie.updated', () => this.repo.setPublic(actie.id, isPublic, text));
  }

  /** Sets the reported status and progress directly (spreadsheet import); callers authorise. */
  async setReport(actieId: string, status: (typeof ACTIE_STATUSES)[number], progress: number, nextCheckInDue: string): Promise<void> {
    await this.repo.setActieReport(actieId, { status, progress, nextCheckInDue });
  }
}
