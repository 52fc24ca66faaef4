import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { NewsletterService } from './newsletter.service';
import { StoriesService } from './stories.service';

@Module({})
export class StoriesCoreModule {
  /** `imports` must provide STORIES_REPOSITORY; CLOCK, UNIT_OF_WORK and DOMAIN_EVENTS come from global modules. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return { module: StoriesCoreModule, global: true, imports: options.imports, providers: [StoriesService, NewsletterService], exports: [StoriesService, NewsletterService] };
  }
}
