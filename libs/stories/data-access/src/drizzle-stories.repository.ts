import { Injectable } from '@nestjs/common';
import type {
  StoriesRepository,
  Story,
  StoryComment,
  StoryConsent,
  StoryHistoryEntry,
  StoryImage,
  StoryPerson,
  StoryRevision,
  StoryStatus,
  StoryTranslation,
  StoryWrite,
} from '@verbinder/stories/core';
import { DrizzleRepository } from '@verbinder/platform/db';
import { and, asc, desc, eq, getTableColumns, inArray, like, lt, lte, or, sql } from 'drizzle-orm';
import { stories, storyComments, storyConsents, storyHistory, storyImages, storyPeople, storyRevisions, storyTranslations } from './stories.tables';

/** Every story column but the search vector (which only the search reads). */
const { search: _search, ...STORY_COLUMNS } = getTableColumns(stories);

@Injectable()
export class DrizzleStoriesRepository extends DrizzleRepository implements StoriesRepository {
  async insertStory(data: StoryWrite): Promise<Story> {
    const [row] = await this.db.insert(stories).values(data).returning(STORY_COLUMNS);
    return row;
  }

  async updateStory(id: string, data: Partial<StoryWrite>): Promise<Story> {
    const [row] = await this.db
      .update(stories)
      .set({ ...data, updatedAt: new Date() })
      .where(eq(stories.id, id))
      .returning(STORY_COLUMNS);
    return row;
  }

  async findStory(id: string): Promise<Story | null> {
    const [row] = await this.db.select(STORY_COLUMNS).from(stories).where(eq(stories.id, id));
    return row ?? null;
  }

  async lockStory(id: string): Promise<Story | null> {
    const [row] = await this.db.select(STORY_COLUMNS).from(stories).where(eq(stories.id, id)).for('update');
    return row ?? null;
  }

  async findStoryBySlug(regionId: string, slug: string): Promise<Story | null> {
    const [row] = await this.db
      .select(STORY_COLUMNS)
      .from(stories)
      .where(and(eq(stories.regionId, regionId), eq(stories.slug, slug)));
    return row ?? null;
  }

  async slugsStartingWith(regionId: string, prefix: string): Promise<string[]> {
    const rows = await this.db
      .select({ slug: stories.slug })
      .from(stories)
      .where(and(eq(stories.regionId, regionId), like(stories.slug, `${prefix}%`)));
    return rows.map((r) => r.slug);
  }

  listStories(regionId: string, statuses: StoryStatus[] | null): Promise<Story[]> {
    const where = statuses ? and(eq(stories.regionId, regionId), inArray(stories.status, statuses)) : eq(stories.regionId, regionId);
    return this.db
      .select(STORY_COLUMNS)
      .from(stories)
      .where(where)
      .orderBy(desc(sql`coalesce(${stories.publishAt}, ${stories.updatedAt})`), desc(stories.id))
      .limit(500);
  }

  listDue(now: Date, limit: number): Promise<Story[]> {
    return this.db
      .select(STORY_COLUMNS)
      .from(stories)
      .where(and(eq(stories.status, 'SCHEDULED'), lte(stories.publishAt, now)))
      .orderBy(asc(stories.publishAt))
      .limit(limit);
  }

  listByStatus(status: StoryStatus, limit: number): Promise<Story[]> {
    return this.db.select(STORY_COLUMNS).from(stories).where(eq(stories.status, status)).limit(limit);
  }

  searchPublished(regionId: string, terms: string[][], limit: number): Promise<Story[]> {
    if (terms.length === 0) return Promise.resolve([]);
    const group = (words: string[]) =>
      sql`(${sql.join(
        words.map((w) => sql`plainto_tsquery('dutch', ${w})`),
        sql` || `,
      )})`;
    const query = sql`(${sql.join(terms.map(group), sql` && `)})`;
    return this.db
      .select(STORY_COLUMNS)
      .from(stories)
      .where(and(eq(stories.regionId, regionId), eq(stories.status, 'PUBLISHED'), sql`${stories.search} @@ ${query}`))
      .orderBy(sql`ts_rank(${stories.search}, ${query}) desc`, desc(stories.publishedAt))
      .limit(limit);
  }

  listTranslations(storyId: string): Promise<StoryTranslation[]> {
    return this.db.select().from(storyTranslations).where(eq(storyTranslations.storyId, storyId)).orderBy(asc(storyTranslations.language));
  }

  async upsertTranslation(data: Omit<StoryTranslation, 'id' | 'updatedAt'>): Promise<StoryTranslation> {
    const [row] = await this.db
      .insert(storyTranslations)
      .values(data)
      .onConflictDoUpdate({ target: [storyTranslations.storyId, storyTranslations.language], set: { title: data.title, lead: data.lead, body: data.body, updatedAt: new Date() } })
      .returning();
    return row;
  }

  deleteTranslation(storyId: string, language: string): Promise<boolean> {
    return this.deleteWhere(storyTranslations, and(eq(storyTranslations.storyId, storyId), eq(storyTranslations.language, language)), storyTranslations.id);
  }

  listPeople(storyIds: readonly string[]): Promise<StoryPerson[]> {
    return this.findIn(storyPeople, storyPeople.storyId, storyIds, asc(storyPeople.createdAt), asc(storyPeople.id));
  }

  findPerson(id: string): Promise<StoryPerson | null> {
    return this.findOne(storyPeople, eq(storyPeople.id, id));
  }

  insertPerson(data: Omit<StoryPerson, 'id' | 'createdAt'>): Promise<StoryPerson> {
    return this.insertOne(storyPeople, data);
  }

  updatePerson(id: string, data: Partial<Omit<StoryPerson, 'id' | 'storyId' | 'createdAt'>>): Promise<StoryPerson> {
    return this.updateOne(storyPeople, eq(storyPeople.id, id), data);
  }

  async deletePerson(id: string): Promise<void> {
    await this.db.delete(storyPeople).where(eq(storyPeople.id, id));
  }

  listPeopleByConsent(consentIds: readonly string[]): Promise<StoryPerson[]> {
    return this.findIn(storyPeople, storyPeople.consentId, consentIds);
  }

  insertConsent(data: Omit<StoryConsent, 'id' | 'createdAt'>): Promise<StoryConsent> {
    return this.insertOne(storyConsents, data);
  }

  findConsents(ids: readonly string[]): Promise<StoryConsent[]> {
    return this.findIn(storyConsents, storyConsents.id, ids);
  }

  updateConsent(id: string, data: Partial<Pick<StoryConsent, 'withdrawnAt' | 'withdrawnReason'>>): Promise<StoryConsent> {
    return this.updateOne(storyConsents, eq(storyConsents.id, id), data);
  }

  listConsentsBySubject(regionId: string, name: string): Promise<StoryConsent[]> {
    return this.db
      .select()
      .from(storyConsents)
      .where(and(eq(storyConsents.regionId, regionId), sql`lower(${storyConsents.subjectName}) = lower(${name})`))
      .orderBy(asc(storyConsents.createdAt));
  }

  async deleteConsents(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.delete(storyConsents).where(inArray(storyConsents.id, [...ids]));
  }

  async deleteEndedConsents(endedBefore: Date, schoolYearBefore: number): Promise<number> {
    const rows = await this.db
      .delete(storyConsents)
      .where(or(lt(storyConsents.withdrawnAt, endedBefore), lt(storyConsents.expiresAt, endedBefore), and(eq(storyConsents.scope, 'SCHOOL_YEAR'), lt(storyConsents.schoolYear, schoolYearBefore))))
      .returning({ id: storyConsents.id });
    return rows.length;
  }

  async insertRevision(data: Omit<StoryRevision, 'id' | 'createdAt'>): Promise<void> {
    await this.db.insert(storyRevisions).values(data);
  }

  listRevisions(storyId: string): Promise<StoryRevision[]> {
    return this.db.select().from(storyRevisions).where(eq(storyRevisions.storyId, storyId)).orderBy(desc(storyRevisions.createdAt), desc(storyRevisions.id));
  }

  insertComment(data: Omit<StoryComment, 'id' | 'createdAt'>): Promise<StoryComment> {
    return this.insertOne(storyComments, data);
  }

  listComments(storyId: string): Promise<StoryComment[]> {
    return this.db.select().from(storyComments).where(eq(storyComments.storyId, storyId)).orderBy(asc(storyComments.createdAt), asc(storyComments.id));
  }

  async insertHistory(rows: Array<Omit<StoryHistoryEntry, 'id' | 'createdAt'>>): Promise<void> {
    if (rows.length === 0) return;
    await this.db.insert(storyHistory).values(rows);
  }

  listHistory(storyId: string): Promise<StoryHistoryEntry[]> {
    return this.db.select().from(storyHistory).where(eq(storyHistory.storyId, storyId)).orderBy(asc(storyHistory.createdAt), asc(storyHistory.id));
  }

  async insertImage(data: Omit<StoryImage, 'id' | 'createdAt'>): Promise<StoryImage | null> {
    const [row] = await this.db
      .insert(storyImages)
      .values(data)
      .onConflictDoNothing({ target: [storyImages.storyId, storyImages.sha256] })
      .returning();
    return row ?? null;
  }

  findImage(id: string): Promise<StoryImage | null> {
    return this.findOne(storyImages, eq(storyImages.id, id));
  }

  listImages(storyId: string): Promise<StoryImage[]> {
    return this.db.select().from(storyImages).where(eq(storyImages.storyId, storyId)).orderBy(asc(storyImages.createdAt), asc(storyImages.id));
  }

  listImagesBySha(sha256: string): Promise<StoryImage[]> {
    return this.db.select().from(storyImages).where(eq(storyImages.sha256, sha256)).limit(100);
  }

  updateImageAlt(id: string, alt: string): Promise<StoryImage> {
    return this.updateOne(storyImages, eq(storyImages.id, id), { alt });
  }

  async deleteImage(id: string): Promise<void> {
    await this.db.delete(storyImages).where(eq(storyImages.id, id));
  }
}
