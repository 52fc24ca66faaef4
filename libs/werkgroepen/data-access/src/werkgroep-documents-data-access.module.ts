import { Module } from '@nestjs/common';
import { DOCUMENTS_REPOSITORY } from '@verbinder/werkgroepen/core';
import { DrizzleDocumentsRepository } from './drizzle-documents.repository';

@Module({
  providers: [DrizzleDocumentsRepository, { provide: DOCUMENTS_REPOSITORY, useExisting: DrizzleDocumentsRepository }],
  exports: [DOCUMENTS_REPOSITORY],
})
export class WerkgroepDocumentsDataAccessModule {}
