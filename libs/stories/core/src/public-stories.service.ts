import { Inject, Injectable } from '@nestjs/common';
import { RegionsService } from '@verbinder/regions/core';
import { KernelPorts } from '@verbinder/shared/kernel';
import { nextConsentChange } from './consent-rules';
import { consentMap, publicNow, visibleAt } from './story-visibility';
import { STORIES_REPOSITORY, StoriesRepository } from './stories-repository.port';
import type { Story, StoryTranslation } from './stories.types';

/** What the public site shows of a region's stories now, from one load of the stories, people and consents. */
export interface PublicStories {
  stories: Story[];
  /**
   * Until when the region's public story pages and feeds stay as they are now unless someone acts
   * (every act emits `story.published`, `story.unpublished` or `story.changed`): the next moment a
   * consent of a published story may start or lapse, at the latest the next UTC midnight.
   */
  validUntil: Date;
}

/**
 * The stories anyone may read now (the public site, feeds, search, public images): published,
 * time come, and nobody in them without a valid consent now.
 */
@Injectable()
export class PublicStoriesService {
  constructor(
    @Inject(STORIES_REPOSITORY) private readonly repo: StoriesRepository,
    private readonly kernel: KernelPorts,
    private readonly regions: RegionsService,
  ) {}

  /**
   * Published stories of a region that may be shown now (consents valid, time come), for the public
   * site, with until when the region's public pages stay as they are (see `PublicStories`).
   */
  async publishedStories(regionSlug: string): Promise<PublicStories> {
    const region = await this.regions.getRegion({ slug: regionSlug });
    const { visible, validUntil } = await this.publicView(await this.repo.listStories(region.id, ['PUBLISHED']));
    return { stories: visible, validUntil };
  }

  /**
   * For a public story page: the story and its translations when it is public now, with the
   * region's `validUntil` (see `PublicStories`); `GONE` when it was published once but is not
   * public any more (taken offline, consent withdrawn or expired); null when unknown or never
   * published (a scheduled story is not visible early).
   */
  async publicStoryPage(regionSlug: string, slug: string): Promise<{ story: Story; translations: StoryTranslation[]; validUntil: Date } | 'GONE' | null> {
    const region = await this.regions.getRegion({ slug: regionSlug });
    const [story, published] = await Promise.all([this.repo.findStoryBySlug(region.id, slug), this.repo.listStories(region.id, ['PUBLISHED'])]);
    if (!story) return null;
    const { visible, validUntil } = await this.publicView(published, story);
    if (visible.some((s) => s.id === story.id)) return { story, translations: await this.repo.listTranslations(story.id), validUntil };
    return story.publishedAt !== null ? 'GONE' : null;
  }

  /**
   * One load of the people and consents of the region's `published` stories (and of `extra`, a
   * story looked up by slug that the capped list may not hold): which of them are public now, and
   * the `validUntil` of the region's public pages (see `PublicStories`) from the people in the
   * PUBLISHED ones.
   */
  private async publicView(published: Story[], extra?: Story): Promise<{ visible: Story[]; validUntil: Date }> {
    const now = this.kernel.clock.now();
    const stories = extra && !published.some((s) => s.id === extra.id) ? [...published, extra] : published;
    const people = await this.repo.listPeople(stories.map((s) => s.id));
    const consents = await consentMap(this.repo, people);
    const publishedIds = new Set(stories.filter((s) => s.status === 'PUBLISHED').map((s) => s.id));
    return {
      visible: publicNow(stories, people, consents, now),
      validUntil: nextConsentChange(
        people.filter((p) => publishedIds.has(p.storyId)),
        consents,
        now,
      ),
    };
  }

  /** Dutch full-text search over the region's stories that are public now (title, lead, body). */
  async searchPublished(regionSlug: string, query: string): Promise<Story[]> {
    const region = await this.regions.getRegion({ slug: regionSlug });
    const terms = searchTerms(query);
    if (terms.length === 0) return [];
    return this.visible(await this.repo.searchPublished(region.id, terms, 50));
  }

  /** The stories among these that are public now (published, time come, every consent valid now). */
  visible(stories: Story[]): Promise<Story[]> {
    return visibleAt(this.repo, stories, this.kernel.clock.now());
  }
}

/**
 * The words of a search query (at most 8), each with its variants: the Dutch snowball stemmer
 * does not strip a plural -s after a vowel (stages, foto's, auto's), so "stages" also searches
 * "stage" (and "foto's" "foto").
 */
export function searchTerms(query: string): string[][] {
  const words = (query.toLowerCase().match(/[\p{L}\p{N}]+(?:'s)?/gu) ?? []).slice(0, 8);
  return words.map((w) => {
    const base = w.endsWith("'s") ? w.slice(0, -2) : w;
    const variants = new Set([base]);
    if (/[aeiouy]s$/.test(base) && base.length > 3) variants.add(base.slice(0, -1));
    return [...variants];
  });
}
