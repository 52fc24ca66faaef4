import { Module } from '@nestjs/common';
import { LoketCompanyContactResolver, LoketResolver, LoketRoutingRuleResolver } from './loket.resolvers';

@Module({ providers: [LoketResolver, LoketRoutingRuleResolver, LoketCompanyContactResolver] })
export class LoketGraphqlModule {}
