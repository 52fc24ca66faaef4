import type { Story, StoryComment, StoryConsent, StoryHistoryEntry, StoryImage, StoryPerson, StoryRevision, StoryStatus, StoryTranslation } from './stories.types';

export const STORIES_REPOSITORY = Symbol('STORIES_REPOSITORY');

export type StoryWrite = Omit<Story, 'id' | 'createdAt' | 'updatedAt'>;

export interface StoriesRepository {
  insertStory(data: StoryWrite): Promise<Story>;
  updateStory(id: string, data: Partial<StoryWrite>): Promise<Story>;
  findStory(id: string): Promise<Story | null>;
  /** Locks the story row for the rest of the transaction. */
  lockStory(id: string): Promise<Story | null>;
  findStoryBySlug(regionId: string, slug: string): Promise<Story | null>;
  slugsStartingWith(regionId: string, prefix: string): Promise<string[]>;
  /** Newest first, at most 500; `statuses` null = all. */
  listStories(regionId: string, statuses: StoryStatus[] | null): Promise<Story[]>;
  /** Scheduled stories whose publishAt has come (every region). */
  listDue(now: Date, limit: number): Promise<Story[]>;
  listByStatus(status: StoryStatus, limit: number): Promise<Story[]>;
  /**
   * Published stories of the region matching every group of `terms` (a group matches when one of
   * its words does, with Dutch stemming), best match first, at most `limit`.
   */
  searchPublished(regionId: string, terms: string[][], limit: number): Promise<Story[]>;

  listTranslations(storyId: string): Promise<StoryTranslation[]>;
  upsertTranslation(data: Omit<StoryTranslation, 'id' | 'updatedAt'>): Promise<StoryTranslation>;
  deleteTranslation(storyId: string, language: string): Promise<boolean>;

  listPeople(storyIds: readonly string[]): Promise<StoryPerson[]>;
  findPerson(id: string): Promise<StoryPerson | null>;
  insertPerson(data: Omit<StoryPerson, 'id' | 'createdAt'>): Promise<StoryPerson>;
  updatePerson(id: string, data: Partial<Omit<StoryPerson, 'id' | 'storyId' | 'createdAt'>>): Promise<StoryPerson>;
  deletePerson(id: string): Promise<void>;
  /** People (in any story) whose appearance rests on one of these consents. */
  listPeopleByConsent(consentIds: readonly string[]): Promise<StoryPerson[]>;

  insertConsent(data: Omit<StoryConsent, 'id' | 'createdAt'>): Promise<StoryConsent>;
  findConsents(ids: readonly string[]): Promise<StoryConsent[]>;
  updateConsent(id: string, data: Partial<Pick<StoryConsent, 'withdrawnAt' | 'withdrawnReason'>>): Promise<StoryConsent>;
  /** Consents in the region about a person with this name (case-insensitive). */
  listConsentsBySubject(regionId: string, name: string): Promise<StoryConsent[]>;
  deleteConsents(ids: readonly string[]): Promise<void>;
  /**
   * Deletes consents that ended before `endedBefore`: withdrawn or expired then, or for a school
   * year that ended by then (school years before `schoolYearBefore`). Returns how many.
   */
  deleteEndedConsents(endedBefore: Date, schoolYearBefore: number): Promise<number>;

  insertRevision(data: Omit<StoryRevision, 'id' | 'createdAt'>): Promise<void>;
  listRevisions(storyId: string): Promise<StoryRevision[]>;
  insertComment(data: Omit<StoryComment, 'id' | 'createdAt'>): Promise<StoryComment>;
  listComments(storyId: string): Promise<StoryComment[]>;
  insertHistory(rows: Array<Omit<StoryHistoryEntry, 'id' | 'createdAt'>>): Promise<void>;
  listHistory(storyId: string): Promise<StoryHistoryEntry[]>;

  /** Null when the story already has an image with this hash. */
  insertImage(data: Omit<StoryImage, 'id' | 'createdAt'>): Promise<StoryImage | null>;
  findImage(id: string): Promise<StoryImage | null>;
  /** Oldest first. */
  listImages(storyId: string): Promise<StoryImage[]>;
  /** Every row (in any story) for these bytes. */
  listImagesBySha(sha256: string): Promise<StoryImage[]>;
  updateImageAlt(id: string, alt: string): Promise<StoryImage>;
  deleteImage(id: string): Promise<void>;
}
