import { Inject, Injectable } from '@nestjs/common';
import { Actor, isUuid, InputCheck } from '@verbinder/shared/kernel';
import { assertCanManage, Loose, RegionWriter } from './region-writes';
import { REGIONS_REPOSITORY, RegionsRepository } from './regions-repository.port';
import { RegionsService } from './regions.service';
import { CreateLeerlabInput, Leerlab, UpdateLeerlabInput } from './regions.types';

/** A region's leerlabs (a round of schools working together): managed by the region's beheerders and verbinders. */
@Injectable()
export class LeerlabsService {
  constructor(
    @Inject(REGIONS_REPOSITORY) private readonly repo: RegionsRepository,
    private readonly writer: RegionWriter,
    private readonly regions: RegionsService,
  ) {}

  async createLeerlab(actor: Actor, input: CreateLeerlabInput): Promise<Leerlab> {
    const region = await this.regions.getRegion({ id: input.regionId });
    assertCanManage(actor, region.id);
    const data = await this.checkLeerlab(input, region.id, null);
    return this.writer.created(actor, 'leerlab', region.id, () => this.repo.insertLeerlab({ regionId: region.id, ...data }));
  }

  async updateLeerlab(actor: Actor, input: UpdateLeerlabInput): Promise<Leerlab> {
    const leerlab = await this.regions.getLeerlab(input.id);
    assertCanManage(actor, leerlab.regionId);
    const data = await this.checkLeerlab(input, leerlab.regionId, leerlab);
    return this.writer.updated(actor, 'leerlab', leerlab, () => this.repo.updateLeerlab(leerlab.id, data));
  }

  private async checkLeerlab(input: Loose<CreateLeerlabInput>, regionId: string, current: Leerlab | null): Promise<Omit<Leerlab, 'id' | 'regionId'>> {
    const check = new InputCheck();
    const keep = <T>(value: T | null | undefined, fallback: T) => (value === undefined || value === null ? fallback : value);
    const name = check.text('name', keep(input.name, current?.name), { label: 'De naam', required: true, max: 160 });
    const round = check.int('round', keep(input.round, current?.round), { label: 'De ronde', min: 2018, max: 2100, required: true });
    const startYear = check.int('startYear', keep(input.startYear, current?.startYear), { label: 'Het startjaar', min: 2000, max: 2100, required: true });
    const theme = check.text('theme', input.theme === undefined ? current?.theme : input.theme, { label: 'Het thema', max: 200 });
    const description = check.text('description', input.description === undefined ? current?.description : input.description, { label: 'De beschrijving', max: 4000 });
    const schoolIds = [...new Set(input.schoolIds ?? current?.schoolIds ?? [])];
    const schools = await this.repo.findSchoolsByIds(schoolIds.filter(isUuid));
    if (schools.length !== schoolIds.length || schools.some((s) => s.regionId !== regionId)) {
      check.fail('schoolIds', 'Kies alleen scholen uit deze regio.');
    }
    check.done();
    return { name: name as string, round: round as number, startYear: startYear as number, theme, description, schoolIds };
  }
}
