import { Module } from '@nestjs/common';
import { ActivityWerkgroepResolver, GlossaryMeaningResolver, GlossaryTermResolver, StreamLoaderFactory, WerkgroepPostResolver, WerkgroepPostRevisionResolver } from './stream.resolvers';
import { WerkgroepenLoaderFactory } from './werkgroepen.loaders';
import { WerkgroepMemberResolver, WerkgroepResolver } from './werkgroepen.resolvers';

@Module({
  providers: [
    WerkgroepenLoaderFactory,
    WerkgroepResolver,
    WerkgroepMemberResolver,
    StreamLoaderFactory,
    WerkgroepPostResolver,
    WerkgroepPostRevisionResolver,
    GlossaryTermResolver,
    GlossaryMeaningResolver,
    ActivityWerkgroepResolver,
  ],
  exports: [WerkgroepenLoaderFactory],
})
export class WerkgroepenGraphqlModule {}
