export * from './auth.service';
export * from './passwords.service';
export * from './oidc.service';
export * from './demo-personas';
export * from './identity-repository.port';
export * from './identity-core.module';
export * from './password';
export * from './session-watch';
