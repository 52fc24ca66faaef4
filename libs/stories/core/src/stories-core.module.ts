import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { kernelPortsProvider, globalCoreModule } from '@verbinder/shared/kernel';
import { NewsletterService } from './newsletter.service';
import { PublicStoriesService } from './public-stories.service';
import { StoriesService } from './stories.service';
import { StoryConsentsService } from './story-consents.service';
import { StoryEditingService } from './story-editing.service';
import { StoryImagesService } from './story-images.service';
import { StoryPublishingService } from './story-publishing.service';

const SERVICES = [StoriesService, PublicStoriesService, StoryEditingService, StoryPublishingService, StoryConsentsService, StoryImagesService, NewsletterService];

@Module({})
export class StoriesCoreModule {
  /** `imports` must provide STORIES_REPOSITORY; CLOCK, UNIT_OF_WORK, DOMAIN_EVENTS and DOCUMENT_STORE come from global modules. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return globalCoreModule(StoriesCoreModule, options, [kernelPortsProvider, ...SERVICES], [...SERVICES]);
  }
}
