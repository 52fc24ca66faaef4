import { Module } from '@nestjs/common';
import { MeetupsLoaderFactory } from './meetups.loaders';
import { ActivityResolver, RegistrationResolver } from './meetups.resolvers';

@Module({
  providers: [MeetupsLoaderFactory, ActivityResolver, RegistrationResolver],
  exports: [MeetupsLoaderFactory],
})
export class MeetupsGraphqlModule {}
