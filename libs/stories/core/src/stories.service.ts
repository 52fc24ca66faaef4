import { Inject, Injectable } from '@nestjs/common';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, isMemberOfRegion, KernelPorts } from '@verbinder/shared/kernel';
import { missingConsents } from './consent-rules';
import { PublicStoriesService } from './public-stories.service';
import { assertRedactie, isEindredactie, isRedactie, loadStory } from './story-access';
import { consentMap, missingAt } from './story-visibility';
import { STORIES_REPOSITORY, StoriesRepository } from './stories-repository.port';
import { MissingConsent, RTL_LANGUAGES, Story, StoryComment, StoryConsent, StoryHistoryEntry, StoryPerson, StoryRevision, StoryStatus, StoryTranslation } from './stories.types';

export interface StoryPersonView extends StoryPerson {
  consent: StoryConsent | null;
  /** What is missing for publication now (null when the consent is in order). */
  missing: MissingConsent | null;
}

/**
 * Stories for the members of a region: who is redactie or eindredactie, and what each member
 * reads of a story (the redactie all, other members only what is public now). Writing lives in
 * StoryEditingService, the workflow in StoryPublishingService, consents in StoryConsentsService,
 * the public site in PublicStoriesService.
 */
@Injectable()
export class StoriesService {
  constructor(
    @Inject(STORIES_REPOSITORY) private readonly repo: StoriesRepository,
    private readonly kernel: KernelPorts,
    private readonly regions: RegionsService,
    private readonly publicStories: PublicStoriesService,
  ) {}

  // ---------- authorization ----------

  isRedactie(actor: Actor, regionId: string): boolean {
    return isRedactie(actor, regionId);
  }

  isEindredactie(actor: Actor, regionId: string): boolean {
    return isEindredactie(actor, regionId);
  }

  /** A story the actor may edit (NOT_FOUND for an unknown id, FORBIDDEN outside the redactie). */
  async forRedactie(actor: Actor, id: string): Promise<Story> {
    const story = await loadStory(this.repo, id);
    assertRedactie(actor, story.regionId);
    return story;
  }

  // ---------- reading ----------

  /** The region's stories: the redactie sees all, other members only what is public now. */
  async list(actor: Actor, regionId: string, statuses: StoryStatus[] | null): Promise<Story[]> {
    const region = await this.regions.getRegion({ id: regionId });
    if (isRedactie(actor, region.id)) return this.repo.listStories(region.id, statuses?.length ? statuses : null);
    if (!isMemberOfRegion(actor, region.id)) throw DomainError.forbidden('Je bent geen lid van deze regio.');
    return this.publicStories.visible(await this.repo.listStories(region.id, ['PUBLISHED']));
  }

  async get(actor: Actor, id: string): Promise<Story> {
    const story = await loadStory(this.repo, id);
    if (isRedactie(actor, story.regionId)) return story;
    if (!isMemberOfRegion(actor, story.regionId)) throw DomainError.forbidden('Je bent geen lid van deze regio.');
    if ((await this.publicStories.visible([story])).length === 0) throw DomainError.notFound('Dit verhaal');
    return story;
  }

  /** People in the story with their consent and what is missing now (consent details for the redactie only). */
  async people(actor: Actor, story: Story): Promise<StoryPersonView[]> {
    const people = await this.repo.listPeople([story.id]);
    const consents = await consentMap(this.repo, people);
    const at = story.status === 'SCHEDULED' && story.publishAt ? story.publishAt : this.kernel.clock.now();
    const missing = new Map(missingConsents(story.id, people, consents, at).map((m) => [m.storyPersonId, m]));
    const redactie = isRedactie(actor, story.regionId);
    return people.map((p) => ({
      ...p,
      birthDate: redactie ? p.birthDate : null,
      consent: redactie && p.consentId ? (consents.get(p.consentId) ?? null) : null,
      missing: redactie ? (missing.get(p.id) ?? null) : null,
    }));
  }

  /** What blocks publication now (or at the planned time); empty for non-redactie. */
  async missing(actor: Actor, story: Story): Promise<MissingConsent[]> {
    if (!isRedactie(actor, story.regionId)) return [];
    return missingAt(this.repo, story, story.status === 'SCHEDULED' && story.publishAt ? story.publishAt : this.kernel.clock.now());
  }

  translations(story: Story): Promise<StoryTranslation[]> {
    return this.repo.listTranslations(story.id);
  }

  revisions(actor: Actor, story: Story): Promise<StoryRevision[]> {
    return isRedactie(actor, story.regionId) ? this.repo.listRevisions(story.id) : Promise.resolve([]);
  }

  comments(actor: Actor, story: Story): Promise<StoryComment[]> {
    return isRedactie(actor, story.regionId) ? this.repo.listComments(story.id) : Promise.resolve([]);
  }

  history(actor: Actor, story: Story): Promise<StoryHistoryEntry[]> {
    return isRedactie(actor, story.regionId) ? this.repo.listHistory(story.id) : Promise.resolve([]);
  }

  static dir(language: string): 'rtl' | 'ltr' {
    return RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
  }
}
