import { Module } from '@nestjs/common';
import { ActieagendaLoaderFactory } from './actieagenda.loaders';
import {
  ActieagendaResolver,
  ActielijnResolver,
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
    ActielijnResolver,
    ActieResolver,
    CheckInResolver,
    BijstellingResolver,
    DecisionResolver,
    ReviewResolver,
  ],
  exports: [ActieagendaLoaderFactory],
})
export class ActieagendaGraphqlModule {}
