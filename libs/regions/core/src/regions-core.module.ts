import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { RegionsService } from './regions.service';

@Module({})
export class RegionsCoreModule {
  /** `imports` must provide REGIONS_REPOSITORY; PERSON_CREDENTIALS, NotificationsService and the kernel ports come from global modules. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: RegionsCoreModule,
      global: true,
      imports: options.imports,
      providers: [RegionsService],
      exports: [RegionsService],
    };
  }
}
