import { defaultPolicy, resumeClock } from './loket-sla.service';
import { actor, BRAM, DIRK, ILSE, loketWorld, refusal, REGION, requestIn } from './testing/loket-fakes';

// One clock per request in business hours (08:30–17:00 Europe/Amsterdam, weekdays, without the
// region's holidays); waiting for the company does not count; warnings and escalations go out once.

const HOUR = 3600 * 1000;

describe('LoketSlaService: the clock', () => {
  it('counts business hours only and gives the due times', async () => {
    const world = loketWorld('2027-01-08T14:00:00Z'); // Friday 15:00 Amsterdam
    const request = await requestIn(world);
    world.setNow('2027-01-11T09:00:00Z'); // Monday 10:00: 2 h on Friday, 1.5 h on Monday
    const state = await world.sla.sla(request);
    expect(state).toMatchObject({ elapsedMinutes: 210, paused: false, firstResponseBreached: false, resolutionBreached: false });
    expect(state.firstResponseDueAt).toEqual(new Date('2027-01-11T13:30:00Z')); // 4.5 business hours later: Monday 14:30
  });

  it('skips the region’s holidays and stops counting while paused', async () => {
    const world = loketWorld('2027-01-04T08:00:00Z'); // Monday 09:00
    world.holidays.push({ startDate: '2027-01-05', endDate: '2027-01-05' });
    const request = await requestIn(world);
    world.setNow('2027-01-06T08:00:00Z'); // Wednesday 09:00: Monday 8 h, Tuesday off, Wednesday 0.5 h
    expect((await world.sla.sla(request)).elapsedMinutes).toBe(510);
    const paused = await world.repo.updateRequest(request.id, { pausedAt: world.clock.now() });
    world.advance(2 * HOUR);
    expect(await world.sla.sla(paused)).toMatchObject({ elapsedMinutes: 510, paused: true, firstResponseDueAt: null });
    expect(resumeClock(paused, world.clock.now())).toEqual({ pausedAt: null, pausedMs: 2 * HOUR });
    expect(resumeClock({ ...paused, pausedAt: null }, world.clock.now())).toEqual({});
  });

  it('says when a running target is at risk or overdue, in business hours, and not when paused or closed', async () => {
    const world = loketWorld('2027-01-08T14:00:00Z'); // Friday 15:00 Amsterdam; first response within 8 business hours, warning 60 min before
    const request = await requestIn(world);
    world.setNow('2027-01-11T13:00:00Z'); // Monday 14:00: 2 h on Friday and 5.5 h on Monday; by the wall clock it is long overdue
    expect(await world.sla.sla(request)).toMatchObject({ elapsedMinutes: 450, atRisk: true, overdue: false });
    world.setNow('2027-01-11T12:00:00Z'); // Monday 13:00: 6.5 business hours, not yet within the hour
    expect(await world.sla.sla(request)).toMatchObject({ atRisk: false, overdue: false });
    world.setNow('2027-01-11T13:30:00Z'); // Monday 14:30: 8 business hours
    expect(await world.sla.sla(request)).toMatchObject({ firstResponseBreached: true, atRisk: false, overdue: true });
    // Answered late: the first response no longer runs; completion (80 h) is far off.
    const answered = await world.repo.updateRequest(request.id, { firstResponseAt: world.clock.now() });
    expect(await world.sla.sla(answered)).toMatchObject({ firstResponseBreached: true, atRisk: false, overdue: false });
    // Waiting for the company: not at risk while the clock stands still.
    const fresh = await requestIn(world, { kvk: '22222222' });
    world.setNow('2027-01-12T12:30:00Z'); // Tuesday 13:30: 2.5 h on Monday and 5 h on Tuesday
    expect(await world.sla.sla(fresh)).toMatchObject({ elapsedMinutes: 450, atRisk: true });
    const paused = await world.repo.updateRequest(fresh.id, { pausedAt: world.clock.now() });
    expect(await world.sla.sla(paused)).toMatchObject({ paused: true, atRisk: false, overdue: false });
    const closed = await world.repo.updateRequest(request.id, { status: 'AFGEROND', closedAt: world.clock.now() });
    world.advance(200 * HOUR);
    expect(await world.sla.sla(closed)).toMatchObject({ atRisk: false, overdue: false });
  });

  it('counts wall time for a 24/7 policy, and breaches by the first response as it was', async () => {
    const world = loketWorld('2027-01-09T10:00:00Z'); // Saturday
    const request = await requestIn(world, {}, { firstResponseAt: new Date('2027-01-09T13:00:00Z') });
    world.advance(5 * HOUR);
    const policy = { ...defaultPolicy(REGION), firstResponseMinutes: 120, businessHours: false };
    expect(await world.sla.sla(request, policy)).toMatchObject({ elapsedMinutes: 300, firstResponseBreached: true, firstResponseDueAt: null });
  });
});

describe('LoketSlaService: the policy', () => {
  it('is the default until set, readable by staff, and set by verbinders and beheerders only', async () => {
    const world = loketWorld();
    expect(await world.sla.slaPolicy(actor(ILSE), REGION)).toEqual(defaultPolicy(REGION));
    expect((await refusal(world.sla.slaPolicy(actor(DIRK), REGION))).code).toBe('FORBIDDEN');
    const policy = { regionId: REGION, firstResponseMinutes: 60, resolutionMinutes: 600, warnBeforeMinutes: 10, businessHours: true };
    expect((await refusal(world.sla.setSlaPolicy(actor(ILSE), policy))).code).toBe('FORBIDDEN');
    expect(await world.sla.setSlaPolicy(actor(BRAM), policy)).toEqual(policy);
    expect(await world.sla.slaPolicy(actor(ILSE), REGION)).toEqual(policy);
  });

  it('checks the minutes', async () => {
    const world = loketWorld();
    const bad = { regionId: REGION, firstResponseMinutes: 0, resolutionMinutes: Number.NaN, warnBeforeMinutes: -1, businessHours: true };
    expect((await refusal(world.sla.setSlaPolicy(actor(BRAM), bad))).fields).toEqual(['firstResponseMinutes', 'resolutionMinutes', 'warnBeforeMinutes']);
    const shorter = { regionId: REGION, firstResponseMinutes: 600, resolutionMinutes: 60, warnBeforeMinutes: 0, businessHours: true };
    expect((await refusal(world.sla.setSlaPolicy(actor(BRAM), shorter))).fields).toEqual(['resolutionMinutes']);
    expect((await refusal(world.sla.setSlaPolicy(actor(BRAM), { ...shorter, regionId: 'noord' }))).code).toBe('NOT_FOUND');
  });
});

describe('LoketSlaService: the sweep', () => {
  it('warns the owner before the target and escalates to the beheerders after, each once', async () => {
    const world = loketWorld('2027-01-04T08:00:00Z'); // Monday 09:00
    const request = await requestIn(world, {}, { ownerId: ILSE });
    world.advance(7 * HOUR + 30 * 60000); // 7.5 business hours: within the hour before the 8-hour target
    expect(await world.sla.sweepSla()).toBe(1);
    expect(await world.sla.sweepSla()).toBe(0);
    expect(world.notified).toContainEqual(expect.objectContaining({ personIds: [ILSE], kind: 'loket.sla-warning' }));
    world.setNow('2027-01-05T08:00:00Z'); // Tuesday 09:00: 8.5 business hours
    expect(await world.sla.sweepSla()).toBe(1);
    expect(await world.sla.sweepSla()).toBe(0);
    expect(world.notified.pop()).toMatchObject({ personIds: [ILSE, BRAM], kind: 'loket.sla-escalation' });
    expect(world.jobs.filter((j) => j.key.startsWith('loket-sla:')).map((j) => j.key)).toEqual([
      `loket-sla:warning:eerste reactie:${request.id}`,
      `loket-sla:escalation:eerste reactie:${request.id}`,
      `loket-sla:escalation:eerste reactie:${request.id}:${BRAM}`,
    ]);
    expect(world.events.pop()).toMatchObject({ payload: { requestId: request.id, kind: 'sla.escalation' } });
  });

  it('leaves paused requests and requests without anyone to tell alone', async () => {
    const world = loketWorld('2027-01-04T08:00:00Z');
    await requestIn(world, {}, { ownerId: ILSE, pausedAt: new Date('2027-01-04T08:00:00Z') });
    await requestIn(world, { kvk: '22222222' });
    world.setNow('2027-01-04T15:30:00Z');
    expect(await world.sla.sweepSla()).toBe(0);
  });
});
