import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from '@verbinder/platform/config';
import { FileDocumentStore } from '@verbinder/platform/file-store';
import { TeamsDocumentHooks } from '@verbinder/teams-mirror/core';
import { DOCUMENT_STORE } from '@verbinder/shared/kernel';
import { DOCUMENT_LIMITS, TEAMS_LINK_LOOKUP } from '@verbinder/werkgroepen/core';

/**
 * Adapters of the document library: content-addressed files under DATA_DIR/files, the upload
 * limit, and the Teams link lookup: the Teams mirror answers "linked" only when the group has an
 * active link and the server has Microsoft Graph credentials (otherwise nothing is queued); with
 * the mirror job of an added document, its Teams announcement is queued in the same transaction.
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
        { provide: TEAMS_LINK_LOOKUP, useExisting: TeamsDocumentHooks },
      ],
      exports: [DOCUMENT_STORE, DOCUMENT_LIMITS, TEAMS_LINK_LOOKUP],
    };
  }
}
