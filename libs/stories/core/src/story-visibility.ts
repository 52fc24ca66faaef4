import { missingConsents } from './consent-rules';
import type { StoriesRepository } from './stories-repository.port';
import type { MissingConsent, Story, StoryConsent, StoryPerson } from './stories.types';

/** Published and its time come (a consent check aside). */
export function isDue(story: Story, now: Date): boolean {
  return story.status === 'PUBLISHED' && story.publishAt !== null && story.publishAt.getTime() <= now.getTime();
}

/** The stories among these that are public now: due, and every person's consent valid now. */
export function publicNow(stories: Story[], people: StoryPerson[], consents: Map<string, StoryConsent>, now: Date): Story[] {
  const byStory = new Map<string, StoryPerson[]>();
  for (const person of people) {
    const group = byStory.get(person.storyId);
    if (group) group.push(person);
    else byStory.set(person.storyId, [person]);
  }
  return stories.filter((s) => isDue(s, now) && missingConsents(s.id, byStory.get(s.id) ?? [], consents, now).length === 0);
}

/** The consents these people's appearances rest on, by id. */
export async function consentMap(repo: StoriesRepository, people: StoryPerson[]): Promise<Map<string, StoryConsent>> {
  const ids = [...new Set(people.map((p) => p.consentId).filter((id): id is string => !!id))];
  return new Map((await repo.findConsents(ids)).map((c) => [c.id, c]));
}

/** The stories among these that are public at `now` (published, time come, every consent valid then). */
export async function visibleAt(repo: StoriesRepository, stories: Story[], now: Date): Promise<Story[]> {
  const candidates = stories.filter((s) => isDue(s, now));
  const people = await repo.listPeople(candidates.map((s) => s.id));
  return publicNow(candidates, people, await consentMap(repo, people), now);
}

/** Who in the story lacks a valid consent at `at`. */
export async function missingAt(repo: StoriesRepository, story: Story, at: Date): Promise<MissingConsent[]> {
  const people = await repo.listPeople([story.id]);
  return missingConsents(story.id, people, await consentMap(repo, people), at);
}
