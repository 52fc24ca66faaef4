import { Inject, Injectable } from '@nestjs/common';
import { NotificationsService } from '@verbinder/notifications/core';
import { RegionsService } from '@verbinder/regions/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import { Actor, CLOCK, Clock, DOMAIN_EVENTS, DomainError, DomainEvents, hasRegionRole, isMemberOfRegion, isUuid, UNIT_OF_WORK, UnitOfWork, InputCheck } from '@verbinder/shared/kernel';
import { CONSENT_AGE, CONSENT_RETENTION_MONTHS, missingConsents, nextConsentChange, schoolYearLabel, schoolYearOf } from './consent-rules';
import { imagesWithoutAlt, plainText, sanitizeStoryHtml, slugify } from './sanitize';
import { STORIES_REPOSITORY, StoriesRepository } from './stories-repository.port';
import {
  CONSENT_RELATIONS,
  CONSENT_SCOPES,
  ConsentInput,
  MissingConsent,
  RTL_LANGUAGES,
  Story,
  STORY_AUDIENCES,
  STORY_LANGUAGES,
  StoryComment,
  StoryConsent,
  StoryHistoryEntry,
  StoryInput,
  StoryPerson,
  StoryPersonInput,
  StoryRevision,
  StoryStatus,
  StoryTranslation,
} from './stories.types';

/** Writers: they create and edit stories and submit them for review. */
export const STORY_REDACTIE_ROLES = ['REDACTEUR', 'VERBINDER', 'BEHEERDER'] as const;
/**
 * Eindredactie: approve, schedule, publish, unpublish. The regions domain has no EINDREDACTEUR
 * role, so the region's verbinders and beheerders act as eindredacteur.
 */
export const STORY_EINDREDACTIE_ROLES = ['VERBINDER', 'BEHEERDER'] as const;

const MAX_BODY = 50_000;
const STATUS_TEXT: Record<StoryStatus, string> = {
  DRAFT: 'concept',
  IN_REVIEW: 'ter beoordeling',
  APPROVED: 'goedgekeurd',
  SCHEDULED: 'ingepland',
  PUBLISHED: 'gepubliceerd',
  UNPUBLISHED: 'offline',
};

export interface StoryPersonView extends StoryPerson {
  consent: StoryConsent | null;
  /** What is missing for publication now (null when the consent is in order). */
  missing: MissingConsent | null;
}

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

/** Published and its time come (a consent check aside). */
function isDue(story: Story, now: Date): boolean {
  return story.status === 'PUBLISHED' && story.publishAt !== null && story.publishAt.getTime() <= now.getTime();
}

/** The stories among these that are public now: due, and every person's consent valid now. */
function publicNow(stories: Story[], people: StoryPerson[], consents: Map<string, StoryConsent>, now: Date): Story[] {
  const byStory = new Map<string, StoryPerson[]>();
  for (const person of people) {
    const group = byStory.get(person.storyId);
    if (group) group.push(person);
    else byStory.set(person.storyId, [person]);
  }
  return stories.filter((s) => isDue(s, now) && missingConsents(s.id, byStory.get(s.id) ?? [], consents, now).length === 0);
}

/**
 * Stories for parents, pupils and companies, with review, scheduling and a consent gate:
 * nobody appears in a published story without a valid recorded consent (a parent's below 16).
 */
@Injectable()
export class StoriesService {
  constructor(
    @Inject(STORIES_REPOSITORY) private readonly repo: StoriesRepository,
    @Inject(UNIT_OF_WORK) private readonly uow: UnitOfWork,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
  ) {}

  // ---------- authorization ----------

  isRedactie(actor: Actor, regionId: string): boolean {
    return hasRegionRole(actor, regionId, [...STORY_REDACTIE_ROLES]);
  }

  isEindredactie(actor: Actor, regionId: string): boolean {
    return hasRegionRole(actor, regionId, [...STORY_EINDREDACTIE_ROLES]);
  }

  private assertRedactie(actor: Actor, regionId: string): void {
    if (!this.isRedactie(actor, regionId)) throw DomainError.forbidden('Alleen redacteuren, verbinders en beheerders van de regio schrijven verhalen.');
  }

  private assertEindredactie(actor: Actor, regionId: string): void {
    if (!this.isEindredactie(actor, regionId)) throw DomainError.forbidden('Alleen de eindredactie (verbinders en beheerders van de regio) keurt goed, plant en publiceert verhalen.');
  }

  private async load(id: string): Promise<Story> {
    const story = isUuid(id) ? await this.repo.findStory(id) : null;
    if (!story) throw DomainError.notFound('Dit verhaal');
    return story;
  }

  /** A story the actor may edit (NOT_FOUND for an unknown id, FORBIDDEN outside the redactie). */
  async forRedactie(actor: Actor, id: string): Promise<Story> {
    const story = await this.load(id);
    this.assertRedactie(actor, story.regionId);
    return story;
  }

  /** Loads (and locks) a story for a change by the redactie or eindredactie. */
  private async loadForChange(actor: Actor, id: string, need: 'redactie' | 'eindredactie'): Promise<Story> {
    const found = await this.load(id);
    if (need === 'redactie') this.assertRedactie(actor, found.regionId);
    else this.assertEindredactie(actor, found.regionId);
    return (await this.repo.lockStory(id)) as Story;
  }

  // ---------- reading ----------

  /** The region's stories: the redactie sees all, other members only what is public now. */
  async list(actor: Actor, regionId: string, statuses: StoryStatus[] | null): Promise<Story[]> {
    const region = await this.regions.getRegion({ id: regionId });
    if (this.isRedactie(actor, region.id)) return this.repo.listStories(region.id, statuses?.length ? statuses : null);
    if (!isMemberOfRegion(actor, region.id)) throw DomainError.forbidden('Je bent geen lid van deze regio.');
    return this.visible(await this.repo.listStories(region.id, ['PUBLISHED']));
  }

  async get(actor: Actor, id: string): Promise<Story> {
    const story = await this.load(id);
    if (this.isRedactie(actor, story.regionId)) return story;
    if (!isMemberOfRegion(actor, story.regionId)) throw DomainError.forbidden('Je bent geen lid van deze regio.');
    if ((await this.visible([story])).length === 0) throw DomainError.notFound('Dit verhaal');
    return story;
  }

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
    const now = this.clock.now();
    const stories = extra && !published.some((s) => s.id === extra.id) ? [...published, extra] : published;
    const people = await this.repo.listPeople(stories.map((s) => s.id));
    const consents = await this.consentMap(people);
    const publishedIds = new Set(stories.filter((s) => s.status === 'PUBLISHED').map((s) => s.id));
    return {
      visible: publicNow(stories, people, consents, now),
      validUntil: nextConsentChange(people.filter((p) => publishedIds.has(p.storyId)), consents, now),
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
  async visible(stories: Story[]): Promise<Story[]> {
    const now = this.clock.now();
    const candidates = stories.filter((s) => isDue(s, now));
    const people = await this.repo.listPeople(candidates.map((s) => s.id));
    return publicNow(candidates, people, await this.consentMap(people), now);
  }

  private async consentMap(people: StoryPerson[]): Promise<Map<string, StoryConsent>> {
    const ids = [...new Set(people.map((p) => p.consentId).filter((id): id is string => !!id))];
    return new Map((await this.repo.findConsents(ids)).map((c) => [c.id, c]));
  }

  private async missingAt(story: Story, at: Date): Promise<MissingConsent[]> {
    const people = await this.repo.listPeople([story.id]);
    return missingConsents(story.id, people, await this.consentMap(people), at);
  }

  /** People in the story with their consent and what is missing now (consent details for the redactie only). */
  async people(actor: Actor, story: Story): Promise<StoryPersonView[]> {
    const people = await this.repo.listPeople([story.id]);
    const consents = await this.consentMap(people);
    const at = story.status === 'SCHEDULED' && story.publishAt ? story.publishAt : this.clock.now();
    const missing = new Map(missingConsents(story.id, people, consents, at).map((m) => [m.storyPersonId, m]));
    const redactie = this.isRedactie(actor, story.regionId);
    return people.map((p) => ({
      ...p,
      birthDate: redactie ? p.birthDate : null,
      consent: redactie && p.consentId ? (consents.get(p.consentId) ?? null) : null,
      missing: redactie ? (missing.get(p.id) ?? null) : null,
    }));
  }

  /** What blocks publication now (or at the planned time); empty for non-redactie. */
  async missing(actor: Actor, story: Story): Promise<MissingConsent[]> {
    if (!this.isRedactie(actor, story.regionId)) return [];
    return this.missingAt(story, story.status === 'SCHEDULED' && story.publishAt ? story.publishAt : this.clock.now());
  }

  translations(story: Story): Promise<StoryTranslation[]> {
    return this.repo.listTranslations(story.id);
  }

  revisions(actor: Actor, story: Story): Promise<StoryRevision[]> {
    return this.isRedactie(actor, story.regionId) ? this.repo.listRevisions(story.id) : Promise.resolve([]);
  }

  comments(actor: Actor, story: Story): Promise<StoryComment[]> {
    return this.isRedactie(actor, story.regionId) ? this.repo.listComments(story.id) : Promise.resolve([]);
  }

  history(actor: Actor, story: Story): Promise<StoryHistoryEntry[]> {
    return this.isRedactie(actor, story.regionId) ? this.repo.listHistory(story.id) : Promise.resolve([]);
  }

  static dir(language: string): 'rtl' | 'ltr' {
    return RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
  }

  // ---------- writing ----------

  private checkContent(check: InputCheck, input: Pick<StoryInput, 'title' | 'lead' | 'body'>) {
    const title = check.text('title', input.title, { label: 'Titel', required: true, max: 150 });
    const lead = check.text('lead', input.lead, { label: 'Intro', required: true, max: 600 });
    const raw = input.body ?? '';
    if (raw.length > MAX_BODY) check.fail('body', `De tekst mag hoogstens ${MAX_BODY} tekens hebben.`);
    if (imagesWithoutAlt(raw) > 0) check.fail('body', 'Elke afbeelding heeft een beschrijving (alt-tekst) nodig.');
    const body = sanitizeStoryHtml(raw);
    if (!plainText(body)) check.fail('body', 'De tekst van het verhaal is verplicht.');
    return { title: title ?? '', lead: lead ?? '', body };
  }

  private checkMeta(check: InputCheck, input: Pick<StoryInput, 'audience' | 'tags'>) {
    const audience = [...new Set(input.audience ?? [])];
    if (audience.length === 0) check.fail('audience', 'Kies minstens één doelgroep.');
    for (const a of audience) if (!STORY_AUDIENCES.includes(a)) check.fail('audience', 'Deze doelgroep bestaat niet.');
    const tags = [...new Set((input.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
    if (tags.length > 10) check.fail('tags', 'Geef hoogstens 10 trefwoorden.');
    if (tags.some((t) => t.length > 40)) check.fail('tags', 'Een trefwoord mag hoogstens 40 tekens hebben.');
    return { audience, tags };
  }

  private async checkLeerlab(check: InputCheck, regionId: string, leerlabId: string | null | undefined): Promise<string | null> {
    if (!leerlabId) return null;
    const [leerlab] = isUuid(leerlabId) ? await this.regions.leerlabsByIds([leerlabId]) : [];
    if (!leerlab || leerlab.regionId !== regionId) check.fail('leerlabId', 'Dit leerlab hoort niet bij de regio.');
    return leerlabId;
  }

  private async uniqueSlug(regionId: string, title: string): Promise<string> {
    const base = slugify(title);
    const taken = new Set(await this.repo.slugsStartingWith(regionId, base));
    if (!taken.has(base)) return base;
    let n = 2;
    while (taken.has(`${base}-${n}`)) n += 1;
    return `${base}-${n}`;
  }

  async create(actor: Actor, input: StoryInput): Promise<Story> {
    const region = await this.regions.getRegion({ id: input.regionId });
    this.assertRedactie(actor, region.id);
    const check = new InputCheck();
    const content = this.checkContent(check, input);
    const meta = this.checkMeta(check, input);
    const leerlabId = await this.checkLeerlab(check, region.id, input.leerlabId);
    check.done();
    return this.uow.run(async () => {
      const story = await this.repo.insertStory({
        regionId: region.id,
        leerlabId,
        slug: await this.uniqueSlug(region.id, content.title),
        ...content,
        ...meta,
        status: 'DRAFT',
        publishAt: null,
        publishedAt: null,
        blockedReason: null,
        createdById: actor.personId,
      });
      await this.repo.insertRevision({ storyId: story.id, title: story.title, lead: story.lead, body: story.body, authorId: actor.personId, authorName: actor.name });
      await this.repo.insertHistory([{ storyId: story.id, action: 'AANGEMAAKT', note: null, actorName: actor.name }]);
      return story;
    });
  }

  async update(actor: Actor, id: string, input: Omit<StoryInput, 'regionId'>): Promise<Story> {
    const existing = await this.load(id);
    this.assertRedactie(actor, existing.regionId);
    const check = new InputCheck();
    const content = this.checkContent(check, input);
    const meta = this.checkMeta(check, input);
    const leerlabId = await this.checkLeerlab(check, existing.regionId, input.leerlabId);
    check.done();
    return this.uow.run(async () => {
      const story = (await this.repo.lockStory(id)) as Story;
      if (story.status === 'SCHEDULED' || story.status === 'PUBLISHED') {
        throw DomainError.conflict(`Dit verhaal is ${STATUS_TEXT[story.status]}. Haal het eerst offline om het te wijzigen.`);
      }
      // A change after approval (or after going offline) needs a new review.
      const status: StoryStatus = story.status === 'APPROVED' || story.status === 'UNPUBLISHED' ? 'DRAFT' : story.status;
      const updated = await this.repo.updateStory(id, { ...content, ...meta, leerlabId, status });
      await this.repo.insertRevision({ storyId: id, title: updated.title, lead: updated.lead, body: updated.body, authorId: actor.personId, authorName: actor.name });
      if (status !== story.status) await this.repo.insertHistory([{ storyId: id, action: 'TERUG_NAAR_CONCEPT', note: 'Gewijzigd na goedkeuring of publicatie', actorName: actor.name }]);
      return updated;
    });
  }

  /**
   * Replaces the body of a locked story after an image change, with the rules of `update`: not
   * while scheduled or published; an approved or offline story goes back to concept; a
   * revision is kept. Call inside a unit of work, with the story locked.
   */
  async reviseBody(actor: Actor, story: Story, body: string, note: string): Promise<Story> {
    if (story.status === 'SCHEDULED' || story.status === 'PUBLISHED') {
      throw DomainError.conflict(`Dit verhaal is ${STATUS_TEXT[story.status]}. Haal het eerst offline om de tekst te wijzigen.`);
    }
    const status: StoryStatus = story.status === 'APPROVED' || story.status === 'UNPUBLISHED' ? 'DRAFT' : story.status;
    const updated = await this.repo.updateStory(story.id, { body, status });
    await this.repo.insertRevision({ storyId: story.id, title: updated.title, lead: updated.lead, body: updated.body, authorId: actor.personId, authorName: actor.name });
    await this.repo.insertHistory([
      { storyId: story.id, action: 'AFBEELDING', note, actorName: actor.name },
      ...(status !== story.status ? [{ storyId: story.id, action: 'TERUG_NAAR_CONCEPT', note: 'Gewijzigd na goedkeuring of publicatie', actorName: actor.name }] : []),
    ]);
    return updated;
  }

  private async transition(actor: Actor, id: string, need: 'redactie' | 'eindredactie', from: StoryStatus[], to: StoryStatus, action: string, extra: (story: Story) => Promise<Partial<Story>> = async () => ({})): Promise<Story> {
    return this.uow.run(async () => {
      const story = await this.loadForChange(actor, id, need);
      if (!from.includes(story.status)) {
        throw DomainError.conflict(`Dit verhaal is ${STATUS_TEXT[story.status]}; dat kan nu niet (${action.toLowerCase().replace(/_/g, ' ')}).`);
      }
      const patch = await extra(story);
      const updated = await this.repo.updateStory(id, { ...patch, status: to });
      await this.repo.insertHistory([{ storyId: id, action, note: null, actorName: actor.name }]);
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
    const missing = await this.missingAt(story, at);
    if (missing.length === 0) return;
    throw new DomainError(ErrorCode.CONFLICT, `Toestemming ontbreekt voor ${missing.map((m) => m.message).join('; ')}.`, { missingConsents: missing });
  }

  async schedule(actor: Actor, id: string, publishAt: Date): Promise<Story> {
    const now = this.clock.now();
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
    const now = this.clock.now();
    const story = await this.transition(actor, id, 'eindredactie', ['APPROVED', 'SCHEDULED'], 'PUBLISHED', 'GEPUBLICEERD', async (s) => {
      await this.assertConsents(s, now);
      return { publishAt: now, publishedAt: now, blockedReason: null };
    });
    this.uow.afterCommit(() => this.events.emit('story.published', { regionId: story.regionId, storyId: story.id, at: now.toISOString() }));
    return story;
  }

  async unpublish(actor: Actor, id: string, reason: string | null): Promise<Story> {
    const note = reason?.trim().slice(0, 500) || null;
    return this.uow.run(async () => {
      const story = await this.loadForChange(actor, id, 'eindredactie');
      if (story.status !== 'PUBLISHED' && story.status !== 'SCHEDULED') throw DomainError.conflict(`Dit verhaal is ${STATUS_TEXT[story.status]}; alleen een gepubliceerd of ingepland verhaal gaat offline.`);
      const [updated] = await this.takeOffline([story], note ?? 'Offline gehaald door de eindredactie', actor.name);
      return updated;
    });
  }

  /** Sets the stories UNPUBLISHED in the current transaction, records why, and emits story.unpublished after commit. */
  private async takeOffline(stories: Story[], reason: string, actorName: string): Promise<Story[]> {
    if (stories.length === 0) return [];
    const updated: Story[] = [];
    for (const s of stories) updated.push(await this.repo.updateStory(s.id, { status: 'UNPUBLISHED' }));
    await this.repo.insertHistory(stories.map((s) => ({ storyId: s.id, action: 'OFFLINE', note: reason, actorName })));
    const at = this.clock.now().toISOString();
    const byRegion = new Map<string, string[]>();
    for (const s of stories) byRegion.set(s.regionId, [...(byRegion.get(s.regionId) ?? []), s.id]);
    this.uow.afterCommit(async () => {
      for (const [regionId, storyIds] of byRegion) await this.events.emit('story.unpublished', { regionId, storyIds, reason, at });
    });
    return updated;
  }

  async comment(actor: Actor, id: string, body: string): Promise<StoryComment> {
    const story = await this.load(id);
    this.assertRedactie(actor, story.regionId);
    const check = new InputCheck();
    const text = check.text('body', body, { label: 'Opmerking', required: true, max: 2000 });
    check.done();
    return this.uow.run(() => this.repo.insertComment({ storyId: id, authorId: actor.personId, authorName: actor.name, body: text as string }));
  }

  // ---------- translations ----------

  async setTranslation(actor: Actor, id: string, input: { language: string; title: string; lead: string; body: string }): Promise<StoryTranslation> {
    const story = await this.load(id);
    this.assertRedactie(actor, story.regionId);
    const check = new InputCheck();
    const language = check.oneOf('language', input.language as (typeof STORY_LANGUAGES)[number], STORY_LANGUAGES, 'Taal');
    const content = this.checkContent(check, input);
    check.done();
    return this.uow.run(async () => {
      const t = await this.repo.upsertTranslation({ storyId: id, language, ...content });
      await this.repo.insertHistory([{ storyId: id, action: 'VERTALING', note: `Vertaling ${language} opgeslagen`, actorName: actor.name }]);
      this.changedAfterCommit(story);
      return t;
    });
  }

  async removeTranslation(actor: Actor, id: string, language: string): Promise<boolean> {
    const story = await this.load(id);
    this.assertRedactie(actor, story.regionId);
    return this.uow.run(async () => {
      const removed = await this.repo.deleteTranslation(id, language);
      if (!removed) throw DomainError.notFound('Deze vertaling');
      await this.repo.insertHistory([{ storyId: id, action: 'VERTALING', note: `Vertaling ${language} verwijderd`, actorName: actor.name }]);
      this.changedAfterCommit(story);
      return true;
    });
  }

  /** A published story's public content changed (a translation): public caches drop their copy. */
  private changedAfterCommit(story: Story): void {
    this.uow.afterCommit(() => this.events.emit('story.changed', { regionId: story.regionId, storyId: story.id, at: this.clock.now().toISOString() }));
  }

  // ---------- people ----------

  private checkPerson(check: InputCheck, input: StoryPersonInput) {
    const name = check.text('name', input.name, { label: 'Naam', required: true, max: 120 });
    const role = check.text('role', input.role, { label: 'Rol', max: 120 });
    const quote = check.text('quote', input.quote, { label: 'Citaat', max: 1000 });
    let birthDate: string | null = null;
    if (input.isPupil) {
      birthDate = check.date('birthDate', input.birthDate, 'Geboortedatum');
      if (!input.birthDate) check.fail('birthDate', 'Bij een leerling is de geboortedatum verplicht: die bepaalt wie toestemming geeft.');
      else if (birthDate && birthDate > this.clock.now().toISOString().slice(0, 10)) check.fail('birthDate', 'De geboortedatum ligt in de toekomst.');
    }
    return { name: name ?? '', role, quote, inPhoto: input.inPhoto ?? false, isPupil: input.isPupil, birthDate };
  }

  /** People changes on a scheduled or published story go through the gate again: they are refused. */
  private assertEditable(story: Story): void {
    if (story.status === 'SCHEDULED' || story.status === 'PUBLISHED') throw DomainError.conflict(`Dit verhaal is ${STATUS_TEXT[story.status]}. Haal het eerst offline om de mensen te wijzigen.`);
  }

  async addPerson(actor: Actor, storyId: string, input: StoryPersonInput): Promise<StoryPerson> {
    const story = await this.load(storyId);
    this.assertRedactie(actor, story.regionId);
    const check = new InputCheck();
    const data = this.checkPerson(check, input);
    check.done();
    return this.uow.run(async () => {
      this.assertEditable((await this.repo.lockStory(storyId)) as Story);
      const person = await this.repo.insertPerson({ storyId, ...data, consentId: null });
      await this.repo.insertHistory([{ storyId, action: 'PERSOON', note: `${person.name} toegevoegd`, actorName: actor.name }]);
      return person;
    });
  }

  private async loadPerson(actor: Actor, id: string): Promise<{ person: StoryPerson; story: Story }> {
    const person = isUuid(id) ? await this.repo.findPerson(id) : null;
    if (!person) throw DomainError.notFound('Deze persoon');
    const story = await this.load(person.storyId);
    this.assertRedactie(actor, story.regionId);
    return { person, story };
  }

  async updatePerson(actor: Actor, id: string, input: StoryPersonInput): Promise<StoryPerson> {
    const { person } = await this.loadPerson(actor, id);
    const check = new InputCheck();
    const data = this.checkPerson(check, input);
    check.done();
    return this.uow.run(async () => {
      this.assertEditable((await this.repo.lockStory(person.storyId)) as Story);
      const updated = await this.repo.updatePerson(id, data);
      await this.repo.insertHistory([{ storyId: person.storyId, action: 'PERSOON', note: `${updated.name} gewijzigd`, actorName: actor.name }]);
      return updated;
    });
  }

  async removePerson(actor: Actor, id: string): Promise<boolean> {
    const { person } = await this.loadPerson(actor, id);
    return this.uow.run(async () => {
      this.assertEditable((await this.repo.lockStory(person.storyId)) as Story);
      await this.repo.deletePerson(id);
      await this.repo.insertHistory([{ storyId: person.storyId, action: 'PERSOON', note: `${person.name} verwijderd`, actorName: actor.name }]);
      return true;
    });
  }

  // ---------- consent ----------

  async recordConsent(actor: Actor, input: ConsentInput): Promise<StoryConsent> {
    const { person, story } = await this.loadPerson(actor, input.storyPersonId);
    const now = this.clock.now();
    const check = new InputCheck();
    const givenByName = check.text('givenByName', input.givenByName, { label: 'Naam van wie toestemming gaf', required: true, max: 120 });
    const relation = check.oneOf('relation', input.relation, CONSENT_RELATIONS, 'Relatie');
    const scope = check.oneOf('scope', input.scope, CONSENT_SCOPES, 'Reikwijdte');
    const givenAt = input.givenAt ?? now;
    if (givenAt.getTime() > now.getTime()) check.fail('givenAt', 'De toestemming kan niet in de toekomst gegeven zijn.');
    if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) check.fail('expiresAt', 'De vervaldatum moet in de toekomst liggen.');
    let schoolYear: number | null = null;
    if (scope === 'SCHOOL_YEAR') {
      schoolYear = input.schoolYear ?? schoolYearOf(now);
      if (!Number.isInteger(schoolYear) || schoolYear < schoolYearOf(now) - 1 || schoolYear > schoolYearOf(now) + 1) check.fail('schoolYear', 'Kies het huidige, vorige of volgende schooljaar.');
    }
    if (relation === 'ZELF' && person.isPupil) check.fail('relation', `${person.name} is een leerling: een ouder of de leerling zelf (vanaf ${CONSENT_AGE}) geeft toestemming.`);
    if (relation !== 'ZELF' && !person.isPupil) check.fail('relation', `${person.name} is geen leerling en geeft zelf toestemming.`);
    check.done();
    return this.uow.run(async () => {
      const consent = await this.repo.insertConsent({
        regionId: story.regionId,
        subjectName: person.name,
        givenByName: givenByName as string,
        relation,
        scope,
        storyId: scope === 'THIS_STORY' ? story.id : null,
        schoolYear,
        givenAt,
        expiresAt: input.expiresAt ?? null,
        withdrawnAt: null,
        withdrawnReason: null,
        recordedById: actor.personId,
        recordedByName: actor.name,
      });
      await this.repo.updatePerson(person.id, { consentId: consent.id });
      const what = scope === 'SCHOOL_YEAR' ? `schooljaar ${schoolYearLabel(schoolYear as number)}` : 'dit verhaal';
      await this.repo.insertHistory([{ storyId: story.id, action: 'TOESTEMMING', note: `Toestemming voor ${person.name} vastgelegd (${relation.toLowerCase()}, ${what})`, actorName: actor.name }]);
      return consent;
    });
  }

  /** Lets a person in another story rest on an existing school-year consent about the same person. */
  async linkConsent(actor: Actor, storyPersonId: string, consentId: string): Promise<StoryPerson> {
    const { person, story } = await this.loadPerson(actor, storyPersonId);
    const [consent] = isUuid(consentId) ? await this.repo.findConsents([consentId]) : [];
    if (!consent || consent.regionId !== story.regionId) throw DomainError.notFound('Deze toestemming');
    const check = new InputCheck();
    if (consent.scope !== 'SCHOOL_YEAR') check.fail('consentId', 'Alleen een toestemming voor het hele schooljaar geldt voor meer verhalen.');
    if (consent.withdrawnAt) check.fail('consentId', 'Deze toestemming is ingetrokken.');
    if (consent.subjectName.trim().toLowerCase() !== person.name.trim().toLowerCase()) check.fail('consentId', `Deze toestemming gaat over ${consent.subjectName}, niet over ${person.name}.`);
    check.done();
    return this.uow.run(async () => {
      const updated = await this.repo.updatePerson(person.id, { consentId: consent.id });
      await this.repo.insertHistory([{ storyId: story.id, action: 'TOESTEMMING', note: `Toestemming voor ${person.name} gekoppeld (schooljaar ${schoolYearLabel(consent.schoolYear as number)})`, actorName: actor.name }]);
      return updated;
    });
  }

  /**
   * Records a withdrawal (e.g. after a parent's e-mail) and, in the same transaction, takes every
   * published story that rests on the consent offline, with the reason in its history. A scheduled
   * story that rests on it gets the withdrawal in its history and is blocked by the sweep.
   */
  async withdrawConsent(actor: Actor, consentId: string, reason: string): Promise<{ consent: StoryConsent; unpublished: Story[] }> {
    const [consent] = isUuid(consentId) ? await this.repo.findConsents([consentId]) : [];
    if (!consent) throw DomainError.notFound('Deze toestemming');
    this.assertRedactie(actor, consent.regionId);
    const check = new InputCheck();
    const note = check.text('reason', reason, { label: 'Reden', required: true, max: 500 });
    if (consent.withdrawnAt) check.fail('consentId', 'Deze toestemming is al ingetrokken.');
    check.done();
    return this.uow.run(async () => {
      const updated = await this.repo.updateConsent(consent.id, { withdrawnAt: this.clock.now(), withdrawnReason: note });
      const dependants = await this.dependentStories([consent.id]);
      // Published stories go offline now; scheduled ones stay and are blocked by the sweep at their time.
      const live = dependants.filter((s) => s.status === 'PUBLISHED');
      const unpublished = await this.takeOffline(live, `Toestemming voor ${consent.subjectName} ingetrokken: ${note}`, actor.name);
      const offline = new Set(live.map((s) => s.id));
      await this.repo.insertHistory(
        dependants.filter((s) => !offline.has(s.id)).map((s) => ({ storyId: s.id, action: 'TOESTEMMING', note: `Toestemming voor ${consent.subjectName} ingetrokken: ${note}`, actorName: actor.name })),
      );
      return { consent: updated, unpublished };
    });
  }

  private async dependentStories(consentIds: string[]): Promise<Story[]> {
    const people = await this.repo.listPeopleByConsent(consentIds);
    const stories: Story[] = [];
    for (const storyId of [...new Set(people.map((p) => p.storyId))]) stories.push((await this.repo.lockStory(storyId)) as Story);
    return stories;
  }

  /** A person's consent records in a region (AVG inzage); beheerders only. */
  async consentsOfSubject(actor: Actor, regionId: string, name: string): Promise<StoryConsent[]> {
    const region = await this.regions.getRegion({ id: regionId });
    if (!hasRegionRole(actor, region.id, ['BEHEERDER'])) throw DomainError.forbidden('Alleen beheerders van de regio zien alle toestemmingen van een persoon.');
    const check = new InputCheck();
    const subject = check.text('name', name, { label: 'Naam', required: true, max: 120 });
    check.done();
    return this.repo.listConsentsBySubject(region.id, subject as string);
  }

  /**
   * Erases a person's consent records in a region (AVG art. 17): dependent stories go offline
   * first (same transaction) and the person's appearances lose their consent link.
   */
  async eraseConsentsOfSubject(actor: Actor, regionId: string, name: string): Promise<number> {
    const consents = await this.consentsOfSubject(actor, regionId, name);
    if (consents.length === 0) throw DomainError.notFound('Toestemming van deze persoon');
    return this.uow.run(async () => {
      const ids = consents.map((c) => c.id);
      const dependants = await this.dependentStories(ids);
      await this.takeOffline(
        dependants.filter((s) => s.status === 'PUBLISHED'),
        'Toestemmingsgegevens gewist op verzoek van de persoon',
        actor.name,
      );
      await this.repo.deleteConsents(ids);
      return ids.length;
    });
  }

  // ---------- scheduler ----------

  /**
   * Publishes scheduled stories whose time has come (consents checked at that moment; a
   * blocked one stays scheduled with the reason, and the eindredactie is told once), and takes
   * published stories offline whose consent expired. Returns how many stories changed.
   */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    let changed = 0;
    for (const due of await this.repo.listDue(now, 100)) {
      changed += await this.uow.run(async () => {
        const story = (await this.repo.lockStory(due.id)) as Story;
        if (story.status !== 'SCHEDULED' || !story.publishAt || story.publishAt.getTime() > now.getTime()) return 0;
        const missing = await this.missingAt(story, now);
        if (missing.length === 0) {
          await this.repo.updateStory(story.id, { status: 'PUBLISHED', publishedAt: now, blockedReason: null });
          await this.repo.insertHistory([{ storyId: story.id, action: 'GEPUBLICEERD', note: 'Gepubliceerd op het geplande moment', actorName: 'Planner' }]);
          this.uow.afterCommit(() => this.events.emit('story.published', { regionId: story.regionId, storyId: story.id, at: now.toISOString() }));
          return 1;
        }
        const reason = `Niet gepubliceerd: toestemming ontbreekt voor ${missing.map((m) => m.message).join('; ')}.`;
        if (reason === story.blockedReason) return 0;
        await this.repo.updateStory(story.id, { blockedReason: reason });
        await this.repo.insertHistory([{ storyId: story.id, action: 'GEBLOKKEERD', note: reason, actorName: 'Planner' }]);
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
    const consents = await this.consentMap(people);
    for (const story of published) {
      const missing = missingConsents(story.id, people.filter((p) => p.storyId === story.id), consents, now);
      if (missing.length === 0) continue;
      changed += await this.uow.run(async () => {
        const locked = (await this.repo.lockStory(story.id)) as Story;
        if (locked.status !== 'PUBLISHED') return 0;
        await this.takeOffline([locked], `Toestemming verlopen: ${missing.map((m) => m.message).join('; ')}`, 'Planner');
        return 1;
      });
    }
    return changed + (await this.deleteEndedConsents(now));
  }

  /**
   * Retention (AVG art. 5(1)(e)): a consent record that ended — withdrawn, expired, or its school
   * year over — is proof for the time the story was public and is deleted
   * CONSENT_RETENTION_MONTHS after it ended. No published story can rest on it by then (the sweep
   * took such stories offline when the consent ended); people in other stories lose the link.
   */
  private async deleteEndedConsents(now: Date): Promise<number> {
    const endedBefore = new Date(now);
    endedBefore.setUTCMonth(endedBefore.getUTCMonth() - CONSENT_RETENTION_MONTHS);
    return this.uow.run(() => this.repo.deleteEndedConsents(endedBefore, schoolYearOf(endedBefore)));
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
