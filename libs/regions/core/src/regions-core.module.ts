import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { kernelPortsProvider, globalCoreModule } from '@verbinder/shared/kernel';
import { LeerlabsService } from './leerlabs.service';
import { LeerroutesService } from './leerroutes.service';
import { MembershipsService } from './memberships.service';
import { PeopleService } from './people.service';
import { RegionWriter } from './region-writes';
import { RegionsService } from './regions.service';
import { SchoolsService } from './schools.service';

const SERVICES = [RegionsService, SchoolsService, LeerlabsService, PeopleService, MembershipsService, LeerroutesService];

@Module({})
export class RegionsCoreModule {
  /** `imports` must provide REGIONS_REPOSITORY; PERSON_CREDENTIALS, NotificationsService and the kernel ports come from global modules. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return globalCoreModule(RegionsCoreModule, options, [kernelPortsProvider, RegionWriter, ...SERVICES], [...SERVICES]);
  }
}
