import { Module } from '@nestjs/common';
import { OidcClient } from './oidc.client';

@Module({ providers: [OidcClient], exports: [OidcClient] })
export class OidcModule {}
