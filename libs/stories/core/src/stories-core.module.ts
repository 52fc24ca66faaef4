import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { NewsletterService } from './newsletter.service';
import { StoriesService } from './stories.service';
import { StoryImagesService } from './story-images.service';

@Module({})
export class StoriesCoreModule {
  /** `imports` must provide STORIES_REPOSITORY; CLOCK, UNIT_OF_WORK, DOMAIN_EVENTS and DOCUMENT_STORE come from global modules. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return { module: StoriesCoreModule, global: true, imports: options.imports, providers: [StoriesService, StoryImagesService, NewsletterService], exports: [StoriesService, StoryImagesService, NewsletterService] };
  }
}
