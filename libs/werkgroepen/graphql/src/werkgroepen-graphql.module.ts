import { Module } from '@nestjs/common';
import { WerkgroepenLoaderFactory } from './werkgroepen.loaders';
import { WerkgroepMemberResolver, WerkgroepResolver } from './werkgroepen.resolvers';

@Module({
  providers: [WerkgroepenLoaderFactory, WerkgroepResolver, WerkgroepMemberResolver],
  exports: [WerkgroepenLoaderFactory],
})
export class WerkgroepenGraphqlModule {}
