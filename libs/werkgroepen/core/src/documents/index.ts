export * from './safe-name';
export * from './ports';
export * from './documents.types';
export * from './documents.service';
export * from './draaiboek.service';
export * from './documents-core.module';
