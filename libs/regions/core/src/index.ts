export * from './regions.types';
export * from './regions-repository.port';
export * from './regions.service';
export * from './leerroute-rules';
export * from './public-routes';
export * from './validation';
export * from './regions-core.module';
