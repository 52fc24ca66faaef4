import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { MeetupsService } from './meetups.service';

@Module({})
export class MeetupsCoreModule {
  /** `imports` must provide MEETUPS_REPOSITORY; OUTBOX, CLOCK, APP_CONFIG and the other kernel ports come from global modules. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: MeetupsCoreModule,
      global: true,
      imports: options.imports,
      providers: [MeetupsService],
      exports: [MeetupsService],
    };
  }
}
