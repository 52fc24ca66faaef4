import { Module } from '@nestjs/common';
import { DOCUMENT_RESOLVERS } from './documents.resolvers';

/** GraphQL of the document library and the draaiboek (registered next to WerkgroepenGraphqlModule). */
@Module({ providers: [...DOCUMENT_RESOLVERS] })
export class WerkgroepDocumentsGraphqlModule {}
