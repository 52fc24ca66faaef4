export const STORY_STATUSES = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];
export const STORY_AUDIENCES = ['OUDERS', 'LEERLINGEN', 'BEDRIJVEN', 'DOCENTEN'] as const;
export type StoryAudience = (typeof STORY_AUDIENCES)[number];
/** Who gave a consent: a parent or guardian, the pupil, or the adult person themself. */
export const CONSENT_RELATIONS = ['OUDER', 'LEERLING', 'ZELF'] as const;
export type ConsentRelation = (typeof CONSENT_RELATIONS)[number];
export const CONSENT_SCOPES = ['THIS_STORY', 'SCHOOL_YEAR'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
/** Languages a translation may be in (Dutch is the original). */
export const STORY_LANGUAGES = ['en', 'ar', 'tr', 'pl', 'uk', 'de', 'fr', 'es', 'so', 'ti'] as const;
export const RTL_LANGUAGES: readonly string[] = ['ar'];

export interface Story {
  id: string;
  regionId: string;
  leerlabId: string | null;
  slug: string;
  title: string;
  lead: string;
  body: string;
  audience: StoryAudience[];
  tags: string[];
  status: StoryStatus;
  publishAt: Date | null;
  publishedAt: Date | null;
  /** Why a due scheduled story was not published (consent missing at that moment). */
  blockedReason: string | null;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface StoryTranslation {
  id: string;
  storyId: string;
  language: string;
  title: string;
  lead: string;
  body: string;
  updatedAt: Date;
}

/** Someone who appears in a story (named, quoted or in a photo). */
export interface StoryPerson {
  id: string;
  storyId: string;
  name: string;
  role: string | null;
  quote: string | null;
  inPhoto: boolean;
  isPupil: boolean;
  /** Only for pupils: decides whose consent is needed at the publication time. */
  birthDate: string | null;
  consentId: string | null;
  createdAt: Date;
}

export interface StoryConsent {
  id: string;
  regionId: string;
  /** The person the consent is about (as named in the story). */
  subjectName: string;
  givenByName: string;
  relation: ConsentRelation;
  scope: ConsentScope;
  /** Set for THIS_STORY. */
  storyId: string | null;
  /** Start year of the school year for SCHOOL_YEAR (2026 = 2026-2027). */
  schoolYear: number | null;
  givenAt: Date;
  expiresAt: Date | null;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  recordedById: string | null;
  recordedByName: string;
  createdAt: Date;
}

export interface StoryRevision {
  id: string;
  storyId: string;
  title: string;
  lead: string;
  body: string;
  authorId: string | null;
  authorName: string;
  createdAt: Date;
}

export interface StoryComment {
  id: string;
  storyId: string;
  authorId: string | null;
  authorName: string;
  body: string;
  createdAt: Date;
}

/** One line of a story's history: status changes and why. */
export interface StoryHistoryEntry {
  id: string;
  storyId: string;
  action: string;
  note: string | null;
  /** Who did it; null for the planner (and entries from before it was kept). */
  actorId?: string | null;
  actorName: string;
  createdAt: Date;
}

export interface MissingConsent {
  storyPersonId: string;
  name: string;
  /** OUDER, LEERLING, ZELF or GEBOORTEDATUM (the pupil's age is unknown). */
  needed: string;
  message: string;
}

export interface StoryInput {
  regionId: string;
  leerlabId?: string | null;
  title: string;
  lead: string;
  body: string;
  audience: StoryAudience[];
  tags?: string[] | null;
}

export interface StoryPersonInput {
  name: string;
  role?: string | null;
  quote?: string | null;
  inPhoto?: boolean | null;
  isPupil: boolean;
  birthDate?: string | null;
}

export interface ConsentInput {
  storyPersonId: string;
  givenByName: string;
  relation: ConsentRelation;
  scope: ConsentScope;
  schoolYear?: number | null;
  givenAt?: Date | null;
  expiresAt?: Date | null;
}

/** An image uploaded for a story (bytes content-addressed in the DocumentStore). */
export interface StoryImage {
  id: string;
  storyId: string;
  sha256: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  alt: string;
  uploadedById: string | null;
  createdAt: Date;
}
