// The stories services over in-memory fakes, for unit specs: one region (with one leerlab), its
// redactie and eindredactie, a member and an outsider, and a clock that stands still.
import { recordingNotifications } from '@verbinder/notifications/core/testing';
import type { Leerlab, Membership, Region, RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, MembershipRole } from '@verbinder/shared/kernel';
import { fakeKernelPorts, ManualClock } from '@verbinder/shared/kernel/testing';
import { PublicStoriesService } from '../public-stories.service';
import { StoriesService } from '../stories.service';
import { StoryConsentsService } from '../story-consents.service';
import { StoryEditingService } from '../story-editing.service';
import { StoryPublishingService } from '../story-publishing.service';
import type { StoryInput, StoryPersonInput } from '../stories.types';
import { MemoryStoriesRepository } from './memory-stories-repository';

export const REGION_ID = '11111111-1111-4111-8111-111111111111';
export const OTHER_REGION_ID = '22222222-2222-4222-8222-222222222222';
export const LEERLAB_ID = '33333333-3333-4333-8333-333333333333';

const actor = (n: number, name: string, role: MembershipRole | null, regionId = REGION_ID): Actor => ({
  personId: `00000000-0000-4000-8000-00000000000${n}`,
  name,
  email: `${name.toLowerCase()}@example.org`,
  systemRole: null,
  memberships: role ? [{ regionId, schoolId: null, role }] : [],
});

export const redacteur = actor(1, 'Bram', 'REDACTEUR');
export const eindredacteur = actor(2, 'Sanne', 'VERBINDER');
export const beheerder = actor(3, 'Karin', 'BEHEERDER');
export const member = actor(4, 'Daan', 'DOCENT');
export const outsider = actor(5, 'Eva', 'REDACTEUR', OTHER_REGION_ID);

export const storyInput = (over: Partial<StoryInput> = {}): StoryInput => ({
  regionId: REGION_ID,
  title: 'Een dag in de werkplaats',
  lead: 'Leerlingen van het vmbo liepen mee op het mbo.',
  body: '<p>Wat een dag.</p>',
  audience: ['OUDERS'],
  ...over,
});

export const adult: StoryPersonInput = { name: 'Lotte Visser', role: 'Docent', isPupil: false };

/** A fake of the RegionsService reads the stories domain uses (one region with one leerlab and its memberships). */
export function fakeRegions(now: Date) {
  const region: Region = { id: REGION_ID, slug: 'noord', name: 'Noord', description: null, createdAt: now, updatedAt: now } as Region;
  const leerlab = { id: LEERLAB_ID, regionId: REGION_ID } as Leerlab;
  const memberships = [redacteur, eindredacteur, beheerder, member].flatMap((a) =>
    a.memberships.map((m) => ({ ...m, id: `m-${a.personId}`, personId: a.personId, layer: 'PROFESSIONEEL' }) as Membership),
  );
  return {
    getRegion: jest.fn(async (ref: { id?: string | null; slug?: string | null }) => {
      if (ref.id === REGION_ID || ref.slug === 'noord') return region;
      throw DomainError.notFound('Deze regio');
    }),
    leerlabsByIds: jest.fn(async (ids: readonly string[]) => (ids.includes(LEERLAB_ID) ? [leerlab] : [])),
    membershipsByRegionIds: jest.fn(async (ids: readonly string[]) => memberships.filter((m) => ids.includes(m.regionId))),
  };
}

/** Every stories service over one in-memory repository, unit of work, event recorder and clock. */
export function storiesWorld(iso = '2026-12-01T12:00:00Z') {
  const clock = new ManualClock(iso);
  const repo = new MemoryStoriesRepository(clock);
  const { kernel, uow, events, outbox } = fakeKernelPorts(clock);
  const regionsFake = fakeRegions(clock.now());
  const regions = regionsFake as unknown as RegionsService;
  const { notifications, notified } = recordingNotifications();
  const publicStories = new PublicStoriesService(repo, kernel, regions);
  const stories = new StoriesService(repo, kernel, regions, publicStories);
  const editing = new StoryEditingService(repo, kernel, regions);
  const consents = new StoryConsentsService(repo, kernel, regions);
  const publishing = new StoryPublishingService(repo, kernel, regions, notifications);
  return { clock, kernel, repo, uow, events, outbox, regionsFake, notified, publicStories, stories, editing, consents, publishing };
}
