// A stateful in-memory StoriesRepository for unit specs (no database). Ids are UUIDs so the
// services' id checks apply as in production; rows are plain objects a spec may inspect.
import { randomUUID } from 'node:crypto';
import type { Clock } from '@verbinder/shared/kernel';
import type { StoriesRepository, StoryWrite } from '../stories-repository.port';
import type { Story, StoryComment, StoryConsent, StoryHistoryEntry, StoryImage, StoryPerson, StoryRevision, StoryStatus, StoryTranslation } from '../stories.types';
import { insertRow, removeRow } from '@verbinder/shared/kernel/testing';

export class MemoryStoriesRepository implements StoriesRepository {
  readonly stories: Story[] = [];
  readonly translations: StoryTranslation[] = [];
  readonly people: StoryPerson[] = [];
  readonly consents: StoryConsent[] = [];
  readonly revisions: StoryRevision[] = [];
  readonly comments: StoryComment[] = [];
  readonly history: StoryHistoryEntry[] = [];
  readonly images: StoryImage[] = [];
  /** Ids of the stories locked (in order), to check that a change locks first. */
  readonly locked: string[] = [];

  constructor(private readonly clock: Clock) {}

  private stamp() {
    return { id: randomUUID(), createdAt: this.clock.now() };
  }

  async insertStory(data: StoryWrite): Promise<Story> {
    return { ...insertRow(this.stories, { ...data, ...this.stamp(), updatedAt: this.clock.now() }) };
  }
  async updateStory(id: string, data: Partial<StoryWrite>): Promise<Story> {
    const story = this.stories.find((s) => s.id === id);
    if (!story) throw new Error(`no story ${id}`);
    Object.assign(story, data, { updatedAt: this.clock.now() });
    return { ...story };
  }
  async findStory(id: string): Promise<Story | null> {
    const story = this.stories.find((s) => s.id === id);
    return story ? { ...story } : null;
  }
  async lockStory(id: string): Promise<Story | null> {
    this.locked.push(id);
    return this.findStory(id);
  }
  async findStoryBySlug(regionId: string, slug: string): Promise<Story | null> {
    return this.stories.find((s) => s.regionId === regionId && s.slug === slug) ?? null;
  }
  async slugsStartingWith(regionId: string, prefix: string): Promise<string[]> {
    return this.stories.filter((s) => s.regionId === regionId && s.slug.startsWith(prefix)).map((s) => s.slug);
  }
  async listStories(regionId: string, statuses: StoryStatus[] | null): Promise<Story[]> {
    return this.stories.filter((s) => s.regionId === regionId && (!statuses || statuses.includes(s.status))).slice(0, 500);
  }
  async listDue(now: Date, limit: number): Promise<Story[]> {
    return this.stories.filter((s) => s.status === 'SCHEDULED' && s.publishAt && s.publishAt <= now).slice(0, limit);
  }
  async listByStatus(status: StoryStatus, limit: number): Promise<Story[]> {
    return this.stories.filter((s) => s.status === status).slice(0, limit);
  }
  async searchPublished(regionId: string, terms: string[][], limit: number): Promise<Story[]> {
    const text = (s: Story) => `${s.title} ${s.lead} ${s.body}`.toLowerCase();
    return this.stories.filter((s) => s.regionId === regionId && s.status === 'PUBLISHED' && terms.every((group) => group.some((w) => text(s).includes(w)))).slice(0, limit);
  }

  async listTranslations(storyId: string): Promise<StoryTranslation[]> {
    return this.translations.filter((t) => t.storyId === storyId);
  }
  async upsertTranslation(data: Omit<StoryTranslation, 'id' | 'updatedAt'>): Promise<StoryTranslation> {
    const existing = this.translations.find((t) => t.storyId === data.storyId && t.language === data.language);
    if (existing) return Object.assign(existing, data, { updatedAt: this.clock.now() });
    return insertRow(this.translations, { ...data, id: randomUUID(), updatedAt: this.clock.now() });
  }
  async deleteTranslation(storyId: string, language: string): Promise<boolean> {
    const i = this.translations.findIndex((t) => t.storyId === storyId && t.language === language);
    if (i >= 0) this.translations.splice(i, 1);
    return i >= 0;
  }

  async listPeople(storyIds: readonly string[]): Promise<StoryPerson[]> {
    return this.people.filter((p) => storyIds.includes(p.storyId));
  }
  async findPerson(id: string): Promise<StoryPerson | null> {
    return this.people.find((p) => p.id === id) ?? null;
  }
  async insertPerson(data: Omit<StoryPerson, 'id' | 'createdAt'>): Promise<StoryPerson> {
    return { ...insertRow(this.people, { ...data, ...this.stamp() }) };
  }
  async updatePerson(id: string, data: Partial<Omit<StoryPerson, 'id' | 'storyId' | 'createdAt'>>): Promise<StoryPerson> {
    const person = this.people.find((p) => p.id === id);
    if (!person) throw new Error(`no person ${id}`);
    return { ...Object.assign(person, data) };
  }
  async deletePerson(id: string): Promise<void> {
    removeRow(this.people, id);
  }
  async listPeopleByConsent(consentIds: readonly string[]): Promise<StoryPerson[]> {
    return this.people.filter((p) => p.consentId && consentIds.includes(p.consentId));
  }

  async insertConsent(data: Omit<StoryConsent, 'id' | 'createdAt'>): Promise<StoryConsent> {
    return { ...insertRow(this.consents, { ...data, ...this.stamp() }) };
  }
  async findConsents(ids: readonly string[]): Promise<StoryConsent[]> {
    return this.consents.filter((c) => ids.includes(c.id)).map((c) => ({ ...c }));
  }
  async updateConsent(id: string, data: Partial<Pick<StoryConsent, 'withdrawnAt' | 'withdrawnReason'>>): Promise<StoryConsent> {
    const consent = this.consents.find((c) => c.id === id);
    if (!consent) throw new Error(`no consent ${id}`);
    return { ...Object.assign(consent, data) };
  }
  async listConsentsBySubject(regionId: string, name: string): Promise<StoryConsent[]> {
    return this.consents.filter((c) => c.regionId === regionId && c.subjectName.toLowerCase() === name.toLowerCase());
  }
  async deleteConsents(ids: readonly string[]): Promise<void> {
    for (const p of this.people) if (p.consentId && ids.includes(p.consentId)) p.consentId = null;
    for (const id of ids) removeRow(this.consents, id);
  }
  async deleteEndedConsents(endedBefore: Date, schoolYearBefore: number): Promise<number> {
    const ended = this.consents.filter(
      (c) => (c.withdrawnAt && c.withdrawnAt < endedBefore) || (c.expiresAt && c.expiresAt < endedBefore) || (c.scope === 'SCHOOL_YEAR' && (c.schoolYear as number) < schoolYearBefore),
    );
    await this.deleteConsents(ended.map((c) => c.id));
    return ended.length;
  }

  async insertRevision(data: Omit<StoryRevision, 'id' | 'createdAt'>): Promise<void> {
    this.revisions.push({ ...data, ...this.stamp() });
  }
  async listRevisions(storyId: string): Promise<StoryRevision[]> {
    return this.revisions.filter((r) => r.storyId === storyId);
  }
  async insertComment(data: Omit<StoryComment, 'id' | 'createdAt'>): Promise<StoryComment> {
    return insertRow(this.comments, { ...data, ...this.stamp() });
  }
  async listComments(storyId: string): Promise<StoryComment[]> {
    return this.comments.filter((c) => c.storyId === storyId);
  }
  async insertHistory(rows: Array<Omit<StoryHistoryEntry, 'id' | 'createdAt'>>): Promise<void> {
    for (const row of rows) this.history.push({ ...row, ...this.stamp() });
  }
  async listHistory(storyId: string): Promise<StoryHistoryEntry[]> {
    return this.history.filter((h) => h.storyId === storyId);
  }

  async insertImage(data: Omit<StoryImage, 'id' | 'createdAt'>): Promise<StoryImage | null> {
    if (this.images.some((i) => i.storyId === data.storyId && i.sha256 === data.sha256)) return null;
    return { ...insertRow(this.images, { ...data, ...this.stamp() }) };
  }
  async findImage(id: string): Promise<StoryImage | null> {
    return this.images.find((i) => i.id === id) ?? null;
  }
  async listImages(storyId: string): Promise<StoryImage[]> {
    return this.images.filter((i) => i.storyId === storyId);
  }
  async listImagesBySha(sha256: string): Promise<StoryImage[]> {
    return this.images.filter((i) => i.sha256 === sha256);
  }
  async updateImageAlt(id: string, alt: string): Promise<StoryImage> {
    const image = this.images.find((i) => i.id === id);
    if (!image) throw new Error(`no image ${id}`);
    return { ...Object.assign(image, { alt }) };
  }
  async deleteImage(id: string): Promise<void> {
    removeRow(this.images, id);
  }
}
