import type { Registration, RegistrationStatus } from './meetups.types';
import { activityData, actorIn, OTHER_REGION } from './testing/meetups.fakes';
import { meetupsWorld, verbinder } from './testing/meetups.world';

const anna = actorIn(2, 'DOCENT');
const bram = actorIn(3, 'DOCENT');
const outsider = actorIn(4, 'DOCENT', OTHER_REGION);

async function withActivity(capacity: number | null, over: Parameters<typeof activityData>[0] = {}) {
  const w = meetupsWorld();
  [anna, bram].forEach((a) => w.addPerson(a));
  const activity = await w.repo.insertActivity(activityData({ capacity, ...over }));
  const add = (personId: string, status: RegistrationStatus, extra: Partial<Registration> = {}) =>
    w.repo.insertRegistration({ activityId: activity.id, personId, name: null, email: null, status, queuedAt: w.clock.now(), tokenHash: null, tokenExpiresAt: null, ...extra });
  return { w, activity, add };
}

describe('RegistrationsService', () => {
  it('gives a place while there is one, then the waiting list; registering twice changes nothing', async () => {
    const { w, activity } = await withActivity(1);
    expect((await w.registrations.register(anna, activity.id)).status).toBe('CONFIRMED');
    expect((await w.registrations.register(bram, activity.id)).status).toBe('WAITLISTED');
    expect((await w.registrations.register(anna, activity.id)).status).toBe('CONFIRMED');
    expect(w.repo.registrations).toHaveLength(2);
    expect(w.repo.locked).toEqual([activity.id, activity.id, activity.id]);
    expect(w.emitted.at(-1)).toEqual({ name: 'meetups.changed', payload: expect.objectContaining({ kind: 'registration.changed', placesLeft: 0 }) });
  });

  it('refuses registration outside the window and for people of another region', async () => {
    const started = await withActivity(null, { startsAt: new Date('2026-12-01T11:00:00Z') });
    await expect(started.w.registrations.register(anna, started.activity.id)).rejects.toMatchObject({ code: 'REGISTRATION_CLOSED' });
    const notYet = await withActivity(null, { registrationOpensAt: new Date('2026-12-05T00:00:00Z') });
    await expect(notYet.w.registrations.register(anna, notYet.activity.id)).rejects.toMatchObject({ code: 'REGISTRATION_CLOSED', message: 'De aanmelding voor deze activiteit is nog niet open.' });
    expect(notYet.w.registrations.registrationProblem(notYet.activity)).toBe('De aanmelding voor deze activiteit is nog niet open.');
    notYet.w.clock.set('2026-12-06T00:00:00Z');
    expect(notYet.w.registrations.registrationProblem(notYet.activity)).toBeNull();
    await expect(notYet.w.registrations.register(outsider, notYet.activity.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('offers a cancelled place to the first on the waiting list', async () => {
    const { w, activity, add } = await withActivity(1);
    await add(anna.personId, 'CONFIRMED');
    await add(bram.personId, 'WAITLISTED');
    expect((await w.registrations.cancel(anna, activity.id)).status).toBe('CANCELLED');
    expect(w.repo.registrations.find((r) => r.personId === bram.personId)?.status).toBe('OFFERED');
    await expect(w.registrations.cancel(anna, activity.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets a member accept an offered place before it expires and before the start', async () => {
    const { w, activity, add } = await withActivity(1);
    await expect(w.registrations.claimOffered(anna, activity.id)).rejects.toMatchObject({ code: 'CONFLICT', message: 'Er staat geen plaats voor je klaar.' });
    await add(anna.personId, 'OFFERED', { tokenExpiresAt: new Date('2026-12-02T12:00:00Z') });
    expect((await w.registrations.claimOffered(anna, activity.id)).status).toBe('CONFIRMED');
    await expect(w.registrations.claimOffered(anna, activity.id)).rejects.toMatchObject({ code: 'CONFLICT', message: 'Je hebt al een plaats.' });
    await add(bram.personId, 'OFFERED', { tokenExpiresAt: new Date('2026-12-01T11:00:00Z') });
    await expect(w.registrations.claimOffered(bram, activity.id)).rejects.toMatchObject({ code: 'LINK_EXPIRED' });
  });

  it('marks attendance of confirmed participants, for editors only', async () => {
    const { w, activity, add } = await withActivity(null);
    const confirmed = await add(anna.personId, 'CONFIRMED');
    const waiting = await add(bram.personId, 'WAITLISTED');
    await expect(w.registrations.markAttendance(anna, confirmed.id, true)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(w.registrations.markAttendance(verbinder, waiting.id, true)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(w.registrations.markAttendance(verbinder, 'nope', true)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await w.registrations.markAttendance(verbinder, confirmed.id, true)).attended).toBe(true);
    await expect(w.registrations.registrations(anna, activity)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await w.registrations.registrations(verbinder, activity)).toHaveLength(2);
  });

  it('reminds confirmed participants of activities within 24 hours, once', async () => {
    const { w, add } = await withActivity(null, { startsAt: new Date('2026-12-02T09:00:00Z'), endsAt: new Date('2026-12-02T10:00:00Z'), room: 'B12', travelNote: 'Parkeren achter de school.' });
    await add(anna.personId, 'CONFIRMED');
    await add(bram.personId, 'WAITLISTED');
    expect(await w.registrations.sendActivityReminders()).toBe(1);
    expect(await w.registrations.sendActivityReminders()).toBe(0);
    expect(w.jobs).toHaveLength(1);
    expect(w.jobs[0].payload).toMatchObject({ to: anna.email, subject: 'Herinnering: Workshop' });
    expect((w.jobs[0].payload as { text: string }).text).toContain('Waar: B12.');
    expect(w.notified).toMatchObject([{ personIds: [anna.personId], kind: 'meetup.reminder' }]);
  });
});
