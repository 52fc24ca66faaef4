import { Module } from '@nestjs/common';
import { ActivityWerkgroepResolver } from './activity-werkgroep.resolver';
import { MeetupsLoaderFactory } from './meetups.loaders';
import { ActivityResolver, RegistrationResolver } from './meetups.resolvers';

@Module({
  providers: [MeetupsLoaderFactory, ActivityResolver, RegistrationResolver, ActivityWerkgroepResolver],
  exports: [MeetupsLoaderFactory],
})
export class MeetupsGraphqlModule {}
