import { Inject, Injectable } from '@nestjs/common';
import { NotificationsService } from '@verbinder/notifications/core';
import { Actor, DomainError, isUuid, InputCheck } from '@verbinder/shared/kernel';
import { assertLeerrouteRules } from './leerroute-rules';
import { assertCanManage, RegionWriter } from './region-writes';
import { REGIONS_REPOSITORY, RegionsRepository } from './regions-repository.port';
import { RegionsService } from './regions.service';
import { Leerroute, LeerrouteInput, MBO_LEERWEGEN, ROUTE_PHASES, ROUTE_TYPES, VMBO_EXAM_SCOPES, VMBO_LEERWEGEN } from './regions.types';

/**
 * A region's leerroutes (vmbo to mbo, with the law's rules in `assertLeerrouteRules`): managed by
 * the region's beheerders and verbinders, who are told of each other's changes.
 */
@Injectable()
export class LeerroutesService {
  constructor(
    @Inject(REGIONS_REPOSITORY) private readonly repo: RegionsRepository,
    private readonly writer: RegionWriter,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
  ) {}

  async createLeerroute(actor: Actor, input: LeerrouteInput): Promise<Leerroute> {
    const data = await this.checkLeerroute(actor, input);
    return this.writer.write(actor, 'leerroute', 'created', async () => {
      const route = await this.repo.insertLeerroute(data);
      await this.notifyRegionManagers(actor, route, 'toegevoegd');
      return { result: route, regionId: route.regionId, entityId: route.id };
    });
  }

  async updateLeerroute(actor: Actor, id: string, input: LeerrouteInput): Promise<Leerroute> {
    const current = await this.regions.getLeerroute(id);
    assertCanManage(actor, current.regionId);
    if (input.regionId !== current.regionId) {
      throw DomainError.badInput([{ field: 'regionId', message: 'Een leerroute kan niet naar een andere regio verhuizen.' }]);
    }
    const data = await this.checkLeerroute(actor, input);
    return this.writer.write(actor, 'leerroute', 'updated', async () => {
      const route = await this.repo.updateLeerroute(id, data);
      await this.notifyRegionManagers(actor, route, 'gewijzigd');
      return { result: route, regionId: route.regionId, entityId: route.id };
    });
  }

  async deleteLeerroute(actor: Actor, id: string): Promise<boolean> {
    const route = await this.regions.getLeerroute(id);
    assertCanManage(actor, route.regionId);
    return this.writer.write(actor, 'leerroute', 'deleted', async () => {
      await this.repo.deleteLeerroute(id);
      return { result: true, regionId: route.regionId, entityId: id };
    });
  }

  private async checkLeerroute(actor: Actor, input: LeerrouteInput): Promise<Omit<Leerroute, 'id' | 'updatedAt'>> {
    const region = await this.regions.getRegion({ id: input.regionId });
    assertCanManage(actor, region.id);
    const check = new InputCheck();
    const name = check.text('name', input.name, { label: 'De naam', required: true, max: 200 });
    const routeType = check.oneOf('routeType', input.routeType, ROUTE_TYPES, 'Het soort leerroute');
    const phase = check.oneOf('phase', input.phase, ROUTE_PHASES, 'De fase');
    const vmboLeerweg = check.oneOf('vmboLeerweg', input.vmboLeerweg, VMBO_LEERWEGEN, 'De vmbo-leerweg');
    const vmboProfiel = check.text('vmboProfiel', input.vmboProfiel, { label: 'Het vmbo-profiel', required: true, max: 120 });
    const mboOpleiding = check.text('mboOpleiding', input.mboOpleiding, { label: 'De mbo-opleiding', required: true, max: 160 });
    const mboNiveau = check.int('mboNiveau', input.mboNiveau, { label: 'Het mbo-niveau', min: 1, max: 4, required: true });
    const mboLeerweg = check.oneOf('mboLeerweg', input.mboLeerweg, MBO_LEERWEGEN, 'De mbo-leerweg (BOL of BBL)');
    const vmboExamScope = check.oneOf('vmboExamScope', input.vmboExamScope, VMBO_EXAM_SCOPES, 'De omvang van het vmbo-examen');
    if (!Number.isInteger(input.shorteningMonths)) check.fail('shorteningMonths', 'De verkorting is een heel aantal maanden.');
    const startYear = check.int('startYear', input.startYear, { label: 'Het startjaar', min: 2000, max: 2100 });
    const vmboExamLastRouteYear = check.int('vmboExamLastRouteYear', input.vmboExamLastRouteYear, { label: 'Het routejaar', min: -10, max: 10 });
    const bpvStartRouteYear = check.int('bpvStartRouteYear', input.bpvStartRouteYear, { label: 'Het routejaar van de BPV', min: -10, max: 10 });
    const agreementSignedOn = check.date('agreementSignedOn', input.agreementSignedOn, 'De datum van de samenwerkingsovereenkomst');
    const duoVoRegisteredOn = check.date('duoVoRegisteredOn', input.duoVoRegisteredOn, 'De datum van de DUO-melding (vo)');
    const duoMboRegisteredOn = check.date('duoMboRegisteredOn', input.duoMboRegisteredOn, 'De datum van de DUO-melding (mbo)');
    const targetGroup = check.text('targetGroup', input.targetGroup, { label: 'De doelgroep', max: 500 });
    const description = check.text('description', input.description, { label: 'De beschrijving', max: 4000 });
    if (input.leerlabId && !isUuid(input.leerlabId)) check.fail('leerlabId', 'Kies een bestaand leerlab.');
    if (input.voSchoolId && !isUuid(input.voSchoolId)) check.fail('voSchoolId', 'Kies een bestaande vo-school.');
    if (input.mboSchoolId && !isUuid(input.mboSchoolId)) check.fail('mboSchoolId', 'Kies een bestaande mbo-instelling.');
    check.done();

    const [leerlab] = input.leerlabId ? await this.repo.findLeerlabsByIds([input.leerlabId]) : [null];
    const [voSchool] = input.voSchoolId ? await this.repo.findSchoolsByIds([input.voSchoolId]) : [null];
    const [mboSchool] = input.mboSchoolId ? await this.repo.findSchoolsByIds([input.mboSchoolId]) : [null];
    const refs = new InputCheck();
    if (input.leerlabId && (!leerlab || leerlab.regionId !== region.id)) refs.fail('leerlabId', 'Kies een leerlab uit deze regio.');
    if (input.voSchoolId && !voSchool) refs.fail('voSchoolId', 'Kies een bestaande vo-school.');
    if (input.mboSchoolId && !mboSchool) refs.fail('mboSchoolId', 'Kies een bestaande mbo-instelling.');
    refs.done();

    const data: Omit<Leerroute, 'id' | 'updatedAt'> = {
      regionId: region.id,
      leerlabId: leerlab?.id ?? null,
      name: name as string,
      routeType,
      phase,
      vmboLeerweg,
      vmboProfiel: vmboProfiel as string,
      mboOpleiding: mboOpleiding as string,
      mboNiveau: mboNiveau as number,
      mboLeerweg,
      shorteningMonths: input.shorteningMonths,
      vmboExamScope,
      vmboExamLastRouteYear,
      bpvStartRouteYear,
      voSchoolId: voSchool?.id ?? null,
      mboSchoolId: mboSchool?.id ?? null,
      agreementSignedOn,
      duoVoRegisteredOn,
      duoMboRegisteredOn,
      fundingTransferAgreed: Boolean(input.fundingTransferAgreed),
      startYear,
      targetGroup,
      description,
    };
    assertLeerrouteRules(data, { voSchool: voSchool ?? null, mboSchool: mboSchool ?? null });
    return data;
  }

  private async notifyRegionManagers(actor: Actor, route: Leerroute, verb: string): Promise<void> {
    const memberships = await this.repo.findMembershipsByRegionIds([route.regionId]);
    const recipients = memberships
      .filter((m) => m.role === 'VERBINDER' || m.role === 'BEHEERDER')
      .map((m) => m.personId)
      .filter((id) => id !== actor.personId);
    await this.notifications.notify(recipients, {
      kind: `leerroute.${verb}`,
      title: `Leerroute ${verb}: ${route.name}`,
      body: `${actor.name} heeft de leerroute ${verb}.`,
      link: `/leerroute/${route.id}`,
    });
  }
}
