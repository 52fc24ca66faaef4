import { Inject, Injectable } from '@nestjs/common';
import { DomainError, isUuid } from '@verbinder/shared/kernel';
import { HolidayRange, RegionHolidays } from '@verbinder/shared/time';
import { MEETUPS_REPOSITORY, MeetupsRepository } from './meetups-repository.port';

/** The region holidays kept by meetups, offered to other domains (the loket's SLA clock) through the shared REGION_HOLIDAYS port. */
@Injectable()
export class MeetupsRegionHolidays implements RegionHolidays {
  constructor(@Inject(MEETUPS_REPOSITORY) private readonly repo: MeetupsRepository) {}

  async forRegion(regionId: string): Promise<HolidayRange[]> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    return this.repo.listHolidays(regionId);
  }
}
