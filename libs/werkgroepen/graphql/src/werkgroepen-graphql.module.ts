import { Module } from '@nestjs/common';
import { CurriculumItemResolver, CurriculumPairResolver, CurriculumResolver } from './curriculum.resolvers';
import { WerkgroepDocumentsGraphqlModule } from './documents-graphql.module';
import { WerkgroepenLoaderFactory } from './werkgroepen.loaders';
import { WerkgroepMemberResolver, WerkgroepResolver } from './werkgroepen.resolvers';

@Module({
  imports: [WerkgroepDocumentsGraphqlModule],
  providers: [WerkgroepenLoaderFactory, WerkgroepResolver, WerkgroepMemberResolver, CurriculumResolver, CurriculumItemResolver, CurriculumPairResolver],
  exports: [WerkgroepenLoaderFactory],
})
export class WerkgroepenGraphqlModule {}
