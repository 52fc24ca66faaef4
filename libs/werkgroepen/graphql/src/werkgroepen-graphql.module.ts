import { Module } from '@nestjs/common';
import { WerkgroepDocumentsGraphqlModule } from './documents-graphql.module';
import { WerkgroepenLoaderFactory } from './werkgroepen.loaders';
import { WerkgroepMemberResolver, WerkgroepResolver } from './werkgroepen.resolvers';

@Module({
  imports: [WerkgroepDocumentsGraphqlModule],
  providers: [WerkgroepenLoaderFactory, WerkgroepResolver, WerkgroepMemberResolver],
  exports: [WerkgroepenLoaderFactory],
})
export class WerkgroepenGraphqlModule {}
