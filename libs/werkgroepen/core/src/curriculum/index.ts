export * from './curriculum.types';
export * from './curriculum-repository.port';
export * from './curriculum-summary';
export * from './curriculum-csv';
export * from './curriculum.service';
