import { outcome } from '@verbinder/shared/kernel/testing';
import { StoriesService } from './stories.service';
import { adult, beheerder, eindredacteur, member, outsider, redacteur, storiesWorld, storyInput } from './testing/stories-fixtures';

// What members read: the redactie every story with its people, consents, versions and history;
// other members only what is public now, and nothing of the consent details.

async function draftAndPublished() {
  const world = storiesWorld();
  const { editing, publishing, consents } = world;
  const draft = await editing.create(redacteur, storyInput({ title: 'Concept' }));
  const published = await editing.create(redacteur, storyInput({ title: 'Gepubliceerd' }));
  const lotte = await editing.addPerson(redacteur, published.id, { ...adult, isPupil: true, birthDate: '2008-01-01' });
  await consents.recordConsent(redacteur, { storyPersonId: lotte.id, givenByName: 'Lotte Visser', relation: 'LEERLING', scope: 'THIS_STORY', expiresAt: new Date('2026-12-20T00:00:00Z') });
  await publishing.submit(redacteur, published.id);
  await publishing.approve(eindredacteur, published.id);
  await publishing.publish(eindredacteur, published.id);
  await editing.comment(eindredacteur, published.id, 'Goed zo');
  return { ...world, draft, published: (await world.repo.findStory(published.id))!, lotte };
}

describe('StoriesService', () => {
  it('decides redactie and eindredactie by the region role', () => {
    const { stories } = storiesWorld();
    const regionId = storyInput().regionId;
    expect([redacteur, eindredacteur, beheerder, member, outsider].map((a) => stories.isRedactie(a, regionId))).toEqual([true, true, true, false, false]);
    expect([redacteur, eindredacteur, beheerder, member, outsider].map((a) => stories.isEindredactie(a, regionId))).toEqual([false, true, true, false, false]);
  });

  it('lists every story for the redactie (by status when asked), and only public ones for other members', async () => {
    const { stories, draft, published } = await draftAndPublished();
    const regionId = draft.regionId;
    expect((await stories.list(redacteur, regionId, null)).map((s) => s.id)).toEqual([draft.id, published.id]);
    expect((await stories.list(redacteur, regionId, ['DRAFT'])).map((s) => s.id)).toEqual([draft.id]);
    expect((await stories.list(member, regionId, ['DRAFT'])).map((s) => s.id)).toEqual([published.id]);
    expect(await outcome(stories.list(outsider, regionId, null))).toBe('FORBIDDEN');
  });

  it('hides a story from members once it is no longer public', async () => {
    const { stories, draft, published, clock } = await draftAndPublished();
    expect(await stories.get(redacteur, draft.id)).toMatchObject({ id: draft.id });
    expect(await outcome(stories.get(member, draft.id))).toBe('NOT_FOUND');
    expect(await outcome(stories.get(outsider, published.id))).toBe('FORBIDDEN');
    expect(await outcome(stories.get(member, 'geen-uuid'))).toBe('NOT_FOUND');
    expect((await stories.get(member, published.id)).id).toBe(published.id);
    clock.set('2026-12-20T00:00:01Z');
    expect(await outcome(stories.get(member, published.id))).toBe('NOT_FOUND');
    expect(await stories.list(member, published.regionId, null)).toEqual([]);
  });

  it('shows consent details, birth dates and what is missing to the redactie only', async () => {
    const { stories, published, lotte, clock } = await draftAndPublished();
    const [forRedactie] = await stories.people(redacteur, published);
    expect(forRedactie).toMatchObject({ id: lotte.id, birthDate: '2008-01-01', consent: expect.objectContaining({ relation: 'LEERLING' }), missing: null });
    const [forMember] = await stories.people(member, published);
    expect(forMember).toMatchObject({ id: lotte.id, name: 'Lotte Visser', birthDate: null, consent: null, missing: null });
    clock.set('2026-12-21T00:00:00Z');
    expect((await stories.people(redacteur, published))[0].missing).toMatchObject({ storyPersonId: lotte.id });
    expect(await stories.missing(redacteur, published)).toHaveLength(1);
    expect(await stories.missing(member, published)).toEqual([]);
  });

  it('checks consents of a scheduled story at its planned time', async () => {
    const { stories, published } = await draftAndPublished();
    const scheduled = { ...published, status: 'SCHEDULED' as const, publishAt: new Date('2026-12-25T00:00:00Z') };
    expect((await stories.missing(redacteur, scheduled)).map((m) => m.name)).toEqual(['Lotte Visser']);
  });

  it('keeps versions, comments and history for the redactie', async () => {
    const { stories, published } = await draftAndPublished();
    expect(await stories.revisions(redacteur, published)).toHaveLength(1);
    expect(await stories.comments(redacteur, published)).toEqual([expect.objectContaining({ body: 'Goed zo' })]);
    expect((await stories.history(redacteur, published)).map((h) => h.action)).toEqual(['AANGEMAAKT', 'PERSOON', 'TOESTEMMING', 'INGEDIEND', 'GOEDGEKEURD', 'GEPUBLICEERD']);
    expect(await stories.revisions(member, published)).toEqual([]);
    expect(await stories.comments(member, published)).toEqual([]);
    expect(await stories.history(member, published)).toEqual([]);
  });

  it('gives the story to edit only to its redactie', async () => {
    const { stories, draft } = await draftAndPublished();
    expect((await stories.forRedactie(redacteur, draft.id)).id).toBe(draft.id);
    expect(await outcome(stories.forRedactie(member, draft.id))).toBe('FORBIDDEN');
    expect(await outcome(stories.forRedactie(redacteur, '77777777-7777-4777-8777-777777777777'))).toBe('NOT_FOUND');
  });

  it('writes Arabic right to left', () => {
    expect(StoriesService.dir('ar')).toBe('rtl');
    expect(StoriesService.dir('en')).toBe('ltr');
  });
});
