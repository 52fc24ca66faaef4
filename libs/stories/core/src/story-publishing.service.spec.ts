import { DomainError } from '@verbinder/shared/kernel';
import { outcome } from '@verbinder/shared/kernel/testing';
import { adult, beheerder, eindredacteur, member, redacteur, storiesWorld, storyInput } from './testing/stories-fixtures';

// The way to the public and back: who may move a story, from which status, the consent gate
// (now, at the planned time, and in the sweep), translations, and the events that tell the
// public caches and the newsletter.

async function approvedStory(world: ReturnType<typeof storiesWorld>, withPerson = true) {
  const story = await world.editing.create(redacteur, storyInput());
  const person = withPerson ? await world.editing.addPerson(redacteur, story.id, adult) : null;
  await world.publishing.submit(redacteur, story.id);
  await world.publishing.approve(eindredacteur, story.id);
  return { story, person };
}

describe('StoryPublishingService', () => {
  it('moves a story through review; the eindredactie approves, and only from the right status', async () => {
    const world = storiesWorld();
    const { publishing, editing, repo } = world;
    const story = await editing.create(redacteur, storyInput());
    expect(await outcome(publishing.approve(eindredacteur, story.id))).toBe('CONFLICT');
    expect((await publishing.submit(redacteur, story.id)).status).toBe('IN_REVIEW');
    expect(await outcome(publishing.submit(redacteur, story.id))).toBe('CONFLICT');
    expect(await outcome(publishing.approve(redacteur, story.id))).toBe('FORBIDDEN');
    expect(await outcome(publishing.submit(member, story.id))).toBe('FORBIDDEN');
    expect((await publishing.approve(eindredacteur, story.id)).status).toBe('APPROVED');
    expect(repo.history.map((h) => h.action)).toEqual(['AANGEMAAKT', 'INGEDIEND', 'GOEDGEKEURD']);
    expect(await outcome(publishing.publish(redacteur, story.id))).toBe('FORBIDDEN');
    expect(await outcome(publishing.publish(eindredacteur, 'geen-uuid'))).toBe('NOT_FOUND');
  });

  it('refuses to publish while someone lacks a consent, listing who; publishes once it is recorded', async () => {
    const world = storiesWorld();
    const { publishing, consents, events, clock } = world;
    const { story, person } = await approvedStory(world);
    const refusal = await publishing.publish(eindredacteur, story.id).catch((e: DomainError) => e);
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe('CONFLICT');
    expect((refusal as DomainError).details.missingConsents).toEqual([expect.objectContaining({ storyPersonId: person?.id, name: 'Lotte Visser' })]);
    expect(events.of('story.published')).toEqual([]);

    await consents.recordConsent(redacteur, { storyPersonId: person!.id, givenByName: 'Lotte Visser', relation: 'ZELF', scope: 'THIS_STORY' });
    const published = await publishing.publish(eindredacteur, story.id);
    expect(published).toMatchObject({ status: 'PUBLISHED', publishAt: clock.now(), publishedAt: clock.now(), blockedReason: null });
    expect(events.of('story.published')).toEqual([{ regionId: story.regionId, storyId: story.id, at: '2026-12-01T12:00:00.000Z' }]);
  });

  it('schedules only in the future, with every consent valid at that moment', async () => {
    const world = storiesWorld();
    const { publishing, consents } = world;
    const { story, person } = await approvedStory(world);
    expect(await outcome(publishing.schedule(eindredacteur, story.id, new Date('2026-12-01T11:00:00Z')))).toBe('BAD_USER_INPUT publishAt');
    expect(await outcome(publishing.schedule(eindredacteur, story.id, new Date('nonsense')))).toBe('BAD_USER_INPUT publishAt');
    await consents.recordConsent(redacteur, { storyPersonId: person!.id, givenByName: 'Lotte Visser', relation: 'ZELF', scope: 'THIS_STORY', expiresAt: new Date('2026-12-05T00:00:00Z') });
    expect(await outcome(publishing.schedule(eindredacteur, story.id, new Date('2026-12-06T09:00:00Z')))).toBe('CONFLICT');
    const scheduled = await publishing.schedule(eindredacteur, story.id, new Date('2026-12-03T09:00:00Z'));
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', publishAt: new Date('2026-12-03T09:00:00Z') });
  });

  it('takes a published or scheduled story offline with the reason, and nothing else', async () => {
    const world = storiesWorld();
    const { publishing, events, repo } = world;
    const { story } = await approvedStory(world, false);
    expect(await outcome(publishing.unpublish(eindredacteur, story.id, null))).toBe('CONFLICT');
    await publishing.publish(eindredacteur, story.id);
    expect(await outcome(publishing.unpublish(redacteur, story.id, null))).toBe('FORBIDDEN');
    expect((await publishing.unpublish(beheerder, story.id, '  Verouderd  ')).status).toBe('UNPUBLISHED');
    expect(repo.history.at(-1)).toMatchObject({ action: 'OFFLINE', note: 'Verouderd', actorName: 'Karin' });
    expect(events.of('story.unpublished')).toEqual([{ regionId: story.regionId, storyIds: [story.id], reason: 'Verouderd', at: '2026-12-01T12:00:00.000Z' }]);
    expect((await publishing.submit(redacteur, story.id)).status).toBe('IN_REVIEW');
  });

  it('keeps translations in the known languages and tells the public caches', async () => {
    const world = storiesWorld();
    const { publishing, editing, events, repo } = world;
    const story = await editing.create(redacteur, storyInput());
    const input = { language: 'en', title: 'A day', lead: 'Pupils visited', body: '<p>What a day.</p>' };
    expect(await outcome(publishing.setTranslation(redacteur, story.id, { ...input, language: 'xx' }))).toBe('BAD_USER_INPUT language');
    expect(await outcome(publishing.setTranslation(redacteur, story.id, { ...input, body: '' }))).toBe('BAD_USER_INPUT body');
    expect(await outcome(publishing.setTranslation(member, story.id, input))).toBe('FORBIDDEN');
    await publishing.setTranslation(redacteur, story.id, input);
    await publishing.setTranslation(redacteur, story.id, { ...input, title: 'One day' });
    expect(repo.translations).toEqual([expect.objectContaining({ language: 'en', title: 'One day' })]);
    expect(await publishing.removeTranslation(redacteur, story.id, 'en')).toBe(true);
    expect(await outcome(publishing.removeTranslation(redacteur, story.id, 'en'))).toBe('NOT_FOUND');
    expect(events.of('story.changed')).toHaveLength(3);
  });

  describe('sweep', () => {
    it('publishes a scheduled story when its time comes and its consents hold', async () => {
      const world = storiesWorld();
      const { publishing, consents, clock, events } = world;
      const { story, person } = await approvedStory(world);
      await consents.recordConsent(redacteur, { storyPersonId: person!.id, givenByName: 'Lotte Visser', relation: 'ZELF', scope: 'SCHOOL_YEAR' });
      await publishing.schedule(eindredacteur, story.id, new Date('2026-12-02T09:00:00Z'));
      expect(await publishing.sweep()).toBe(0);
      clock.set('2026-12-02T09:00:00Z');
      expect(await publishing.sweep()).toBe(1);
      expect(world.repo.stories[0]).toMatchObject({ status: 'PUBLISHED', publishedAt: new Date('2026-12-02T09:00:00Z') });
      expect(events.of('story.published')).toEqual([{ regionId: story.regionId, storyId: story.id, at: '2026-12-02T09:00:00.000Z' }]);
    });

    it('blocks a due story whose consent lapsed, telling the eindredactie once', async () => {
      const world = storiesWorld();
      const { publishing, consents, clock, notified, repo } = world;
      const { story, person } = await approvedStory(world);
      await consents.recordConsent(redacteur, { storyPersonId: person!.id, givenByName: 'Lotte Visser', relation: 'ZELF', scope: 'THIS_STORY', expiresAt: new Date('2026-12-02T00:00:00Z') });
      await publishing.schedule(eindredacteur, story.id, new Date('2026-12-01T18:00:00Z'));
      clock.set('2026-12-02T10:00:00Z');
      expect(await publishing.sweep()).toBe(1);
      expect(repo.stories[0].status).toBe('SCHEDULED');
      expect(repo.stories[0].blockedReason).toMatch(/^Niet gepubliceerd: toestemming ontbreekt voor Lotte Visser/);
      expect(notified).toEqual([{ personIds: [eindredacteur.personId, beheerder.personId], kind: 'story.blocked', title: `Verhaal niet gepubliceerd: ${story.title}` }]);
      expect(await publishing.sweep()).toBe(0);
      expect(notified).toHaveLength(1);
    });

    it('takes a published story offline when its consent expires; the consent itself is left to the retention run', async () => {
      const world = storiesWorld();
      const { publishing, consents, clock, events, repo } = world;
      const { story, person } = await approvedStory(world);
      await consents.recordConsent(redacteur, { storyPersonId: person!.id, givenByName: 'Lotte Visser', relation: 'ZELF', scope: 'THIS_STORY', expiresAt: new Date('2026-12-10T00:00:00Z') });
      await publishing.publish(eindredacteur, story.id);
      clock.set('2026-12-10T00:00:01Z');
      expect(await publishing.sweep()).toBe(1);
      expect(repo.stories[0].status).toBe('UNPUBLISHED');
      expect(events.of('story.unpublished')[0]).toMatchObject({ storyIds: [story.id], reason: expect.stringMatching(/^Toestemming verlopen: /) });
      expect(repo.consents).toHaveLength(1);
      clock.set('2027-12-10T00:00:02Z');
      expect(await publishing.sweep()).toBe(0);
      expect(repo.consents).toHaveLength(1);
      expect(await consents.deleteEndedConsents(clock.now())).toBe(1);
      expect(repo.consents).toHaveLength(0);
      expect(repo.people[0].consentId).toBeNull();
    });
  });
});
