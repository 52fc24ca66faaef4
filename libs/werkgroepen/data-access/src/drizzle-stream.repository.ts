import { Injectable } from '@nestjs/common';
import { glossarySearchPrefixes } from '@verbinder/werkgroepen/core';
import type {
  GlossaryMeaning,
  GlossaryRepository,
  GlossaryTerm,
  WerkgroepPost,
  WerkgroepPostChange,
  WerkgroepPostReaction,
  WerkgroepPostRevision,
  WerkgroepStreamRepository,
} from '@verbinder/werkgroepen/core';
import { DrizzleRepository } from '@verbinder/platform/db';
import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { glossaryMeanings, glossaryTerms, werkgroepPostReactions, werkgroepPostRevisions, werkgroepPosts } from './werkgroepen.tables';

@Injectable()
export class DrizzleStreamRepository extends DrizzleRepository implements WerkgroepStreamRepository {
  findPost(id: string): Promise<WerkgroepPost | null> {
    return this.findOne(werkgroepPosts, eq(werkgroepPosts.id, id));
  }

  listRoots(werkgroepId: string, before: Date | null, limit: number): Promise<WerkgroepPost[]> {
    return this.db
      .select()
      .from(werkgroepPosts)
      .where(and(eq(werkgroepPosts.werkgroepId, werkgroepId), isNull(werkgroepPosts.parentId), before ? lt(werkgroepPosts.createdAt, before) : undefined))
      .orderBy(desc(werkgroepPosts.createdAt), desc(werkgroepPosts.id))
      .limit(limit);
  }

  repliesOf(rootIds: readonly string[]): Promise<WerkgroepPost[]> {
    return this.findIn(werkgroepPosts, werkgroepPosts.parentId, rootIds, asc(werkgroepPosts.createdAt), asc(werkgroepPosts.id));
  }

  insertPost(data: { werkgroepId: string; parentId: string | null; authorId: string; body: string; mentionIds: string[]; createdAt: Date }): Promise<WerkgroepPost> {
    return this.insertOne(werkgroepPosts, data);
  }

  updatePost(id: string, data: Partial<Pick<WerkgroepPost, 'body' | 'mentionIds' | 'editedAt' | 'deletedAt' | 'deletedById'>>): Promise<WerkgroepPost> {
    return this.updateOne(werkgroepPosts, eq(werkgroepPosts.id, id), data);
  }

  async insertRevision(data: { postId: string; body: string; replacedAt: Date; replacedById: string; change: WerkgroepPostChange }): Promise<void> {
    await this.db.insert(werkgroepPostRevisions).values(data);
  }

  revisionsByPostIds(ids: readonly string[]): Promise<WerkgroepPostRevision[]> {
    return this.findIn(werkgroepPostRevisions, werkgroepPostRevisions.postId, ids, asc(werkgroepPostRevisions.replacedAt));
  }

  async reactionsByPostIds(ids: readonly string[]): Promise<WerkgroepPostReaction[]> {
    if (ids.length === 0) return [];
    return this.db
      .select({ postId: werkgroepPostReactions.postId, personId: werkgroepPostReactions.personId, reaction: werkgroepPostReactions.reaction })
      .from(werkgroepPostReactions)
      .where(inArray(werkgroepPostReactions.postId, [...ids]))
      .orderBy(asc(werkgroepPostReactions.createdAt));
  }

  async toggleReaction(postId: string, personId: string, reaction: string): Promise<boolean> {
    const removed = await this.db
      .delete(werkgroepPostReactions)
      .where(and(eq(werkgroepPostReactions.postId, postId), eq(werkgroepPostReactions.personId, personId), eq(werkgroepPostReactions.reaction, reaction)))
      .returning({ postId: werkgroepPostReactions.postId });
    if (removed.length > 0) return false;
    await this.db.insert(werkgroepPostReactions).values({ postId, personId, reaction }).onConflictDoNothing();
    return true;
  }
}

const TERM_COLUMNS = {
  id: glossaryTerms.id,
  regionId: glossaryTerms.regionId,
  werkgroepId: glossaryTerms.werkgroepId,
  term: glossaryTerms.term,
  sharedMeaning: glossaryTerms.sharedMeaning,
  createdById: glossaryTerms.createdById,
  createdAt: glossaryTerms.createdAt,
  updatedAt: glossaryTerms.updatedAt,
};

@Injectable()
export class DrizzleGlossaryRepository extends DrizzleRepository implements GlossaryRepository {
  list(regionId: string, search: string | null): Promise<GlossaryTerm[]> {
    if (!search)
      return this.db
        .select(TERM_COLUMNS)
        .from(glossaryTerms)
        .where(eq(glossaryTerms.regionId, regionId))
        .orderBy(sql`lower(${glossaryTerms.term})`);
    // Dutch stems, matched as prefixes: "stage" (stem "stag") also finds "Stages" (stem "stages"),
    // "begeleiding" (stem "begeleid") finds "begeleiden"; or every word's light stem as a prefix
    // (glossarySearchPrefixes), so "stages" (Dutch stem "stages") finds "Stage" too.
    const dutch = sql`to_tsquery('simple', regexp_replace(websearch_to_tsquery('dutch', ${search})::text, '''([^'']+)''', '''\\1'':*', 'g'))`;
    const prefixes = glossarySearchPrefixes(search);
    const query = prefixes.length ? sql`(${dutch} || to_tsquery('simple', ${prefixes.map((p) => `'${p}':*`).join(' & ')}))` : dutch;
    return this.db
      .select(TERM_COLUMNS)
      .from(glossaryTerms)
      .where(and(eq(glossaryTerms.regionId, regionId), sql`${glossaryTerms.search} @@ ${query}`))
      .orderBy(sql`ts_rank(${glossaryTerms.search}, ${query}) desc`, sql`lower(${glossaryTerms.term})`);
  }

  async findByIds(ids: readonly string[]): Promise<GlossaryTerm[]> {
    if (ids.length === 0) return [];
    return this.db
      .select(TERM_COLUMNS)
      .from(glossaryTerms)
      .where(inArray(glossaryTerms.id, [...ids]));
  }

  async byRegionIds(regionIds: readonly string[]): Promise<GlossaryTerm[]> {
    if (regionIds.length === 0) return [];
    return this.db
      .select(TERM_COLUMNS)
      .from(glossaryTerms)
      .where(inArray(glossaryTerms.regionId, [...regionIds]))
      .orderBy(sql`lower(${glossaryTerms.term})`);
  }

  async findByRegionAndTerm(regionId: string, term: string): Promise<GlossaryTerm | null> {
    const [row] = await this.db
      .select(TERM_COLUMNS)
      .from(glossaryTerms)
      .where(and(eq(glossaryTerms.regionId, regionId), sql`lower(${glossaryTerms.term}) = lower(${term})`));
    return row ?? null;
  }

  async insertTerm(data: { regionId: string; werkgroepId: string | null; term: string; sharedMeaning: string | null; createdById: string }): Promise<GlossaryTerm> {
    const [row] = await this.db.insert(glossaryTerms).values(data).returning(TERM_COLUMNS);
    return row;
  }

  async updateTerm(id: string, data: { werkgroepId: string | null; term: string; sharedMeaning: string | null }): Promise<GlossaryTerm> {
    const [row] = await this.db.update(glossaryTerms).set(data).where(eq(glossaryTerms.id, id)).returning(TERM_COLUMNS);
    return row;
  }

  async deleteTerm(id: string): Promise<void> {
    await this.db.delete(glossaryTerms).where(eq(glossaryTerms.id, id));
  }

  meaningsByTermIds(ids: readonly string[]): Promise<GlossaryMeaning[]> {
    return this.findIn(glossaryMeanings, glossaryMeanings.termId, ids, asc(glossaryMeanings.createdAt), asc(glossaryMeanings.id));
  }

  findMeaning(id: string): Promise<GlossaryMeaning | null> {
    return this.findOne(glossaryMeanings, eq(glossaryMeanings.id, id));
  }

  insertMeaning(data: { termId: string; schoolId: string | null; sector: string | null; meaning: string }): Promise<GlossaryMeaning> {
    return this.insertOne(glossaryMeanings, data);
  }

  async deleteMeaning(id: string): Promise<void> {
    await this.db.delete(glossaryMeanings).where(eq(glossaryMeanings.id, id));
  }

  async refreshSearch(termId: string): Promise<void> {
    await this.db
      .update(glossaryTerms)
      .set({
        updatedAt: new Date(),
        search: sql`to_tsvector('dutch', ${glossaryTerms.term} || ' ' || coalesce(${glossaryTerms.sharedMeaning}, '') || ' ' ||
          coalesce((select string_agg(m.meaning || ' ' || coalesce(m.sector, ''), ' ') from glossary_meanings m where m.term_id = ${termId}), ''))`,
      })
      .where(eq(glossaryTerms.id, termId));
  }
}
