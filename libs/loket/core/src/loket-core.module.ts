import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { LoketService } from './loket.service';

@Module({})
export class LoketCoreModule {
  /** `imports` must provide LOKET_REPOSITORY; OUTBOX, CLOCK, APP_CONFIG and the other kernel ports come from global modules. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return { module: LoketCoreModule, global: true, imports: options.imports, providers: [LoketService], exports: [LoketService] };
  }
}
