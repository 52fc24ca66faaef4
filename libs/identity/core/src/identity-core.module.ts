import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { PERSON_CREDENTIALS } from '@verbinder/regions/core';
import { AuthService } from './auth.service';
import { IdentityRetention } from './identity-retention';
import { SessionWatch } from './session-watch';

@Module({})
export class IdentityCoreModule {
  /** `imports` must export IDENTITY_REPOSITORY. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: IdentityCoreModule,
      global: true,
      imports: options.imports,
      providers: [AuthService, SessionWatch, IdentityRetention, { provide: PERSON_CREDENTIALS, useExisting: AuthService }],
      exports: [AuthService, SessionWatch, PERSON_CREDENTIALS],
    };
  }
}
