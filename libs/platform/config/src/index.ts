export * from './app-config';
export * from './config.module';
export { isEntraMultiTenantIssuer } from './config.schema';
