import { Inject, Injectable } from '@nestjs/common';
import { NotificationsService } from '@verbinder/notifications/core';
import { RegionsService } from '@verbinder/regions/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import { Actor, DomainError, InputCheck, KernelPorts } from '@verbinder/shared/kernel';
import { missingConsents } from './consent-rules';
import { assertRedactie, loadStory, loadStoryForChange, STATUS_TEXT, STORY_EINDREDACTIE_ROLES } from './story-access';
import { checkContent } from './story-content';
import { consentMap, missingAt } from './story-visibility';
import { STORIES_REPOSITORY, StoriesRepository } from './stories-repository.port';
import { Story, STORY_LANGUAGES, StoryStatus, StoryTranslation } from './stories.types';
import { HistoryActor, PLANNER, takeOffline } from './take-offline';

/**
 * The way of a story to the public and back: submit, approve, schedule, publish and unpublish
 * (with the consent gate: nobody appears in a published story without a valid recorded consent),
 * translations of the public text, and the scheduler's sweep.
 */
@Injectable()
export class StoryPublishingService {
  constructor(
    @Inject(STORIES_REPOSITORY) private readonly repo: StoriesRepository,
    private readonly kernel: KernelPorts,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
  ) {}

  private async transition(
    actor: Actor,
    id: string,
    need: 'redactie' | 'eindredactie',
    from: StoryStatus[],
    to: StoryStatus,
    action: string,
    extra: (story: Story) => Promise<Partial<Story>> = async () => ({}),
  ): Promise<Story> {
    return this.kernel.uow.run(async () => {
      const story = await loadStoryForChange(this.repo, actor, id, need);
      if (!from.includes(story.status)) {
        throw DomainError.conflict(`Dit verhaal is ${STATUS_TEXT[story.status]}; dat kan nu niet (${action.toLowerCase().replace(/_/g, ' ')}).`);
      }
      const patch = await extra(story);
      const updated = await this.repo.updateStory(id, { ...patch, status: to });
      await this.repo.insertHistory([{ storyId: id, action, note: null, actorId: actor.personId, actorName: actor.name }]);
      return updated;
    });
  }

  submit(actor: Actor, id: string): Promise<Story> {
    return this.transition(actor, id, 'redactie', ['DRAFT', 'UNPUBLISHED'], 'IN_REVIEW', 'INGEDIEND');
  }

  approve(actor: Actor, id: string): Promise<Story> {
    return this.transition(actor, id, 'eindredactie', ['IN_REVIEW'], 'APPROVED', 'GOEDGEKEURD');
  }

  /** Refuses with CONFLICT (and a structured list) when anyone lacks a valid consent at `at`. */
  private async assertConsents(story: Story, at: Date): Promise<void> {
    const missing = await missingAt(this.repo, story, at);
    if (missing.length === 0) return;
    throw new DomainError(ErrorCode.CONFLICT, `Toestemming ontbreekt voor ${missing.map((m) => m.message).join('; ')}.`, { missingConsents: missing });
  }

  async schedule(actor: Actor, id: string, publishAt: Date): Promise<Story> {
    const now = this.kernel.clock.now();
    if (!(publishAt instanceof Date) || Number.isNaN(publishAt.getTime()) || publishAt.getTime() <= now.getTime()) {
      throw DomainError.badInput([{ field: 'publishAt', message: 'Het publicatiemoment moet in de toekomst liggen.' }]);
    }
    const story = await this.transition(actor, id, 'eindredactie', ['APPROVED', 'SCHEDULED'], 'SCHEDULED', 'INGEPLAND', async (s) => {
      await this.assertConsents(s, publishAt);
      return { publishAt, blockedReason: null };
    });
    return story;
  }

  async publish(actor: Actor, id: string): Promise<Story> {
    const now = this.kernel.clock.now();
    const story = await this.transition(actor, id, 'eindredactie', ['APPROVED', 'SCHEDULED'], 'PUBLISHED', 'GEPUBLICEERD', async (s) => {
      await this.assertConsents(s, now);
      return { publishAt: now, publishedAt: now, blockedReason: null };
    });
    this.kernel.uow.afterCommit(() => this.kernel.events.emit('story.published', { regionId: story.regionId, storyId: story.id, at: now.toISOString() }));
    return story;
  }

  async unpublish(actor: Actor, id: string, reason: string | null): Promise<Story> {
    const note = reason?.trim().slice(0, 500) || null;
    return this.kernel.uow.run(async () => {
      const story = await loadStoryForChange(this.repo, actor, id, 'eindredactie');
      if (story.status !== 'PUBLISHED' && story.status !== 'SCHEDULED')
        throw DomainError.conflict(`Dit verhaal is ${STATUS_TEXT[story.status]}; alleen een gepubliceerd of ingepland verhaal gaat offline.`);
      const [updated] = await this.takeOffline([story], note ?? 'Offline gehaald door de eindredactie', actor);
      return updated;
    });
  }

  // ---------- translations ----------

  async setTranslation(actor: Actor, id: string, input: { language: string; title: string; lead: string; body: string }): Promise<StoryTranslation> {
    const story = await loadStory(this.repo, id);
    assertRedactie(actor, story.regionId);
    const check = new InputCheck();
    const language = check.oneOf('language', input.language as (typeof STORY_LANGUAGES)[number], STORY_LANGUAGES, 'Taal');
    const content = checkContent(check, input);
    check.done();
    return this.kernel.uow.run(async () => {
      const t = await this.repo.upsertTranslation({ storyId: id, language, ...content });
      await this.repo.insertHistory([{ storyId: id, action: 'VERTALING', note: `Vertaling ${language} opgeslagen`, actorId: actor.personId, actorName: actor.name }]);
      this.changedAfterCommit(story);
      return t;
    });
  }

  async removeTranslation(actor: Actor, id: string, language: string): Promise<boolean> {
    const story = await loadStory(this.repo, id);
    assertRedactie(actor, story.regionId);
    return this.kernel.uow.run(async () => {
      const removed = await this.repo.deleteTranslation(id, language);
      if (!removed) throw DomainError.notFound('Deze vertaling');
      await this.repo.insertHistory([{ storyId: id, action: 'VERTALING', note: `Vertaling ${language} verwijderd`, actorId: actor.personId, actorName: actor.name }]);
      this.changedAfterCommit(story);
      return true;
    });
  }

  /** A published story's public content changed (a translation): public caches drop their copy. */
  private changedAfterCommit(story: Story): void {
    this.kernel.uow.afterCommit(() => this.kernel.events.emit('story.changed', { regionId: story.regionId, storyId: story.id, at: this.kernel.clock.now().toISOString() }));
  }

  // ---------- scheduler ----------

  /**
   * Publishes scheduled stories whose time has come (consents checked at that moment; a
   * blocked one stays scheduled with the reason, and the eindredactie is told once), and takes
   * published stories offline whose consent expired. Returns how many stories changed. (Ended
   * consents themselves are deleted by the retention run, `StoryConsentsService.deleteEndedConsents`;
   * the public pages check consents when they are read, so a story never rests on a deleted one.)
   */
  async sweep(): Promise<number> {
    const now = this.kernel.clock.now();
    let changed = 0;
    for (const due of await this.repo.listDue(now, 100)) {
      changed += await this.kernel.uow.run(async () => {
        const story = (await this.repo.lockStory(due.id)) as Story;
        if (story.status !== 'SCHEDULED' || !story.publishAt || story.publishAt.getTime() > now.getTime()) return 0;
        const missing = await missingAt(this.repo, story, now);
        if (missing.length === 0) {
          await this.repo.updateStory(story.id, { status: 'PUBLISHED', publishedAt: now, blockedReason: null });
          await this.repo.insertHistory([{ storyId: story.id, action: 'GEPUBLICEERD', note: 'Gepubliceerd op het geplande moment', actorId: null, actorName: PLANNER.name }]);
          this.kernel.uow.afterCommit(() => this.kernel.events.emit('story.published', { regionId: story.regionId, storyId: story.id, at: now.toISOString() }));
          return 1;
        }
        const reason = `Niet gepubliceerd: toestemming ontbreekt voor ${missing.map((m) => m.message).join('; ')}.`;
        if (reason === story.blockedReason) return 0;
        await this.repo.updateStory(story.id, { blockedReason: reason });
        await this.repo.insertHistory([{ storyId: story.id, action: 'GEBLOKKEERD', note: reason, actorId: null, actorName: PLANNER.name }]);
        const memberships = await this.regions.membershipsByRegionIds([story.regionId]);
        const roles: readonly string[] = STORY_EINDREDACTIE_ROLES;
        await this.notifications.notify(
          memberships.filter((m) => roles.includes(m.role)).map((m) => m.personId),
          { kind: 'story.blocked', title: `Verhaal niet gepubliceerd: ${story.title}`, body: reason.slice(0, 300), link: `/verhaal/${story.id}` },
        );
        return 1;
      });
    }
    const published = await this.repo.listByStatus('PUBLISHED', 1000);
    const people = await this.repo.listPeople(published.map((s) => s.id));
    const consents = await consentMap(this.repo, people);
    for (const story of published) {
      const missing = missingConsents(
        story.id,
        people.filter((p) => p.storyId === story.id),
        consents,
        now,
      );
      if (missing.length === 0) continue;
      changed += await this.kernel.uow.run(async () => {
        const locked = (await this.repo.lockStory(story.id)) as Story;
        if (locked.status !== 'PUBLISHED') return 0;
        await this.takeOffline([locked], `Toestemming verlopen: ${missing.map((m) => m.message).join('; ')}`, PLANNER);
        return 1;
      });
    }
    return changed;
  }

  /** Takes the stories offline in the current transaction (see `takeOffline`). */
  private takeOffline(stories: Story[], reason: string, by: HistoryActor): Promise<Story[]> {
    return takeOffline({ repo: this.repo, uow: this.kernel.uow, events: this.kernel.events, clock: this.kernel.clock }, stories, reason, by);
  }
}
