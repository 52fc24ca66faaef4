import type { RegionsService } from '@verbinder/regions/core';
import type { Clock } from '@verbinder/shared/kernel';
import { fakeKernelPorts } from '@verbinder/shared/kernel/testing';
import type { StoriesRepository } from './stories-repository.port';
import { PublicStoriesService } from './public-stories.service';
import type { Story, StoryConsent, StoryPerson, StoryStatus } from './stories.types';

// The public site reads a region's stories, their people and their consents once per page, and
// gets what is public now together with `validUntil`: the next moment a consent of a PUBLISHED
// story starts or lapses, at the latest the next UTC midnight (people in other stories don't count).

const now = new Date('2026-12-01T12:00:00Z');
const at = (iso: string) => new Date(iso);

const story = (id: string, status: StoryStatus, over: Partial<Story> = {}): Story => ({
  id,
  regionId: 'r1',
  leerlabId: null,
  slug: `verhaal-${id}`,
  title: `Verhaal ${id}`,
  lead: 'Intro',
  body: '<p>Tekst</p>',
  audience: ['OUDERS'],
  tags: [],
  status,
  publishAt: status === 'PUBLISHED' || status === 'UNPUBLISHED' ? at('2026-11-01T09:00:00Z') : null,
  publishedAt: status === 'PUBLISHED' || status === 'UNPUBLISHED' ? at('2026-11-01T09:00:00Z') : null,
  blockedReason: null,
  createdById: null,
  createdAt: at('2026-10-01T09:00:00Z'),
  updatedAt: at('2026-11-01T09:00:00Z'),
  ...over,
});

/** Someone (an adult) in story `storyId` whose own consent for that story runs from `givenAt` until `expiresAt`. */
const appearsIn = (storyId: string, givenAt: string, expiresAt: string | null = null): { person: StoryPerson; consent: StoryConsent } => ({
  person: {
    id: `p-${storyId}`,
    storyId,
    name: `Persoon ${storyId}`,
    role: null,
    quote: null,
    inPhoto: true,
    isPupil: false,
    birthDate: null,
    consentId: `c-${storyId}`,
    createdAt: at('2026-10-01T09:00:00Z'),
  },
  consent: {
    id: `c-${storyId}`,
    regionId: 'r1',
    subjectName: `Persoon ${storyId}`,
    givenByName: `Persoon ${storyId}`,
    relation: 'ZELF',
    scope: 'THIS_STORY',
    storyId,
    schoolYear: null,
    givenAt: at(givenAt),
    expiresAt: expiresAt ? at(expiresAt) : null,
    withdrawnAt: null,
    withdrawnReason: null,
    recordedById: null,
    recordedByName: 'Sanne',
    createdAt: at('2026-10-01T09:00:00Z'),
  },
});

/** A service over an in-memory repository holding these stories, people and consents; `listed` caps `listStories` like the real 500. */
function serviceWith(stories: Story[], appearances: Array<{ person: StoryPerson; consent: StoryConsent }>, listed = Infinity) {
  const repo = {
    findStoryBySlug: jest.fn(async (regionId: string, slug: string) => stories.find((s) => s.regionId === regionId && s.slug === slug) ?? null),
    listStories: jest.fn(async (regionId: string, statuses: StoryStatus[] | null) => stories.filter((s) => s.regionId === regionId && (!statuses || statuses.includes(s.status))).slice(0, listed)),
    listPeople: jest.fn(async (ids: readonly string[]) => appearances.map((a) => a.person).filter((p) => ids.includes(p.storyId))),
    findConsents: jest.fn(async (ids: readonly string[]) => appearances.map((a) => a.consent).filter((c) => ids.includes(c.id))),
    listTranslations: jest.fn(async () => []),
  };
  const regions = { getRegion: jest.fn(async () => ({ id: 'r1', slug: 'noord', name: 'Noord', description: null, createdAt: now, updatedAt: now })) };
  const clock: Clock = { now: () => now };
  const service = new PublicStoriesService(repo as unknown as StoriesRepository, fakeKernelPorts(clock).kernel, regions as unknown as RegionsService);
  return { service, repo, regions };
}

describe('PublicStoriesService public pages', () => {
  // s1 is public now; its consent lapses at 18:00. s2 is published but its consent only starts at
  // 15:00, so it is not public yet. The draft s3 (consent from 13:00) and the unpublished s4 don't count.
  const stories = [story('s1', 'PUBLISHED'), story('s2', 'PUBLISHED'), story('s3', 'DRAFT'), story('s4', 'UNPUBLISHED')];
  const appearances = [
    appearsIn('s1', '2026-11-01T00:00:00Z', '2026-12-01T18:00:00Z'),
    appearsIn('s2', '2026-12-01T15:00:00Z'),
    appearsIn('s3', '2026-12-01T13:00:00Z'),
    appearsIn('s4', '2026-12-01T14:00:00Z'),
  ];

  it('lists what is public now with the first consent change of a published story, from one load', async () => {
    const { service, repo, regions } = serviceWith(stories, appearances);
    const { stories: shown, validUntil } = await service.publishedStories('noord');
    expect(shown.map((s) => s.id)).toEqual(['s1']);
    expect(validUntil.toISOString()).toBe('2026-12-01T15:00:00.000Z');
    expect(regions.getRegion).toHaveBeenCalledTimes(1);
    expect(repo.listStories).toHaveBeenCalledTimes(1);
    expect(repo.listPeople).toHaveBeenCalledTimes(1);
    expect(repo.findConsents).toHaveBeenCalledTimes(1);
  });

  it('is valid until a public story’s consent lapses, or the next UTC midnight', async () => {
    const lapses = serviceWith(stories.slice(0, 1), appearances.slice(0, 1));
    expect((await lapses.service.publishedStories('noord')).validUntil.toISOString()).toBe('2026-12-01T18:00:00.000Z');
    const none = serviceWith([story('s3', 'DRAFT')], appearances.slice(2, 3));
    expect(await none.service.publishedStories('noord')).toEqual({ stories: [], validUntil: at('2026-12-02T00:00:00Z') });
  });

  it('gives a public story page the same validUntil as the list, from one load', async () => {
    const { service, repo, regions } = serviceWith(stories, appearances);
    const page = await service.publicStoryPage('noord', 'verhaal-s1');
    expect(page).toEqual({ story: stories[0], translations: [], validUntil: at('2026-12-01T15:00:00Z') });
    expect(regions.getRegion).toHaveBeenCalledTimes(1);
    expect(repo.listStories).toHaveBeenCalledTimes(1);
    expect(repo.listPeople).toHaveBeenCalledTimes(1);
    expect(repo.findConsents).toHaveBeenCalledTimes(1);
  });

  it('answers GONE for a story published once but not public now, and null for one never published or unknown', async () => {
    const { service } = serviceWith(stories, appearances);
    expect(await service.publicStoryPage('noord', 'verhaal-s2')).toBe('GONE');
    expect(await service.publicStoryPage('noord', 'verhaal-s4')).toBe('GONE');
    expect(await service.publicStoryPage('noord', 'verhaal-s3')).toBeNull();
    expect(await service.publicStoryPage('noord', 'bestaat-niet')).toBeNull();
  });

  it('shows a public story that the capped list leaves out, and counts its consents too', async () => {
    const { service } = serviceWith(
      [story('s1', 'PUBLISHED'), story('s2', 'PUBLISHED')],
      [appearsIn('s1', '2026-11-01T00:00:00Z', '2026-12-01T18:00:00Z'), appearsIn('s2', '2026-11-01T00:00:00Z', '2026-12-01T16:00:00Z')],
      1,
    );
    expect(await service.publicStoryPage('noord', 'verhaal-s2')).toEqual({ story: expect.objectContaining({ id: 's2' }), translations: [], validUntil: at('2026-12-01T16:00:00Z') });
    expect((await service.publishedStories('noord')).validUntil).toEqual(at('2026-12-01T18:00:00Z'));
  });
});
