export * from './regions.types';
export * from './regions-repository.port';
export * from './regions.service';
export * from './leerroute-rules';
export * from './regions-core.module';
