import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { kernelPortsProvider, globalCoreModule } from '@verbinder/shared/kernel';
import { REGION_HOLIDAYS } from '@verbinder/shared/time';
import { ActivitiesService } from './activities.service';
import { CalendarFeedsService } from './calendar-feeds.service';
import { MeetingsService } from './meetings.service';
import { MeetupsChanges } from './meetups-changes';
import { MeetupsPorts } from './meetups-ports';
import { PublicRegistrationService } from './public-registration.service';
import { MeetupsRegionHolidays } from './region-holidays.provider';
import { RegistrationsService } from './registrations.service';
import { SeriesService } from './series.service';
import { WaitlistService } from './waitlist.service';

const SERVICES = [ActivitiesService, WaitlistService, RegistrationsService, PublicRegistrationService, SeriesService, MeetingsService, CalendarFeedsService];
/** The region holidays the loket's SLA clock reads come from the meetups' school holidays. */
const REGION_HOLIDAYS_PROVIDERS = [MeetupsRegionHolidays, { provide: REGION_HOLIDAYS, useExisting: MeetupsRegionHolidays }];

@Module({})
export class MeetupsCoreModule {
  /** `imports` must provide MEETUPS_REPOSITORY; OUTBOX, CLOCK, APP_CONFIG and the other kernel ports come from global modules. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return globalCoreModule(MeetupsCoreModule, options, [kernelPortsProvider, MeetupsChanges, MeetupsPorts, ...SERVICES, ...REGION_HOLIDAYS_PROVIDERS], [...SERVICES, REGION_HOLIDAYS]);
  }
}
