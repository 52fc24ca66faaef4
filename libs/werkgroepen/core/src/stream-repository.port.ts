import type { GlossaryMeaning, GlossaryTerm, WerkgroepPost, WerkgroepPostChange, WerkgroepPostReaction, WerkgroepPostRevision } from './stream.types';

export const WERKGROEP_STREAM_REPOSITORY = Symbol('WERKGROEP_STREAM_REPOSITORY');
export const GLOSSARY_REPOSITORY = Symbol('GLOSSARY_REPOSITORY');

export interface WerkgroepStreamRepository {
  findPost(id: string): Promise<WerkgroepPost | null>;
  /** Thread roots of a group, newest first, created before `before` (when given). */
  listRoots(werkgroepId: string, before: Date | null, limit: number): Promise<WerkgroepPost[]>;
  /** Replies to the given roots, oldest first. */
  repliesOf(rootIds: readonly string[]): Promise<WerkgroepPost[]>;
  insertPost(data: { werkgroepId: string; parentId: string | null; authorId: string; body: string; mentionIds: string[]; createdAt: Date }): Promise<WerkgroepPost>;
  updatePost(id: string, data: Partial<Pick<WerkgroepPost, 'body' | 'mentionIds' | 'editedAt' | 'deletedAt' | 'deletedById'>>): Promise<WerkgroepPost>;
  insertRevision(data: { postId: string; body: string; replacedAt: Date; replacedById: string; change: WerkgroepPostChange }): Promise<void>;
  /** Revisions per post, oldest first. */
  revisionsByPostIds(ids: readonly string[]): Promise<WerkgroepPostRevision[]>;
  reactionsByPostIds(ids: readonly string[]): Promise<WerkgroepPostReaction[]>;
  /** Adds the reaction, or removes it when the person had already given it; true when added. */
  toggleReaction(postId: string, personId: string, reaction: string): Promise<boolean>;
}

export interface GlossaryRepository {
  /** Terms of a region, alphabetical; with a search, the terms matching it (Dutch stemming), best first. */
  list(regionId: string, search: string | null): Promise<GlossaryTerm[]>;
  findByIds(ids: readonly string[]): Promise<GlossaryTerm[]>;
  /** Terms of these regions (term and id are enough to link them in posts). */
  byRegionIds(regionIds: readonly string[]): Promise<GlossaryTerm[]>;
  findByRegionAndTerm(regionId: string, term: string): Promise<GlossaryTerm | null>;
  insertTerm(data: { regionId: string; werkgroepId: string | null; term: string; sharedMeaning: string | null; createdById: string }): Promise<GlossaryTerm>;
  updateTerm(id: string, data: { werkgroepId: string | null; term: string; sharedMeaning: string | null }): Promise<GlossaryTerm>;
  deleteTerm(id: string): Promise<void>;
  meaningsByTermIds(ids: readonly string[]): Promise<GlossaryMeaning[]>;
  findMeaning(id: string): Promise<GlossaryMeaning | null>;
  insertMeaning(data: { termId: string; schoolId: string | null; sector: string | null; meaning: string }): Promise<GlossaryMeaning>;
  deleteMeaning(id: string): Promise<void>;
  /** Writes the term's search vector (Dutch) from its term, shared meaning and meanings, and touches updatedAt. */
  refreshSearch(termId: string): Promise<void>;
}
