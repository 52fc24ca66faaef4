import { activityData } from './testing/meetups.fakes';
import { meetupsWorld } from './testing/meetups.world';

async function withPublicActivity(capacity: number | null = null) {
  const w = meetupsWorld();
  const activity = await w.repo.insertActivity(activityData({ isPublic: true, audience: ['PUBLIEK'], capacity }));
  return { w, activity };
}

const text = (job: { payload: unknown }) => (job.payload as { text: string }).text;
const confirmToken = (job: { payload: unknown }) => /\/aanmelden\/bevestig\/([\w-]+)/.exec(text(job))?.[1] as string;

describe('PublicRegistrationService', () => {
  it('checks the name and address and only takes public activities', async () => {
    const { w, activity } = await withPublicActivity();
    const error = await w.publicRegistration.registerPublic(activity.id, '', 'geen-adres', 'ip').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((error as { details: { fields: Array<{ field: string }> } }).details.fields.map((f) => f.field)).toEqual(['name', 'email']);
    const internal = await w.repo.insertActivity(activityData());
    await expect(w.publicRegistration.registerPublic(internal.id, 'Ouder', 'ouder@example.org', 'ip')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(w.publicRegistration.registerPublic('nope', 'Ouder', 'ouder@example.org', 'ip')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('e-mails a confirmation link; following it gives a place, and the link works once', async () => {
    const { w, activity } = await withPublicActivity(1);
    await w.publicRegistration.registerPublic(activity.id, 'Ouder', 'ouder@example.org', 'ip');
    expect(w.repo.registrations[0]).toMatchObject({ status: 'PENDING_CONFIRMATION', name: 'Ouder', email: 'ouder@example.org', tokenExpiresAt: new Date('2026-12-04T12:00:00Z') });
    expect(w.jobs[0].payload).toMatchObject({ to: 'ouder@example.org', subject: 'Bevestig je aanmelding: Workshop' });
    const token = confirmToken(w.jobs[0]);
    expect((await w.publicRegistration.confirmPublic(token)).registration.status).toBe('CONFIRMED');
    await expect(w.publicRegistration.confirmPublic(token)).rejects.toMatchObject({ code: 'LINK_USED' });
    await expect(w.publicRegistration.confirmPublic('onbekend')).rejects.toMatchObject({ code: 'LINK_INVALID' });
  });

  it('puts a confirmation on the waiting list when the activity is full, and refuses an expired link', async () => {
    const { w, activity } = await withPublicActivity(1);
    await w.publicRegistration.registerPublic(activity.id, 'Een', 'een@example.org', 'ip');
    await w.publicRegistration.registerPublic(activity.id, 'Twee', 'twee@example.org', 'ip');
    await w.publicRegistration.confirmPublic(confirmToken(w.jobs[0]));
    expect((await w.publicRegistration.confirmPublic(confirmToken(w.jobs[1]))).registration.status).toBe('WAITLISTED');
    await w.publicRegistration.registerPublic(activity.id, 'Drie', 'drie@example.org', 'ip');
    w.clock.set('2026-12-05T00:00:00Z');
    await expect(w.publicRegistration.confirmPublic(confirmToken(w.jobs[2]))).rejects.toMatchObject({ code: 'LINK_EXPIRED' });
  });

  it('tells an address that is already registered by e-mail only, and changes nothing', async () => {
    const { w, activity } = await withPublicActivity();
    await w.publicRegistration.registerPublic(activity.id, 'Ouder', 'ouder@example.org', 'ip');
    await w.publicRegistration.confirmPublic(confirmToken(w.jobs[0]));
    await expect(w.publicRegistration.registerPublic(activity.id, 'Ouder', 'ouder@example.org', 'ip')).resolves.toBeUndefined();
    expect(w.repo.registrations).toHaveLength(1);
    expect(w.jobs[1].payload).toMatchObject({ subject: 'Je bent al aangemeld: Workshop' });
  });

  it('limits attempts per address and per client', async () => {
    const { w, activity } = await withPublicActivity();
    for (let i = 0; i < 3; i++) await w.publicRegistration.registerPublic(activity.id, 'Ouder', 'ouder@example.org', `ip-${i}`);
    await expect(w.publicRegistration.registerPublic(activity.id, 'Ouder', 'ouder@example.org', 'ip-9')).rejects.toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 600 } });
    for (let i = 0; i < 9; i++) await w.publicRegistration.registerPublic(activity.id, 'Ouder', `ouder${i}@example.org`, 'school-netwerk');
    await expect(w.publicRegistration.registerPublic(activity.id, 'Ouder', 'nieuw@example.org', 'school-netwerk')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    w.clock.set('2026-12-01T12:11:00Z');
    await expect(w.publicRegistration.registerPublic(activity.id, 'Ouder', 'nieuw@example.org', 'school-netwerk')).resolves.toBeUndefined();
  });

  it('refuses registration once the activity has begun', async () => {
    const { w, activity } = await withPublicActivity();
    w.clock.set('2026-12-10T09:30:00Z');
    await expect(w.publicRegistration.registerPublic(activity.id, 'Ouder', 'ouder@example.org', 'ip')).rejects.toMatchObject({ code: 'REGISTRATION_CLOSED' });
  });
});
