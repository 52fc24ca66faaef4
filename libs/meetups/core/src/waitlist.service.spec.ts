import type { Registration, RegistrationStatus } from './meetups.types';
import { activityData, actorIn } from './testing/meetups.fakes';
import { meetupsWorld } from './testing/meetups.world';
import { hashToken } from './tokens';

const anna = actorIn(2, 'DOCENT');
const bram = actorIn(3, 'DOCENT');

async function withActivity(capacity: number | null) {
  const w = meetupsWorld();
  [anna, bram].forEach((a) => w.addPerson(a));
  const activity = await w.repo.insertActivity(activityData({ capacity }));
  const add = (personId: string | null, status: RegistrationStatus, extra: Partial<Registration> = {}) =>
    w.repo.insertRegistration({ activityId: activity.id, personId, name: null, email: null, status, queuedAt: w.clock.now(), tokenHash: null, tokenExpiresAt: null, ...extra });
  return { w, activity, add };
}

/** The claim token from the offer e-mail. */
const tokenIn = (text: string) => /\/aanmelden\/claim\/([\w-]+)/.exec(text)?.[1] as string;

describe('WaitlistService', () => {
  it('confirms while places are free and nobody waits; otherwise the waiting list', async () => {
    const { w, activity, add } = await withActivity(2);
    expect(await w.waitlist.statusForNewPlace(activity)).toBe('CONFIRMED');
    await add(anna.personId, 'OFFERED');
    await add(bram.personId, 'WAITLISTED');
    expect(await w.waitlist.statusForNewPlace(activity)).toBe('WAITLISTED');
    expect(await w.waitlist.statusForNewPlace({ ...activity, capacity: null })).toBe('CONFIRMED');
  });

  it('offers a free place by e-mail with a claim link that works once', async () => {
    const { w, activity, add } = await withActivity(1);
    await add(anna.personId, 'WAITLISTED');
    await w.waitlist.promote(activity);
    const token = tokenIn((w.jobs[0].payload as { text: string }).text);
    expect(w.repo.registrations[0]).toMatchObject({ status: 'OFFERED', tokenHash: hashToken(token) });
    const { registration } = await w.waitlist.claim(token);
    expect(registration.status).toBe('CONFIRMED');
    await expect(w.waitlist.claim(token)).rejects.toMatchObject({ code: 'LINK_USED' });
    await expect(w.waitlist.claim('x'.repeat(101))).rejects.toMatchObject({ code: 'LINK_INVALID' });
    await expect(w.waitlist.claim('')).rejects.toMatchObject({ code: 'LINK_INVALID' });
  });

  it('refuses an expired claim link and offers nothing once the activity has begun', async () => {
    const { w, activity, add } = await withActivity(1);
    await add(anna.personId, 'WAITLISTED');
    await w.waitlist.promote(activity);
    const token = tokenIn((w.jobs[0].payload as { text: string }).text);
    w.clock.set('2026-12-04T00:00:00Z');
    await expect(w.waitlist.claim(token)).rejects.toMatchObject({ code: 'LINK_EXPIRED' });
    w.clock.set('2026-12-10T10:00:00Z');
    await add(bram.personId, 'WAITLISTED');
    await w.waitlist.promote(activity);
    expect(w.repo.registrations[1].status).toBe('WAITLISTED');
  });

  it('passes expired offers on to the next in line', async () => {
    const { w, add } = await withActivity(1);
    await add(anna.personId, 'OFFERED', { tokenHash: 'h', tokenExpiresAt: new Date('2026-12-01T11:00:00Z') });
    await add(bram.personId, 'WAITLISTED');
    expect(await w.waitlist.sweepExpiredOffers()).toBe(1);
    expect(w.repo.registrations.map((r) => r.status)).toEqual(['EXPIRED', 'OFFERED']);
    expect(await w.waitlist.sweepExpiredOffers()).toBe(0);
  });
});
