import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from '@verbinder/platform/config';
import { FileDocumentStore } from '@verbinder/platform/file-store';
import { DOCUMENT_LIMITS, DOCUMENT_STORE, NoTeamsLinks, TEAMS_LINK_LOOKUP } from '@verbinder/werkgroepen/core';

/**
 * Adapters of the document library: content-addressed files under DATA_DIR/files, the upload
 * limit, and the Teams link lookup. NoTeamsLinks answers "not linked" for every group until the
 * Teams mirror (issue #5) binds its own lookup here; until then no mirror job is ever queued.
 */
@Global()
@Module({})
export class DocumentsModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DocumentsModule,
      providers: [
        { provide: DOCUMENT_STORE, useValue: new FileDocumentStore(config.documents.dir) },
        { provide: DOCUMENT_LIMITS, useValue: { maxBytes: config.documents.maxBytes } },
        { provide: TEAMS_LINK_LOOKUP, useClass: NoTeamsLinks },
      ],
      exports: [DOCUMENT_STORE, DOCUMENT_LIMITS, TEAMS_LINK_LOOKUP],
    };
  }
}
