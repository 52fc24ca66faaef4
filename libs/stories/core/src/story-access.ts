import { Actor, DomainError, hasRegionRole, isUuid } from '@verbinder/shared/kernel';
import type { StoriesRepository } from './stories-repository.port';
import type { Story, StoryPerson, StoryStatus } from './stories.types';

/** Writers: they create and edit stories and submit them for review. */
export const STORY_REDACTIE_ROLES = ['REDACTEUR', 'VERBINDER', 'BEHEERDER'] as const;
/**
 * Eindredactie: approve, schedule, publish, unpublish. The regions domain has no EINDREDACTEUR
 * role, so the region's verbinders and beheerders act as eindredacteur.
 */
export const STORY_EINDREDACTIE_ROLES = ['VERBINDER', 'BEHEERDER'] as const;

/** A story's status in a Dutch sentence ("Dit verhaal is …"). */
export const STATUS_TEXT: Record<StoryStatus, string> = {
  DRAFT: 'concept',
  IN_REVIEW: 'ter beoordeling',
  APPROVED: 'goedgekeurd',
  SCHEDULED: 'ingepland',
  PUBLISHED: 'gepubliceerd',
  UNPUBLISHED: 'offline',
};

export function isRedactie(actor: Actor, regionId: string): boolean {
  return hasRegionRole(actor, regionId, [...STORY_REDACTIE_ROLES]);
}

export function isEindredactie(actor: Actor, regionId: string): boolean {
  return hasRegionRole(actor, regionId, [...STORY_EINDREDACTIE_ROLES]);
}

export function assertRedactie(actor: Actor, regionId: string): void {
  if (!isRedactie(actor, regionId)) throw DomainError.forbidden('Alleen redacteuren, verbinders en beheerders van de regio schrijven verhalen.');
}

export function assertEindredactie(actor: Actor, regionId: string): void {
  if (!isEindredactie(actor, regionId)) throw DomainError.forbidden('Alleen de eindredactie (verbinders en beheerders van de regio) keurt goed, plant en publiceert verhalen.');
}

/** A story by id; NOT_FOUND for an unknown or malformed id. */
export async function loadStory(repo: StoriesRepository, id: string): Promise<Story> {
  const story = isUuid(id) ? await repo.findStory(id) : null;
  if (!story) throw DomainError.notFound('Dit verhaal');
  return story;
}

/** Loads (and locks) a story for a change by the redactie or eindredactie. */
export async function loadStoryForChange(repo: StoriesRepository, actor: Actor, id: string, need: 'redactie' | 'eindredactie'): Promise<Story> {
  const found = await loadStory(repo, id);
  if (need === 'redactie') assertRedactie(actor, found.regionId);
  else assertEindredactie(actor, found.regionId);
  return (await repo.lockStory(id)) as Story;
}

/** A person in a story, with the story, for the story's redactie (NOT_FOUND for an unknown id). */
export async function loadPerson(repo: StoriesRepository, actor: Actor, id: string): Promise<{ person: StoryPerson; story: Story }> {
  const person = isUuid(id) ? await repo.findPerson(id) : null;
  if (!person) throw DomainError.notFound('Deze persoon');
  const story = await loadStory(repo, person.storyId);
  assertRedactie(actor, story.regionId);
  return { person, story };
}
