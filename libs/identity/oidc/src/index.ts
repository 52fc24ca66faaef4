export * from './oidc.client';
export * from './oidc.module';
