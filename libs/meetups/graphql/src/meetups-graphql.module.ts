import { Module } from '@nestjs/common';
import { ActivityWerkgroepResolver } from './activity-werkgroep.resolver';
import { MeetupsLoaderFactory } from './meetups.loaders';
import { ActivityReferences, ActivityResolver, RegistrationResolver } from './meetups.resolvers';

@Module({
  providers: [MeetupsLoaderFactory, ActivityResolver, ActivityReferences, RegistrationResolver, ActivityWerkgroepResolver],
  exports: [MeetupsLoaderFactory],
})
export class MeetupsGraphqlModule {}
