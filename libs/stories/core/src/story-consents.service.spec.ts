import { outcome } from '@verbinder/shared/kernel/testing';
import { CONSENT_RETENTION_MONTHS } from './consent-rules';
import { adult, beheerder, eindredacteur, member, outsider, redacteur, storiesWorld, storyInput } from './testing/stories-fixtures';

// Consents: who gives one (a parent below 16, the pupil from 16, an adult themselves), when, for
// what; linking a school-year consent; withdrawal and erasure taking dependent stories offline.

async function withPeople() {
  const world = storiesWorld();
  const story = await world.editing.create(redacteur, storyInput());
  const lotte = await world.editing.addPerson(redacteur, story.id, adult);
  const sem = await world.editing.addPerson(redacteur, story.id, { name: 'Sem', isPupil: true, birthDate: '2012-03-01' });
  return { ...world, story, lotte, sem };
}

describe('StoryConsentsService', () => {
  it('records a consent from the right person and links it to the appearance', async () => {
    const { consents, repo, lotte, sem, story } = await withPeople();
    const own = await consents.recordConsent(redacteur, { storyPersonId: lotte.id, givenByName: 'Lotte Visser', relation: 'ZELF', scope: 'THIS_STORY' });
    expect(own).toMatchObject({ regionId: story.regionId, subjectName: 'Lotte Visser', storyId: story.id, schoolYear: null, recordedByName: 'Bram' });
    const parent = await consents.recordConsent(redacteur, { storyPersonId: sem.id, givenByName: 'Ouder van Sem', relation: 'OUDER', scope: 'SCHOOL_YEAR' });
    expect(parent).toMatchObject({ storyId: null, schoolYear: 2026 });
    expect(repo.people.map((p) => p.consentId)).toEqual([own.id, parent.id]);
    expect(repo.history.filter((h) => h.action === 'TOESTEMMING').map((h) => h.note)).toEqual([
      'Toestemming voor Lotte Visser vastgelegd (zelf, dit verhaal)',
      'Toestemming voor Sem vastgelegd (ouder, schooljaar 2026-2027)',
    ]);
  });

  it('refuses a consent that cannot hold, per field', async () => {
    const { consents, lotte, sem, repo } = await withPeople();
    const base = { givenByName: 'Iemand', scope: 'THIS_STORY' as const };
    expect(await outcome(consents.recordConsent(redacteur, { ...base, storyPersonId: sem.id, relation: 'ZELF' }))).toBe('BAD_USER_INPUT relation');
    expect(await outcome(consents.recordConsent(redacteur, { ...base, storyPersonId: lotte.id, relation: 'OUDER' }))).toBe('BAD_USER_INPUT relation');
    expect(await outcome(consents.recordConsent(redacteur, { ...base, storyPersonId: lotte.id, relation: 'ZELF', givenByName: ' ' }))).toBe('BAD_USER_INPUT givenByName');
    expect(await outcome(consents.recordConsent(redacteur, { ...base, storyPersonId: lotte.id, relation: 'ZELF', givenAt: new Date('2026-12-02T00:00:00Z') }))).toBe('BAD_USER_INPUT givenAt');
    expect(await outcome(consents.recordConsent(redacteur, { ...base, storyPersonId: lotte.id, relation: 'ZELF', expiresAt: new Date('2026-11-30T00:00:00Z') }))).toBe('BAD_USER_INPUT expiresAt');
    expect(await outcome(consents.recordConsent(redacteur, { ...base, storyPersonId: lotte.id, relation: 'ZELF', scope: 'SCHOOL_YEAR', schoolYear: 2020 }))).toBe('BAD_USER_INPUT schoolYear');
    expect(await outcome(consents.recordConsent(redacteur, { ...base, storyPersonId: lotte.id, relation: 'ZELF', scope: 'FOREVER' as never }))).toBe('BAD_USER_INPUT scope');
    expect(await outcome(consents.recordConsent(outsider, { ...base, storyPersonId: lotte.id, relation: 'ZELF' }))).toBe('FORBIDDEN');
    expect(await outcome(consents.recordConsent(redacteur, { ...base, storyPersonId: 'geen-uuid', relation: 'ZELF' }))).toBe('NOT_FOUND');
    expect(repo.consents).toHaveLength(0);
  });

  it('links a school-year consent about the same person to another story, and nothing else', async () => {
    const world = await withPeople();
    const { consents, editing, lotte } = world;
    const yearly = await consents.recordConsent(redacteur, { storyPersonId: lotte.id, givenByName: 'Lotte Visser', relation: 'ZELF', scope: 'SCHOOL_YEAR' });
    const other = await editing.create(redacteur, storyInput({ title: 'Tweede verhaal' }));
    const again = await editing.addPerson(redacteur, other.id, { ...adult, name: ' lotte visser ' });
    const stranger = await editing.addPerson(redacteur, other.id, { ...adult, name: 'Piet' });
    expect((await consents.linkConsent(redacteur, again.id, yearly.id)).consentId).toBe(yearly.id);
    expect(await outcome(consents.linkConsent(redacteur, stranger.id, yearly.id))).toBe('BAD_USER_INPUT consentId');
    const single = await consents.recordConsent(redacteur, { storyPersonId: stranger.id, givenByName: 'Piet', relation: 'ZELF', scope: 'THIS_STORY' });
    expect(await outcome(consents.linkConsent(redacteur, again.id, single.id))).toBe('BAD_USER_INPUT consentId');
    expect(await outcome(consents.linkConsent(redacteur, again.id, '66666666-6666-4666-8666-666666666666'))).toBe('NOT_FOUND');
    world.repo.consents[0].regionId = 'elders';
    expect(await outcome(consents.linkConsent(redacteur, again.id, yearly.id))).toBe('NOT_FOUND');
  });

  it(`deletes a consent ${CONSENT_RETENTION_MONTHS} months after it ended (withdrawn, expired or its school year over), and not a day before`, async () => {
    const { consents, clock, repo, lotte, sem } = await withPeople();
    const withdrawn = await consents.recordConsent(redacteur, { storyPersonId: lotte.id, givenByName: 'Lotte Visser', relation: 'ZELF', scope: 'THIS_STORY' });
    await consents.withdrawConsent(redacteur, withdrawn.id, 'Per e-mail ingetrokken');
    const expiring = await consents.recordConsent(redacteur, {
      storyPersonId: sem.id,
      givenByName: 'Ouder van Sem',
      relation: 'OUDER',
      scope: 'THIS_STORY',
      expiresAt: new Date('2027-01-01T00:00:00Z'),
    });
    const yearly = await consents.recordConsent(redacteur, { storyPersonId: sem.id, givenByName: 'Ouder van Sem', relation: 'OUDER', scope: 'SCHOOL_YEAR' });
    const remaining = () => repo.consents.map((c) => c.id).sort();
    expect(await consents.deleteEndedConsents(clock.now())).toBe(0);
    // a year after the withdrawal, less a day: all kept
    clock.set('2027-12-01T00:00:00Z');
    expect(await consents.deleteEndedConsents(clock.now())).toBe(0);
    clock.set('2027-12-03T00:00:00Z');
    expect(await consents.deleteEndedConsents(clock.now())).toBe(1);
    expect(remaining()).toEqual([expiring.id, yearly.id].sort());
    clock.set('2028-01-02T00:00:00Z');
    expect(await consents.deleteEndedConsents(clock.now())).toBe(1);
    expect(remaining()).toEqual([yearly.id]);
    // school year 2026-2027 ends in the summer of 2027; its consent goes in the school year that starts a year later
    clock.set('2028-09-01T00:00:00Z');
    expect(await consents.deleteEndedConsents(clock.now())).toBe(1);
    expect(repo.consents).toHaveLength(0);
    expect(await consents.deleteEndedConsents(clock.now())).toBe(0);
  });

  it('takes every published story that rests on a withdrawn consent offline at once', async () => {
    const world = await withPeople();
    const { consents, publishing, lotte, sem, story, events, repo } = world;
    const own = await consents.recordConsent(redacteur, { storyPersonId: lotte.id, givenByName: 'Lotte Visser', relation: 'ZELF', scope: 'SCHOOL_YEAR' });
    await consents.recordConsent(redacteur, { storyPersonId: sem.id, givenByName: 'Ouder van Sem', relation: 'OUDER', scope: 'THIS_STORY' });
    await publishing.submit(redacteur, story.id);
    await publishing.approve(eindredacteur, story.id);
    await publishing.publish(eindredacteur, story.id);
    expect(await outcome(consents.withdrawConsent(redacteur, own.id, ' '))).toBe('BAD_USER_INPUT reason');
    expect(await outcome(consents.withdrawConsent(member, own.id, 'Mail van Lotte'))).toBe('FORBIDDEN');
    const { consent, unpublished } = await consents.withdrawConsent(redacteur, own.id, 'Mail van Lotte');
    expect(consent).toMatchObject({ withdrawnAt: new Date('2026-12-01T12:00:00Z'), withdrawnReason: 'Mail van Lotte' });
    expect(unpublished.map((s) => [s.id, s.status])).toEqual([[story.id, 'UNPUBLISHED']]);
    expect(repo.history.at(-1)).toMatchObject({ action: 'OFFLINE', note: 'Toestemming voor Lotte Visser ingetrokken: Mail van Lotte' });
    expect(events.of('story.unpublished')).toHaveLength(1);
    expect(await outcome(consents.withdrawConsent(redacteur, own.id, 'Nogmaals'))).toBe('BAD_USER_INPUT consentId');
  });

  it('shows and erases a person’s consents for the region’s beheerders only', async () => {
    const world = await withPeople();
    const { consents, lotte, story, repo } = world;
    await consents.recordConsent(redacteur, { storyPersonId: lotte.id, givenByName: 'Lotte Visser', relation: 'ZELF', scope: 'THIS_STORY' });
    repo.stories[0].status = 'PUBLISHED';
    expect(await outcome(consents.consentsOfSubject(eindredacteur, story.regionId, 'Lotte Visser'))).toBe('FORBIDDEN');
    expect(await outcome(consents.consentsOfSubject(beheerder, story.regionId, ''))).toBe('BAD_USER_INPUT name');
    expect(await consents.consentsOfSubject(beheerder, story.regionId, 'lotte visser')).toHaveLength(1);
    expect(await consents.eraseConsentsOfSubject(beheerder, story.regionId, 'Lotte Visser')).toBe(1);
    expect(repo.consents).toHaveLength(0);
    expect(repo.stories[0].status).toBe('UNPUBLISHED');
    expect(await outcome(consents.eraseConsentsOfSubject(beheerder, story.regionId, 'Lotte Visser'))).toBe('NOT_FOUND');
  });
});
