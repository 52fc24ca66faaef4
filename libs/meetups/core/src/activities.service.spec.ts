import type { ActivityInput } from './meetups.types';
import { activityData, actorIn, OTHER_REGION, REGION, SCHOOL } from './testing/meetups.fakes';
import { docent, meetupsWorld, outsider, verbinder } from './testing/meetups.world';

const input = (over: Partial<ActivityInput> = {}): ActivityInput => ({
  regionId: REGION,
  kind: 'WORKSHOP',
  title: 'Workshop lassen',
  startsAt: '2026-12-10T10:00:00+01:00',
  endsAt: '2026-12-10T12:00:00+01:00',
  ...over,
});

describe('ActivitiesService', () => {
  it('reads an activity for members of its region only; an id that is no UUID is not found', async () => {
    const w = meetupsWorld();
    const activity = await w.repo.insertActivity(activityData());
    await expect(w.activities.getActivity(docent, activity.id)).resolves.toEqual(activity);
    await expect(w.activities.getActivity(outsider, activity.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(w.activities.getActivity(docent, 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets only editors of the region create; organisers of an activity may edit it', async () => {
    const w = meetupsWorld();
    await expect(w.activities.createActivity(docent, input())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(w.activities.createActivity(outsider, input())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    w.addPerson(docent);
    const created = await w.activities.createActivity(verbinder, input({ organiserIds: [docent.personId], hostSchoolId: SCHOOL }));
    expect(w.activities.canEdit(docent, created)).toBe(true);
    const renamed = await w.activities.updateActivity(docent, created.id, input({ title: 'Workshop solderen', organiserIds: [docent.personId] }));
    expect(renamed.title).toBe('Workshop solderen');
    expect(w.activities.canEdit(actorIn(4, 'DOCENT'), created)).toBe(false);
  });

  it('makes the creator the organiser when none are named, and keeps the organisers on an edit that names none', async () => {
    const w = meetupsWorld();
    w.addPerson(docent);
    const mine = await w.activities.createActivity(verbinder, input());
    expect(mine.organiserIds).toEqual([verbinder.personId]);
    const none = await w.activities.createActivity(verbinder, input({ organiserIds: [] }));
    expect(none.organiserIds).toEqual([]);
    const theirs = await w.activities.createActivity(verbinder, input({ organiserIds: [docent.personId] }));
    // The organiser edits without naming organisers: they stay organiser (and may keep editing).
    const edited = await w.activities.updateActivity(docent, theirs.id, input({ title: 'Workshop solderen' }));
    expect(edited.organiserIds).toEqual([docent.personId]);
    // A platform beheerder without a membership in the region is no organiser of what they create.
    const admin = { ...actorIn(5, null), systemRole: 'BEHEERDER' as const };
    expect((await w.activities.createActivity(admin, input())).organiserIds).toEqual([]);
  });

  it('lists every field error at once', async () => {
    const w = meetupsWorld();
    const error = await w.activities
      .createActivity(
        verbinder,
        input({
          kind: 'BORREL',
          endsAt: '2026-12-10T09:00:00+01:00',
          capacity: 0,
          registrationClosesAt: '2026-12-11T00:00:00+01:00',
          organiserIds: [outsider.personId],
          audience: ['IEDEREEN'],
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    const fields = (error as { details: { fields: Array<{ field: string }> } }).details.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['kind', 'endsAt', 'capacity', 'registrationClosesAt', 'organiserIds', 'audience']));
    expect(w.repo.activities).toHaveLength(0);
  });

  it('refuses a start without a time zone and an activity longer than two weeks', async () => {
    const w = meetupsWorld();
    await expect(w.activities.createActivity(verbinder, input({ startsAt: '2026-12-10 10:00' }))).rejects.toMatchObject({ details: { fields: [{ field: 'startsAt' }] } });
    await expect(w.activities.createActivity(verbinder, input({ endsAt: '2026-12-30T10:00:00+01:00' }))).rejects.toMatchObject({ details: { fields: [{ field: 'endsAt' }] } });
  });

  it('announces a change after commit with the places left', async () => {
    const w = meetupsWorld();
    const created = await w.activities.createActivity(verbinder, input({ capacity: 12 }));
    expect(w.emitted).toEqual([{ name: 'meetups.changed', payload: expect.objectContaining({ regionId: REGION, activityId: created.id, kind: 'activity.created', placesLeft: 12 }) }]);
  });

  it('keeps an activity in its region and its capacity above the places given out', async () => {
    const w = meetupsWorld();
    const activity = await w.repo.insertActivity(activityData({ capacity: 2 }));
    for (const personId of ['p1', 'p2'])
      await w.repo.insertRegistration({ activityId: activity.id, personId, name: null, email: null, status: 'CONFIRMED', queuedAt: w.clock.now(), tokenHash: null, tokenExpiresAt: null });
    await expect(w.activities.updateActivity(verbinder, activity.id, input({ regionId: OTHER_REGION }))).rejects.toMatchObject({ details: { fields: [{ field: 'regionId' }] } });
    await expect(w.activities.updateActivity(verbinder, activity.id, input({ capacity: 1 }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { fields: [{ field: 'capacity' }] } });
  });

  it('offers places to the waiting list when the capacity goes up', async () => {
    const w = meetupsWorld();
    const waiting = w.addPerson(docent);
    const activity = await w.repo.insertActivity(activityData({ capacity: 1 }));
    await w.repo.insertRegistration({ activityId: activity.id, personId: 'p1', name: null, email: null, status: 'CONFIRMED', queuedAt: w.clock.now(), tokenHash: null, tokenExpiresAt: null });
    await w.repo.insertRegistration({
      activityId: activity.id,
      personId: waiting.personId,
      name: null,
      email: null,
      status: 'WAITLISTED',
      queuedAt: w.clock.now(),
      tokenHash: null,
      tokenExpiresAt: null,
    });
    await w.activities.updateActivity(verbinder, activity.id, input({ capacity: 2 }));
    const offered = w.repo.registrations.find((r) => r.personId === waiting.personId);
    expect(offered).toMatchObject({ status: 'OFFERED', tokenExpiresAt: new Date('2026-12-03T12:00:00Z') });
    expect(w.jobs.map((j) => j.key)).toEqual([`waitlist-offer:${offered?.id}:${new Date('2026-12-03T12:00:00Z').getTime()}`]);
    expect(w.notified).toMatchObject([{ personIds: [waiting.personId], kind: 'meetup.place-offered' }]);
  });

  it('lists from yesterday by default and refuses a bad bound', async () => {
    const w = meetupsWorld();
    const yesterday = await w.repo.insertActivity(activityData({ startsAt: new Date('2026-11-30T13:00:00Z'), endsAt: new Date('2026-11-30T14:00:00Z') }));
    await w.repo.insertActivity(activityData({ startsAt: new Date('2026-11-29T13:00:00Z'), endsAt: new Date('2026-11-29T14:00:00Z') }));
    expect((await w.activities.listActivities(docent, REGION)).map((a) => a.id)).toEqual([yesterday.id]);
    await expect(w.activities.listActivities(docent, REGION, 'gisteren')).rejects.toMatchObject({ details: { fields: [{ field: 'from' }] } });
    await expect(w.activities.listActivities(outsider, REGION)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('shows only upcoming public activities on the public site, with places left and whether registration is open', async () => {
    const w = meetupsWorld();
    await w.repo.insertActivity(activityData({ title: 'Intern' }));
    const open = await w.repo.insertActivity(activityData({ title: 'Open dag', isPublic: true, capacity: 30, hostSchoolId: SCHOOL }));
    const closed = await w.repo.insertActivity(activityData({ title: 'Gesloten', isPublic: true, registrationClosesAt: new Date('2026-11-30T00:00:00Z') }));
    const { activities } = await w.activities.publicActivities('noord');
    expect(activities.map((a) => [a.activity.id, a.placesLeft, a.registrationOpen, a.hostSchool?.name ?? null])).toEqual([
      [open.id, 30, true, 'Landstede'],
      [closed.id, null, false, null],
    ]);
  });
});
