export * from './actieagenda.types';
export * from './actieagenda-repository.port';
export * from './actieagenda.service';
export * from './actieagenda-core.module';
export * from './csv.service';
export * from './rollup';
