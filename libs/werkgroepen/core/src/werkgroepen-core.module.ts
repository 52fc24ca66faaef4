import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { CurriculumService } from './curriculum/curriculum.service';
import { WerkgroepenService } from './werkgroepen.service';

@Module({})
export class WerkgroepenCoreModule {
  /** `imports` must provide WERKGROEPEN_REPOSITORY; the kernel ports come from global modules. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return { module: WerkgroepenCoreModule, global: true, imports: options.imports, providers: [WerkgroepenService, CurriculumService], exports: [WerkgroepenService, CurriculumService] };
  }
}
