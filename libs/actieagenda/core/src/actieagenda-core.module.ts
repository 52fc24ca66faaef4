import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { ActieagendaService } from './actieagenda.service';
import { CsvService } from './csv.service';

@Module({})
export class ActieagendaCoreModule {
  /** `imports` must provide ACTIEAGENDA_REPOSITORY; OUTBOX, CLOCK and the other kernel ports come from global modules. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: ActieagendaCoreModule,
      global: true,
      imports: options.imports,
      providers: [ActieagendaService, CsvService],
      exports: [ActieagendaService, CsvService],
    };
  }
}
