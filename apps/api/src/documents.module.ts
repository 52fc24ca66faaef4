import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from '@verbinder/platform/config';
import { JsonLogger } from '@verbinder/platform/events';
import { FileDocumentStore } from '@verbinder/platform/file-store';
import { TeamsDocumentHooks } from '@verbinder/teams-mirror/core';
import { DOCUMENT_STORE } from '@verbinder/shared/kernel';
import { DOCUMENT_LIMITS, TEAMS_LINK_LOOKUP } from '@verbinder/werkgroepen/core';
import { StorageMonitor } from './storage-monitor';

/**
 * Adapters of the document library: content-addressed files under DATA_DIR/files, the upload
 * limit, and the Teams link lookup: the Teams mirror answers "linked" only when the group has an
 * active link and the server has Microsoft Graph credentials (otherwise nothing is queued); with
 * the mirror job of an added document, its Teams announcement is queued in the same transaction.
 * The StorageMonitor watches free space (readiness, metrics) and sweeps orphaned upload temp files.
 */
@Global()
@Module({})
export class DocumentsModule {
  static forRoot(config: AppConfig, logger: JsonLogger): DynamicModule {
    const store = new FileDocumentStore(config.documents.dir);
    return {
      module: DocumentsModule,
      providers: [
        { provide: DOCUMENT_STORE, useValue: store },
        { provide: DOCUMENT_LIMITS, useValue: { maxBytes: config.documents.maxBytes } },
        { provide: TEAMS_LINK_LOOKUP, useExisting: TeamsDocumentHooks },
        { provide: StorageMonitor, useValue: new StorageMonitor(store, { paths: [config.dataDir, config.documents.dir], minFreeBytes: config.disk.minFreeBytes }, logger) },
      ],
      exports: [DOCUMENT_STORE, DOCUMENT_LIMITS, TEAMS_LINK_LOOKUP, StorageMonitor],
    };
  }
}
