import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { globalCoreModule } from '@verbinder/shared/kernel';
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

const SERVICES = [AuthService, PasswordsService, OidcService, SessionWatch];

@Module({})
export class IdentityCoreModule {
  /** `imports` must export IDENTITY_REPOSITORY. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return globalCoreModule(IdentityCoreModule, options, [...SERVICES, personCredentials], [...SERVICES, PERSON_CREDENTIALS]);
  }
}
