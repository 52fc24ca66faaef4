import { Module, OnModuleInit } from '@nestjs/common';
import { GraphqlResponseCache, regionTag } from '@verbinder/platform/graphql';
import { ActieagendaLoaderFactory } from './actieagenda.loaders';
import {
  ActieagendaReferences,
  ActieagendaResolver,
  ActielijnResolver,
  ActieReferences,
  ActieResolver,
  BijstellingResolver,
  CheckInResolver,
  DecisionResolver,
  ReviewResolver,
} from './actieagenda.resolvers';

@Module({
  providers: [
    ActieagendaLoaderFactory,
    ActieagendaResolver,
    ActieagendaReferences,
    ActielijnResolver,
    ActieResolver,
    ActieReferences,
    CheckInResolver,
    BijstellingResolver,
    DecisionResolver,
    ReviewResolver,
  ],
  exports: [ActieagendaLoaderFactory],
})
export class ActieagendaGraphqlModule implements OnModuleInit {
  constructor(private readonly cache: GraphqlResponseCache) {}

  /**
   * The region dashboard is read far more often than it changes: its answers are cached per
   * person until the next change in the region (see GraphqlResponseCache).
   */
  onModuleInit(): void {
    this.cache.register('actieagenda', (args) => (typeof args['regionId'] === 'string' ? [regionTag(args['regionId'])] : null));
  }
}
