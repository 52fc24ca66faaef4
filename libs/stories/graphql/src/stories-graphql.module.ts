import { Module } from '@nestjs/common';
import { NewsletterResolver } from './newsletter.resolvers';
import { StoriesResolver } from './stories.resolvers';

@Module({ providers: [StoriesResolver, NewsletterResolver] })
export class StoriesGraphqlModule {}
