/** A post in a group's stream; replies are one level deep (parentId is the thread root). */
export interface WerkgroepPost {
  id: string;
  werkgroepId: string;
  parentId: string | null;
  authorId: string | null;
  /** As typed; "" once deleted (the earlier body is kept in the revisions). */
  body: string;
  mentionIds: string[];
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  deletedById: string | null;
}

/** A post as one viewer sees it: with its replies (thread roots) and what the viewer may do. */
export interface WerkgroepPostView extends WerkgroepPost {
  regionId: string;
  replies: WerkgroepPostView[];
  canEdit: boolean;
  canDelete: boolean;
}

export const POST_CHANGES = ['EDITED', 'DELETED'] as const;
export type WerkgroepPostChange = (typeof POST_CHANGES)[number];

export interface WerkgroepPostRevision {
  id: string;
  postId: string;
  body: string;
  replacedAt: Date;
  replacedById: string | null;
  change: WerkgroepPostChange;
}

export interface WerkgroepPostReaction {
  postId: string;
  personId: string;
  reaction: string;
}

/** The reactions a post can get (anything else is refused). */
export const WERKGROEP_REACTIONS = ['👍', '❤️', '🎉', '👀', '✅', '🙏'] as const;

export const POST_MAX_LENGTH = 5000;
export const POSTS_DEFAULT_LIMIT = 30;
export const POSTS_MAX_LIMIT = 100;

export interface PostInput {
  werkgroepId: string;
  body: string;
  parentId?: string | null;
  mentionIds?: string[] | null;
}

// ---- glossary (taalbrug) ----

export interface GlossaryTerm {
  id: string;
  regionId: string;
  werkgroepId: string | null;
  term: string;
  sharedMeaning: string | null;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What a term means at one school or in one sector. */
export interface GlossaryMeaning {
  id: string;
  termId: string;
  schoolId: string | null;
  sector: string | null;
  meaning: string;
  createdAt: Date;
}

export interface GlossaryTermInput {
  id?: string | null;
  regionId: string;
  werkgroepId?: string | null;
  term: string;
  sharedMeaning?: string | null;
}

export interface GlossaryMeaningInput {
  termId: string;
  schoolId?: string | null;
  sector?: string | null;
  meaning: string;
}
