import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { kernelPortsProvider, globalCoreModule } from '@verbinder/shared/kernel';
import { CurriculumService } from './curriculum/curriculum.service';
import { GlossaryService } from './glossary.service';
import { StreamService } from './stream.service';
import { WerkgroepenService } from './werkgroepen.service';

const SERVICES = [WerkgroepenService, CurriculumService, StreamService, GlossaryService];

@Module({})
export class WerkgroepenCoreModule {
  /** `imports` must provide WERKGROEPEN_REPOSITORY, WERKGROEP_STREAM_REPOSITORY and GLOSSARY_REPOSITORY; the kernel ports come from global modules. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return globalCoreModule(WerkgroepenCoreModule, options, [kernelPortsProvider, ...SERVICES], SERVICES);
  }
}
