import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { kernelPortsProvider, globalCoreModule } from '@verbinder/shared/kernel';
import { DraaiboekService } from './draaiboek.service';
import { WerkgroepDocumentsService } from './documents.service';

/**
 * The document library and the draaiboek of the werkgroepen. `imports` must provide
 * DOCUMENTS_REPOSITORY, DOCUMENT_STORE, DOCUMENT_LIMITS and TEAMS_LINK_LOOKUP; WerkgroepenService
 * (the access rule) and the kernel ports come from global modules.
 */
@Module({})
export class WerkgroepDocumentsCoreModule {
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return globalCoreModule(WerkgroepDocumentsCoreModule, options, [kernelPortsProvider, WerkgroepDocumentsService, DraaiboekService], [WerkgroepDocumentsService, DraaiboekService]);
  }
}
