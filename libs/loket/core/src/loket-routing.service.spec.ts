import { actor, BRAM, DIRK, ILSE, loketWorld, OUTSIDER, refusal, REGION, requestIn, SCHOOL_A, SCHOOL_B, SCHOOL_ELSEWHERE } from './testing/loket-fakes';

// Routing rules, assigning and splitting a request, and merging a duplicate: staff of the region only.

describe('LoketRoutingService: rules', () => {
  it('adds a rule for staff, with a loket person of the region and schools of the region', async () => {
    const world = loketWorld();
    const rule = await world.routing.addRule(actor(ILSE), { regionId: REGION, requestType: 'GASTLES', sector: ' Zorg ', assigneeId: BRAM, schoolIds: [SCHOOL_A, SCHOOL_A] });
    expect(rule).toMatchObject({ requestType: 'GASTLES', sector: 'Zorg', assigneeId: BRAM, schoolIds: [SCHOOL_A] });
    expect((await world.routing.rules(actor(ILSE), REGION)).map((r) => r.id)).toEqual([rule.id]);
    const bad = await refusal(world.routing.addRule(actor(ILSE), { regionId: REGION, requestType: 'KOFFIE', assigneeId: DIRK, schoolIds: [SCHOOL_ELSEWHERE] }));
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['requestType', 'assigneeId', 'schoolIds'] });
    const many = Array.from({ length: 21 }, (_, i) => `20000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`);
    expect((await refusal(world.routing.addRule(actor(ILSE), { regionId: REGION, assigneeId: ILSE, schoolIds: many }))).fields).toEqual(['schoolIds', 'schoolIds']);
  });

  it('refuses rules to everyone but the region’s staff', async () => {
    const world = loketWorld();
    expect((await refusal(world.routing.rules(actor(DIRK), REGION))).code).toBe('FORBIDDEN');
    expect((await refusal(world.routing.addRule(actor(OUTSIDER), { regionId: REGION, assigneeId: ILSE, schoolIds: [] }))).code).toBe('FORBIDDEN');
    const rule = await world.routing.addRule(actor(ILSE), { regionId: REGION, assigneeId: ILSE, schoolIds: [] });
    expect((await refusal(world.routing.deleteRule(actor(OUTSIDER), rule.id))).code).toBe('FORBIDDEN');
    expect(await world.routing.deleteRule(actor(BRAM), rule.id)).toBe(true);
    expect((await refusal(world.routing.deleteRule(actor(BRAM), rule.id))).code).toBe('NOT_FOUND');
    expect((await refusal(world.routing.rules(actor(ILSE), 'noord'))).code).toBe('NOT_FOUND');
  });
});

describe('LoketRoutingService: assigning and merging', () => {
  it('assigns an owner and splits to schools; the new schools are recorded and told', async () => {
    const world = loketWorld();
    const request = await requestIn(world);
    const assigned = await world.routing.assign(actor(ILSE), request.id, { ownerId: BRAM, schoolIds: [SCHOOL_A] });
    expect(assigned).toMatchObject({ ownerId: BRAM, schoolIds: [SCHOOL_A] });
    expect(world.repo.contacts.map((c) => c.schoolId)).toEqual([SCHOOL_A]);
    expect(world.notified.map((n) => [n.kind, n.personIds])).toEqual([
      ['loket.school-split', [DIRK]],
      ['loket.assigned', [BRAM]],
    ]);
    expect(world.repo.messages.pop()?.body).toBe('Toegewezen aan Bram (beheerder) met School A.');
    expect((await world.access.readableRequest(actor(DIRK), request.id)).id).toBe(request.id);
  });

  it('hands a request over with or without a reason ("Reden (optioneel)"), and refuses school contacts', async () => {
    const world = loketWorld();
    const request = await requestIn(world, {}, { ownerId: ILSE, schoolIds: [SCHOOL_A] });
    expect((await refusal(world.routing.assign(actor(DIRK), request.id, { ownerId: ILSE, schoolIds: [] }))).code).toBe('FORBIDDEN');
    await world.routing.assign(actor(ILSE), request.id, { ownerId: BRAM, schoolIds: [] });
    expect(world.repo.messages.pop()?.body).toBe('Toegewezen aan Bram (beheerder).');
    await world.routing.assign(actor(BRAM), request.id, { ownerId: ILSE, schoolIds: [SCHOOL_A], reason: 'Vakantie' });
    expect(world.repo.messages.pop()?.body).toBe('Toegewezen aan Ilse (loket) met School A. Reden: Vakantie');
  });

  it('merges a duplicate: history moves, the source closes, the schools join', async () => {
    const world = loketWorld();
    const target = await requestIn(world, { message: 'Eerste' }, { schoolIds: [SCHOOL_A] });
    const source = await requestIn(world, { message: 'Tweede', contactEmail: 'b@korrel.example' }, { schoolIds: [SCHOOL_B] });
    expect((await refusal(world.routing.merge(actor(ILSE), source.id, source.id))).fields).toEqual(['intoId']);
    const merged = await world.routing.merge(actor(ILSE), source.id, target.id);
    expect(merged).toMatchObject({ id: target.id, schoolIds: [SCHOOL_A, SCHOOL_B], duplicateOfId: null });
    expect(await world.repo.findRequestById(source.id)).toMatchObject({ status: 'AFGEROND', mergedIntoId: target.id, closedAt: world.clock.now() });
    expect((await world.repo.listMessages(target.id)).map((m) => m.body)).toEqual(['Eerste', expect.stringContaining('Mogelijk dubbel'), 'Tweede', expect.stringContaining('is hierin samengevoegd')]);
    expect((await refusal(world.routing.merge(actor(ILSE), source.id, target.id))).code).toBe('CONFLICT');
  });
});
