import { Module } from '@nestjs/common';
import { CurriculumItemResolver, CurriculumPairResolver, CurriculumResolver } from './curriculum.resolvers';
import { WerkgroepDocumentsGraphqlModule } from './documents-graphql.module';
import { GlossaryMeaningResolver, GlossaryTermResolver, StreamLoaderFactory, WerkgroepPostReferences, WerkgroepPostResolver, WerkgroepPostRevisionResolver } from './stream.resolvers';
import { WerkgroepenLoaderFactory } from './werkgroepen.loaders';
import { WerkgroepMemberResolver, WerkgroepReferences, WerkgroepResolver } from './werkgroepen.resolvers';

@Module({
  imports: [WerkgroepDocumentsGraphqlModule],
  providers: [
    WerkgroepenLoaderFactory,
    WerkgroepResolver,
    WerkgroepReferences,
    WerkgroepMemberResolver,
    CurriculumResolver,
    CurriculumItemResolver,
    CurriculumPairResolver,
    StreamLoaderFactory,
    WerkgroepPostResolver,
    WerkgroepPostReferences,
    WerkgroepPostRevisionResolver,
    GlossaryTermResolver,
    GlossaryMeaningResolver,
  ],
  exports: [WerkgroepenLoaderFactory],
})
export class WerkgroepenGraphqlModule {}
