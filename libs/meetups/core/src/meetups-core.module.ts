import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { REGION_HOLIDAYS } from '@verbinder/shared/time';
import { MeetupsService } from './meetups.service';
import { MeetupsRegionHolidays } from './region-holidays.provider';

@Module({})
export class MeetupsCoreModule {
  /** `imports` must provide MEETUPS_REPOSITORY; OUTBOX, CLOCK, APP_CONFIG and the other kernel ports come from global modules. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: MeetupsCoreModule,
      global: true,
      imports: options.imports,
      providers: [MeetupsService, MeetupsRegionHolidays, { provide: REGION_HOLIDAYS, useExisting: MeetupsRegionHolidays }],
      exports: [MeetupsService, REGION_HOLIDAYS],
    };
  }
}
