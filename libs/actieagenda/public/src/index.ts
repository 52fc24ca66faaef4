export * from './actieagenda-site.controller';
