import { Module } from '@nestjs/common';
import { repositoryModule } from '@verbinder/platform/db';
import { DOCUMENTS_REPOSITORY } from '@verbinder/werkgroepen/core';
import { DrizzleDocumentsRepository } from './drizzle-documents.repository';

@Module(repositoryModule([[DOCUMENTS_REPOSITORY, DrizzleDocumentsRepository]]))
export class WerkgroepDocumentsDataAccessModule {}
