import type { Clock, DomainEvents, UnitOfWork } from '@verbinder/shared/kernel';
import type { StoriesRepository } from './stories-repository.port';
import type { Story } from './stories.types';

/** Who a history entry names: a person, or the planner (no person). */
export interface HistoryActor {
  personId: string | null;
  name: string;
}

/** The scheduled sweep, in the history. */
export const PLANNER: HistoryActor = { personId: null, name: 'Planner' };

/**
 * Sets the stories UNPUBLISHED in the current transaction, records why, and emits
 * story.unpublished after commit (shared by unpublishing, consent withdrawal and erasure, and the sweep).
 */
export async function takeOffline(deps: { repo: StoriesRepository; uow: UnitOfWork; events: DomainEvents; clock: Clock }, stories: Story[], reason: string, by: HistoryActor): Promise<Story[]> {
  if (stories.length === 0) return [];
  const updated: Story[] = [];
  for (const s of stories) updated.push(await deps.repo.updateStory(s.id, { status: 'UNPUBLISHED' }));
  await deps.repo.insertHistory(stories.map((s) => ({ storyId: s.id, action: 'OFFLINE', note: reason, actorId: by.personId, actorName: by.name })));
  const at = deps.clock.now().toISOString();
  const byRegion = new Map<string, string[]>();
  for (const s of stories) byRegion.set(s.regionId, [...(byRegion.get(s.regionId) ?? []), s.id]);
  deps.uow.afterCommit(async () => {
    for (const [regionId, storyIds] of byRegion) await deps.events.emit('story.unpublished', { regionId, storyIds, reason, at });
  });
  return updated;
}
