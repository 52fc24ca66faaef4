import { Module } from '@nestjs/common';
import { LoketCompanyContactResolver, LoketRequestReferences, LoketResolver, LoketRoutingRuleResolver } from './loket.resolvers';

@Module({ providers: [LoketResolver, LoketRequestReferences, LoketRoutingRuleResolver, LoketCompanyContactResolver] })
export class LoketGraphqlModule {}
