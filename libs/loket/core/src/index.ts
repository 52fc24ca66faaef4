export * from './loket.types';
export * from './loket-repository.port';
export * from './loket.service';
export * from './loket-core.module';
export * from './kvk';
export * from './report';
