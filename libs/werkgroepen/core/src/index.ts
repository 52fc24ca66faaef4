export * from './werkgroepen.types';
export * from './werkgroepen-repository.port';
export * from './werkgroepen.service';
export * from './werkgroepen-core.module';
export * from './signal';
export * from './curriculum';
export * from './documents';
