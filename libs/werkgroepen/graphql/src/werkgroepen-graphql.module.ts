import { Module } from '@nestjs/common';
import { CurriculumItemResolver, CurriculumPairResolver, CurriculumResolver } from './curriculum.resolvers';
import { WerkgroepenLoaderFactory } from './werkgroepen.loaders';
import { WerkgroepMemberResolver, WerkgroepResolver } from './werkgroepen.resolvers';

@Module({
  providers: [WerkgroepenLoaderFactory, WerkgroepResolver, WerkgroepMemberResolver, CurriculumResolver, CurriculumItemResolver, CurriculumPairResolver],
  exports: [WerkgroepenLoaderFactory],
})
export class WerkgroepenGraphqlModule {}
