import { actor, DIRK, DOCENT, ILSE, loketWorld, OUTSIDER, refusal, REGION, requestIn, SCHOOL_A, SCHOOL_B } from './testing/loket-fakes';

// The inbox: who sees which requests, filters checked field by field, the SLA filter, replies and
// notes by staff and school contacts (with the clock's state changes), status changes, the audit log.

const HOUR = 3600 * 1000;

describe('LoketInboxService: the list', () => {
  it('shows staff the whole region and a school contact only what is split to their school', async () => {
    const world = loketWorld();
    const forA = await requestIn(world, {}, { schoolIds: [SCHOOL_A] });
    await requestIn(world, { kvk: '87654321' }, { schoolIds: [SCHOOL_B] });
    expect(await world.inbox.listRequests(actor(ILSE), REGION)).toHaveLength(2);
    expect((await world.inbox.listRequests(actor(DIRK), REGION)).map((r) => r.id)).toEqual([forA.id]);
    expect(await world.inbox.listRequests(actor(DIRK), REGION, null, { schoolId: SCHOOL_B })).toEqual([]);
    expect((await refusal(world.inbox.listRequests(actor(OUTSIDER), REGION))).code).toBe('FORBIDDEN');
    expect((await refusal(world.inbox.listRequests(actor(ILSE), 'noord'))).code).toBe('NOT_FOUND');
  });

  it('checks every filter field and the legacy status', async () => {
    const world = loketWorld();
    const bad = { status: ['KWIJT'], type: ['KOFFIE'], schoolId: 'x', ownerId: 'y', sla: 'SOMS', search: 'z'.repeat(101) };
    expect((await refusal(world.inbox.listRequests(actor(ILSE), REGION, null, bad))).fields).toEqual([
      'filter.status',
      'filter.type',
      'filter.schoolId',
      'filter.ownerId',
      'filter.sla',
      'filter.search',
    ]);
    expect((await refusal(world.inbox.listRequests(actor(ILSE), REGION, 'KWIJT'))).fields).toEqual(['status']);
  });

  it('combines the legacy status with the filter, and "mine" with an owner', async () => {
    const world = loketWorld();
    const mine = await requestIn(world, {}, { ownerId: ILSE, status: 'IN_BEHANDELING' });
    expect(await world.inbox.listRequests(actor(ILSE), REGION, 'NIEUW', { status: ['IN_BEHANDELING'] })).toEqual([]);
    expect((await world.inbox.listRequests(actor(ILSE), REGION, 'IN_BEHANDELING', { status: ['IN_BEHANDELING'] })).map((r) => r.id)).toEqual([mine.id]);
    expect((await world.inbox.listRequests(actor(ILSE), REGION, null, { mine: true })).map((r) => r.id)).toEqual([mine.id]);
    expect(await world.inbox.listRequests(actor(ILSE), REGION, null, { mine: true, ownerId: DIRK })).toEqual([]);
  });

  it('filters on the SLA: breached, and at risk within the warning time, in business hours', async () => {
    const world = loketWorld('2027-01-04T09:00:00Z'); // Monday 10:00 Amsterdam; the first-response target is 8 business hours
    const old = await requestIn(world, { kvk: '11111111' });
    world.advance(5 * HOUR + 30 * 60000); // 15:30: 5.5 business hours, the warning starts at 7
    await requestIn(world, { kvk: '22222222', type: 'EXCURSIE' });
    expect(await world.inbox.listRequests(actor(ILSE), REGION, null, { sla: 'AT_RISK' })).toEqual([]);
    world.advance(HOUR + 30 * 60000); // 17:00: 7 business hours
    expect((await world.inbox.listRequests(actor(ILSE), REGION, null, { sla: 'AT_RISK' })).map((r) => r.id)).toEqual([old.id]);
    expect(await world.inbox.listRequests(actor(ILSE), REGION, null, { sla: 'BREACHED' })).toEqual([]);
    world.advance(14 * HOUR); // Tuesday 07:00: the night does not count
    expect(await world.inbox.listRequests(actor(ILSE), REGION, null, { sla: 'BREACHED' })).toEqual([]);
    world.setNow('2027-01-05T08:30:00Z'); // Tuesday 09:30: 8 business hours; the other request has 2.5
    expect((await world.inbox.listRequests(actor(ILSE), REGION, null, { sla: 'BREACHED' })).map((r) => r.id)).toEqual([old.id]);
  });
});

describe('LoketInboxService: handling a request', () => {
  it('records an opened request in the audit log at most once per 10 minutes', async () => {
    const world = loketWorld();
    const request = await requestIn(world);
    await world.inbox.openRequest(actor(ILSE), request.id);
    world.advance(9 * 60000);
    await world.inbox.openRequest(actor(ILSE), request.id);
    world.advance(2 * 60000);
    await world.inbox.openRequest(actor(ILSE), request.id);
    expect((await world.inbox.auditLog(actor(ILSE), request.id)).map((a) => `${a.action} ${a.what}`)).toEqual(['VIEWED request', 'VIEWED request']);
  });

  it('a staff reply is the first response, takes ownership, mails the company, and can pause the clock', async () => {
    const world = loketWorld();
    const request = await requestIn(world);
    world.advance(HOUR);
    const message = await world.inbox.staffReply(actor(ILSE), request.id, 'Welke dag?', { waitForCompany: true });
    expect(await world.repo.findRequestById(request.id)).toMatchObject({ status: 'WACHT_OP_BEDRIJF', ownerId: ILSE, firstResponseAt: world.clock.now(), pausedAt: world.clock.now() });
    expect(world.jobs.find((j) => j.key === `loket-reply:${message.id}`)?.payload).toMatchObject({ to: 'anouk@korrel.example', text: expect.stringContaining('Welke dag?') });
    world.advance(HOUR);
    await world.inbox.setStatus(actor(ILSE), request.id, 'IN_BEHANDELING');
    expect(await world.repo.findRequestById(request.id)).toMatchObject({ pausedAt: null, pausedMs: HOUR });
  });

  it('lets a school contact answer under the school’s name without pausing the clock or taking the request', async () => {
    const world = loketWorld();
    const request = await requestIn(world, {}, { schoolIds: [SCHOOL_A], ownerId: ILSE });
    expect((await refusal(world.inbox.staffReply(actor(DIRK), request.id, 'Wacht', { waitForCompany: true }))).code).toBe('FORBIDDEN');
    const message = await world.inbox.staffReply(actor(DIRK), request.id, 'Wij komen graag');
    expect(message.authorName).toBe('Dirk (decaan A) (School A)');
    expect(await world.repo.findRequestById(request.id)).toMatchObject({ status: 'IN_BEHANDELING', ownerId: ILSE, pausedAt: null });
    expect(world.notified.pop()).toMatchObject({ personIds: [ILSE], kind: 'loket.school-message' });
    expect((await refusal(world.inbox.staffReply(actor(DOCENT), request.id, 'Ik ook'))).code).toBe('NOT_FOUND');
  });

  it('keeps internal notes out of the e-mail and refuses empty or late messages', async () => {
    const world = loketWorld();
    const request = await requestIn(world);
    await world.inbox.staffReply(actor(ILSE), request.id, 'Notitie', { internal: true });
    expect(world.jobs.filter((j) => j.key.startsWith('loket-reply:'))).toHaveLength(0);
    expect((await world.repo.findRequestById(request.id))?.firstResponseAt).toBeNull();
    expect((await refusal(world.inbox.staffReply(actor(ILSE), request.id, ' '))).fields).toEqual(['body']);
    await world.inbox.setStatus(actor(ILSE), request.id, 'AFGEROND');
    expect((await refusal(world.inbox.staffReply(actor(ILSE), request.id, 'Nog iets'))).code).toBe('CONFLICT');
  });

  it('changes status for staff only, never back to NIEUW, and closes with a time', async () => {
    const world = loketWorld();
    const request = await requestIn(world, {}, { schoolIds: [SCHOOL_A] });
    expect((await refusal(world.inbox.setStatus(actor(ILSE), request.id, 'NIEUW'))).fields).toEqual(['status']);
    expect((await refusal(world.inbox.setStatus(actor(DIRK), request.id, 'AFGEROND'))).code).toBe('FORBIDDEN');
    expect(await world.inbox.setStatus(actor(ILSE), request.id, 'AFGEROND')).toMatchObject({ status: 'AFGEROND', closedAt: world.clock.now() });
    expect(world.events.pop()).toMatchObject({ payload: { kind: 'status', requestId: request.id } });
  });
});
