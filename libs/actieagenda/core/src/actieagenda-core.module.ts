import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { kernelPortsProvider, globalCoreModule } from '@verbinder/shared/kernel';
import { ActieagendaChanges } from './actieagenda-changes';
import { ActieagendaService } from './actieagenda.service';
import { ActiesService } from './acties.service';
import { CheckInsService } from './check-ins.service';
import { CsvService } from './csv.service';
import { RollupService } from './rollup.service';

const SERVICES = [ActieagendaService, ActiesService, CheckInsService, RollupService, CsvService];

@Module({})
export class ActieagendaCoreModule {
  /** `imports` must provide ACTIEAGENDA_REPOSITORY; OUTBOX, CLOCK and the other kernel ports come from global modules. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return globalCoreModule(ActieagendaCoreModule, options, [kernelPortsProvider, ActieagendaChanges, ...SERVICES], [...SERVICES]);
  }
}
