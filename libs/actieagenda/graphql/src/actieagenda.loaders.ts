import { Injectable } from '@nestjs/common';
import { ActieagendaService, RollupService } from '@verbinder/actieagenda/core';
import { byIdLoader, orderedLoader } from '@verbinder/platform/graphql';

export type ActieagendaLoaders = ReturnType<ActieagendaLoaderFactory['create']>;

/** Per request: whole-agenda views (data + rolled-up figures), so a dashboard costs a constant number of statements. */
@Injectable()
export class ActieagendaLoaderFactory {
  readonly key = 'actieagenda';

  constructor(
    private readonly rollup: RollupService,
    private readonly agendas: ActieagendaService,
  ) {}

  create() {
    return {
      view: orderedLoader((ids) => this.rollup.views(ids)),
      agenda: byIdLoader(this.agendas.agendasByIds),
    };
  }
}
