import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { PERSON_CREDENTIALS, PersonCredentials } from '@verbinder/regions/core';
import { AuthService } from './auth.service';
import { OidcService } from './oidc.service';
import { PasswordsService } from './passwords.service';
import { SessionWatch } from './session-watch';

/** What the regions domain needs of identity: passwords (PasswordsService) and ending sessions (AuthService). */
const personCredentials = {
  provide: PERSON_CREDENTIALS,
  inject: [PasswordsService, AuthService],
  useFactory: (passwords: PasswordsService, auth: AuthService): PersonCredentials => ({
    setPassword: (personId, password) => passwords.setPassword(personId, password),
    endSessionsOf: (personId) => auth.endSessionsOf(personId),
  }),
};

@Module({})
export class IdentityCoreModule {
  /** `imports` must export IDENTITY_REPOSITORY. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: IdentityCoreModule,
      global: true,
      imports: options.imports,
      providers: [AuthService, PasswordsService, OidcService, SessionWatch, personCredentials],
      exports: [AuthService, PasswordsService, OidcService, SessionWatch, PERSON_CREDENTIALS],
    };
  }
}
