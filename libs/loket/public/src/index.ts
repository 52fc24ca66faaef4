export * from './loket-site.controller';
export * from './loket-intake.controller';
