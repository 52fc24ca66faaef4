import { Module } from '@nestjs/common';
import { StoriesResolver } from './stories.resolvers';

@Module({ providers: [StoriesResolver] })
export class StoriesGraphqlModule {}
