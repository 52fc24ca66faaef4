import { outcome } from '@verbinder/shared/kernel/testing';
import { adult, beheerder, eindredacteur, LEERLAB_ID, member, outsider, OTHER_REGION_ID, redacteur, storiesWorld, storyInput } from './testing/stories-fixtures';

// The redactie's writing: validation with field codes, who may write, the slug, revisions and the
// rule that an approved or offline story goes back to concept and a scheduled or published one
// does not change at all.

describe('StoryEditingService', () => {
  it('creates a concept with a unique slug, a first revision and a history line', async () => {
    const { editing, repo } = storiesWorld();
    const first = await editing.create(redacteur, storyInput({ leerlabId: LEERLAB_ID, tags: [' Stage ', 'stage', 'MBO'] }));
    const second = await editing.create(redacteur, storyInput());
    expect(first).toMatchObject({ status: 'DRAFT', slug: 'een-dag-in-de-werkplaats', leerlabId: LEERLAB_ID, tags: ['stage', 'mbo'], createdById: redacteur.personId });
    expect(second.slug).toBe('een-dag-in-de-werkplaats-2');
    expect(repo.revisions.map((r) => r.storyId)).toEqual([first.id, second.id]);
    expect(repo.history.map((h) => h.action)).toEqual(['AANGEMAAKT', 'AANGEMAAKT']);
  });

  it('sanitizes the body', async () => {
    const { editing } = storiesWorld();
    const story = await editing.create(redacteur, storyInput({ body: '<p onclick="x()">Hoi</p><script>alert(1)</script>' }));
    expect(story.body).not.toMatch(/script|onclick/);
    expect(story.body).toContain('Hoi');
  });

  it('refuses bad input per field, before anything is written', async () => {
    const { editing, repo, uow } = storiesWorld();
    expect(await outcome(editing.create(redacteur, storyInput({ title: ' ', lead: '', body: '<p> </p>' })))).toBe('BAD_USER_INPUT title,lead,body');
    expect(await outcome(editing.create(redacteur, storyInput({ body: '<p><img src="/x.png"></p>' })))).toBe('BAD_USER_INPUT body');
    expect(await outcome(editing.create(redacteur, storyInput({ body: `<p>${'a'.repeat(50_001)}</p>` })))).toBe('BAD_USER_INPUT body');
    expect(await outcome(editing.create(redacteur, storyInput({ title: 'x'.repeat(151) })))).toBe('BAD_USER_INPUT title');
    expect(await outcome(editing.create(redacteur, storyInput({ audience: [] })))).toBe('BAD_USER_INPUT audience');
    expect(await outcome(editing.create(redacteur, storyInput({ audience: ['OUDERS', 'PIRATEN' as never] })))).toBe('BAD_USER_INPUT audience');
    expect(await outcome(editing.create(redacteur, storyInput({ tags: Array.from({ length: 11 }, (_, i) => `t${i}`) })))).toBe('BAD_USER_INPUT tags');
    expect(await outcome(editing.create(redacteur, storyInput({ tags: ['x'.repeat(41)] })))).toBe('BAD_USER_INPUT tags');
    expect(await outcome(editing.create(redacteur, storyInput({ leerlabId: 'geen-uuid' })))).toBe('BAD_USER_INPUT leerlabId');
    expect(await outcome(editing.create(redacteur, storyInput({ leerlabId: '44444444-4444-4444-8444-444444444444' })))).toBe('BAD_USER_INPUT leerlabId');
    expect(repo.stories).toHaveLength(0);
    expect(uow.runs).toBe(0);
  });

  it('lets only the region’s redactie write', async () => {
    const { editing } = storiesWorld();
    expect(await outcome(editing.create(member, storyInput()))).toBe('FORBIDDEN');
    expect(await outcome(editing.create(outsider, storyInput()))).toBe('FORBIDDEN');
    expect(await outcome(editing.create(redacteur, storyInput({ regionId: OTHER_REGION_ID })))).toBe('NOT_FOUND');
    expect(await outcome(editing.create(beheerder, storyInput()))).toBe('OK');
    const story = await editing.create(redacteur, storyInput());
    expect(await outcome(editing.update(outsider, story.id, storyInput()))).toBe('FORBIDDEN');
    expect(await outcome(editing.update(redacteur, 'geen-uuid', storyInput()))).toBe('NOT_FOUND');
    expect(await outcome(editing.update(redacteur, '55555555-5555-4555-8555-555555555555', storyInput()))).toBe('NOT_FOUND');
  });

  it('sends an approved or offline story back to concept on a change, and refuses changes while scheduled or published', async () => {
    const { editing, repo } = storiesWorld();
    const story = await editing.create(redacteur, storyInput());
    repo.stories[0].status = 'APPROVED';
    const changed = await editing.update(redacteur, story.id, storyInput({ title: 'Nieuwe titel' }));
    expect(changed).toMatchObject({ status: 'DRAFT', title: 'Nieuwe titel', slug: story.slug });
    expect(repo.history.at(-1)).toMatchObject({ action: 'TERUG_NAAR_CONCEPT' });
    expect(repo.revisions).toHaveLength(2);
    expect(repo.locked).toContain(story.id);

    repo.stories[0].status = 'IN_REVIEW';
    expect((await editing.update(redacteur, story.id, storyInput())).status).toBe('IN_REVIEW');
    for (const status of ['SCHEDULED', 'PUBLISHED'] as const) {
      repo.stories[0].status = status;
      expect(await outcome(editing.update(redacteur, story.id, storyInput()))).toBe('CONFLICT');
      expect(await outcome(editing.reviseBody(redacteur, repo.stories[0], '<p>x</p>', 'Afbeelding'))).toBe('CONFLICT');
      expect(await outcome(editing.addPerson(redacteur, story.id, adult))).toBe('CONFLICT');
    }
  });

  it('revises the body after an image change with the rules of update', async () => {
    const { editing, repo } = storiesWorld();
    const story = await editing.create(redacteur, storyInput());
    repo.stories[0].status = 'UNPUBLISHED';
    const revised = await editing.reviseBody(redacteur, (await repo.lockStory(story.id))!, '<p>Nieuw</p>', 'Beschrijving gewijzigd');
    expect(revised).toMatchObject({ status: 'DRAFT', body: '<p>Nieuw</p>' });
    expect(repo.history.filter((h) => h.storyId === story.id).map((h) => h.action)).toEqual(['AANGEMAAKT', 'AFBEELDING', 'TERUG_NAAR_CONCEPT']);
  });

  it('keeps review comments from the redactie only', async () => {
    const { editing } = storiesWorld();
    const story = await editing.create(redacteur, storyInput());
    expect(await editing.comment(eindredacteur, story.id, '  Mooi!  ')).toMatchObject({ body: 'Mooi!', authorName: 'Sanne' });
    expect(await outcome(editing.comment(redacteur, story.id, ' '))).toBe('BAD_USER_INPUT body');
    expect(await outcome(editing.comment(redacteur, story.id, 'x'.repeat(2001)))).toBe('BAD_USER_INPUT body');
    expect(await outcome(editing.comment(member, story.id, 'Hoi'))).toBe('FORBIDDEN');
  });

  it('adds, changes and removes people, with a birth date required for a pupil', async () => {
    const { editing, repo, clock } = storiesWorld();
    const story = await editing.create(redacteur, storyInput());
    expect(await outcome(editing.addPerson(redacteur, story.id, { name: 'Noor', isPupil: true }))).toBe('BAD_USER_INPUT birthDate');
    expect(await outcome(editing.addPerson(redacteur, story.id, { name: 'Noor', isPupil: true, birthDate: '2030-01-01' }))).toBe('BAD_USER_INPUT birthDate');
    expect(await outcome(editing.addPerson(redacteur, story.id, { name: '', isPupil: false }))).toBe('BAD_USER_INPUT name');
    expect(await outcome(editing.addPerson(member, story.id, adult))).toBe('FORBIDDEN');

    const noor = await editing.addPerson(redacteur, story.id, { name: 'Noor', isPupil: true, birthDate: '2009-05-01', inPhoto: true });
    expect(noor).toMatchObject({ storyId: story.id, birthDate: '2009-05-01', inPhoto: true, consentId: null });
    const lotte = await editing.addPerson(redacteur, story.id, { ...adult, birthDate: '1980-01-01' });
    expect(lotte.birthDate).toBeNull();
    clock.advance(60_000);
    expect(await editing.updatePerson(redacteur, lotte.id, { ...adult, quote: 'Leerzaam' })).toMatchObject({ quote: 'Leerzaam' });
    expect(await editing.removePerson(redacteur, noor.id)).toBe(true);
    expect(repo.people.map((p) => p.name)).toEqual(['Lotte Visser']);
    expect(repo.history.filter((h) => h.action === 'PERSOON').map((h) => h.note)).toEqual(['Noor toegevoegd', 'Lotte Visser toegevoegd', 'Lotte Visser gewijzigd', 'Noor verwijderd']);
    expect(await outcome(editing.removePerson(redacteur, noor.id))).toBe('NOT_FOUND');
    expect(await outcome(editing.updatePerson(outsider, lotte.id, adult))).toBe('FORBIDDEN');
  });
});
