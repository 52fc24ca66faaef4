import { Inject, Injectable } from '@nestjs/common';
import { Actor, InputCheck } from '@verbinder/shared/kernel';
import { assertCanManage, Loose, RegionWriter } from './region-writes';
import { REGIONS_REPOSITORY, RegionsRepository } from './regions-repository.port';
import { RegionsService } from './regions.service';
import { CreateSchoolInput, School, SCHOOL_KINDS, SchoolLocation, SchoolLocationInput, UpdateSchoolInput } from './regions.types';

/** A region's schools (vo and mbo, with their locations): managed by the region's beheerders and verbinders. */
@Injectable()
export class SchoolsService {
  constructor(
    @Inject(REGIONS_REPOSITORY) private readonly repo: RegionsRepository,
    private readonly writer: RegionWriter,
    private readonly regions: RegionsService,
  ) {}

  async createSchool(actor: Actor, input: CreateSchoolInput): Promise<School> {
    const region = await this.regions.getRegion({ id: input.regionId });
    assertCanManage(actor, region.id);
    const data = this.checkSchool(input, null);
    return this.writer.created(actor, 'school', region.id, () => this.repo.insertSchool({ regionId: region.id, ...data }));
  }

  async updateSchool(actor: Actor, input: UpdateSchoolInput): Promise<School> {
    const school = await this.regions.getSchool(input.id);
    assertCanManage(actor, school.regionId);
    const data = this.checkSchool(input, school);
    return this.writer.updated(actor, 'school', school, () => this.repo.updateSchool(school.id, data));
  }

  private checkSchool(input: Loose<CreateSchoolInput>, current: School | null): Omit<School, 'id' | 'regionId' | 'createdAt' | 'updatedAt'> {
    const check = new InputCheck();
    const keep = <T>(value: T | null | undefined, fallback: T) => (value === undefined ? fallback : value);
    const name = check.text('name', keep(input.name, current?.name), { label: 'De naam', required: true, max: 160 });
    const kind = check.oneOf('kind', keep(input.kind, current?.kind), SCHOOL_KINDS, 'Het soort school');
    const koepel = check.text('koepel', keep(input.koepel, current?.koepel), { label: 'De koepel', max: 160 });
    const brin = check.text('brin', keep(input.brin, current?.brin), { label: 'De BRIN-code', max: 6 });
    if (brin && !/^[0-9]{2}[A-Z]{2}$/i.test(brin)) check.fail('brin', 'Een BRIN-code bestaat uit twee cijfers en twee letters, zoals 02VR.');
    const website = check.url('website', keep(input.website, current?.website), 'De website');
    const locations: SchoolLocationInput[] = keep(input.locations, current?.locations) ?? [];
    if (locations.length > 50) check.fail('locations', 'Een school heeft hoogstens 50 locaties.');
    const cleanLocations: SchoolLocation[] = locations.map((loc, i) => ({
      name: check.text(`locations.${i}.name`, loc.name, { label: 'De naam van de locatie', required: true, max: 160 }) ?? '',
      address: check.text(`locations.${i}.address`, loc.address, { label: 'Het adres', max: 200 }),
      city: check.text(`locations.${i}.city`, loc.city, { label: 'De plaats', required: true, max: 100 }) ?? '',
    }));
    check.done();
    return { name: name as string, kind, koepel, brin: brin?.toUpperCase() ?? null, website, locations: cleanLocations };
  }
}
