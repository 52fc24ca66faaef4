import { outcome } from '@verbinder/shared/kernel/testing';
import { regionsWorld } from './testing/regions-fixtures';

// People: made by platform beheerders only; changed by the person or a platform beheerder (the
// identity rule), never by a region role; a changed address ends or re-checks the sessions.

describe('PeopleService', () => {
  it('lets only platform beheerders create people, once per address, with a password if given', async () => {
    const { people, actors, credentials } = await regionsWorld();
    expect(await outcome(people.createPerson(actors.beheerder, { name: 'Nieuw', email: 'nieuw@example.org' }))).toBe('FORBIDDEN');
    expect(await outcome(people.createPerson(actors.platform, { name: '', email: 'geen-adres' }))).toBe('BAD_USER_INPUT name,email');
    expect(await outcome(people.createPerson(actors.platform, { name: 'Dubbel', email: 'DAAN@example.org' }))).toBe('CONFLICT');
    const person = await people.createPerson(actors.platform, { name: 'Nieuw', email: 'Nieuw@Example.org', jobTitle: 'Decaan', password: 'een-lang-wachtwoord' });
    expect(person).toMatchObject({ name: 'Nieuw', email: 'nieuw@example.org', jobTitle: 'Decaan', systemRole: null });
    expect(credentials.passwords.get(person.id)).toBe('een-lang-wachtwoord');
  });

  it('lets the person and platform beheerders change a record, not the region’s managers', async () => {
    const { people, actors, events, noord } = await regionsWorld();
    expect(await outcome(people.updatePerson(actors.beheerder, { id: actors.docent.personId, name: 'Overgenomen' }))).toBe('FORBIDDEN');
    expect(await outcome(people.updatePerson(actors.docent, { id: actors.docent.personId, email: 'karin@example.org' }))).toBe('CONFLICT');
    expect(await outcome(people.updatePerson(actors.docent, { id: actors.docent.personId, name: ' ', email: 'x' }))).toBe('BAD_USER_INPUT name,email');
    expect(await people.updatePerson(actors.docent, { id: actors.docent.personId, jobTitle: 'Docent techniek' })).toMatchObject({ name: 'Daan', jobTitle: 'Docent techniek' });
    expect(events.of('region.activity')).toEqual([
      { regionId: noord.id, entity: 'person', entityId: actors.docent.personId, action: 'updated', actorId: actors.docent.personId, actorName: 'Daan', at: '2026-12-01T12:00:00.000Z' },
    ]);
    expect(events.of('identity.sessions-changed')).toEqual([]);
  });

  it('re-checks the person’s own connections when they change their address, and ends their sessions when someone else does', async () => {
    const { people, actors, events, credentials } = await regionsWorld();
    await people.updatePerson(actors.docent, { id: actors.docent.personId, email: 'daan.nieuw@example.org' });
    expect(events.of('identity.sessions-changed')).toEqual([{ sessionIdHash: null, personId: actors.docent.personId }]);
    expect(credentials.ended).toEqual([]);
    await people.updatePerson(actors.platform, { id: actors.docent.personId, email: 'daan@school.example.org' });
    expect(credentials.ended).toEqual([actors.docent.personId]);
    await people.updatePerson(actors.platform, { id: actors.docent.personId, email: 'DAAN@school.example.org' });
    expect(credentials.ended).toHaveLength(1);
  });
});
