import { actor, DIRK, DOCENT, ILSE, loketWorld, OUTSIDER, refusal, REGION, OTHER_REGION } from './testing/loket-fakes';

// Canned replies: kept by the loket's staff, one title per region, read by school contacts too.

describe('LoketCannedRepliesService', () => {
  it('creates and changes replies for staff, with unique titles per region', async () => {
    const world = loketWorld();
    const reply = await world.cannedReplies.saveCannedReply(actor(ILSE), { regionId: REGION, title: ' Ontvangst ', body: 'Dank je wel' });
    expect(reply).toMatchObject({ title: 'Ontvangst', body: 'Dank je wel' });
    expect(await world.cannedReplies.saveCannedReply(actor(ILSE), { id: reply.id, regionId: REGION, title: 'Ontvangst', body: 'Dank!' })).toMatchObject({ id: reply.id, body: 'Dank!' });
    expect(await refusal(world.cannedReplies.saveCannedReply(actor(ILSE), { regionId: REGION, title: 'ONTVANGST', body: 'x' }))).toMatchObject({ code: 'CONFLICT' });
    expect((await refusal(world.cannedReplies.saveCannedReply(actor(ILSE), { regionId: REGION, title: '', body: 'y'.repeat(4001) }))).fields).toEqual(['title', 'body']);
    const inBoth = { ...actor(ILSE), memberships: [...actor(ILSE).memberships, { regionId: OTHER_REGION, schoolId: null, role: 'LOKET_MEDEWERKER' as const }] };
    expect((await refusal(world.cannedReplies.saveCannedReply(inBoth, { id: reply.id, regionId: OTHER_REGION, title: 'a', body: 'b' }))).code).toBe('NOT_FOUND');
    expect((await refusal(world.cannedReplies.saveCannedReply(actor(ILSE), { id: reply.id, regionId: OTHER_REGION, title: 'a', body: 'b' }))).code).toBe('FORBIDDEN');
  });

  it('shows them to staff and school contacts, changes them for staff only', async () => {
    const world = loketWorld();
    const reply = await world.cannedReplies.saveCannedReply(actor(ILSE), { regionId: REGION, title: 'Ontvangst', body: 'Dank je wel' });
    expect((await world.cannedReplies.cannedReplies(actor(DIRK), REGION)).map((r) => r.id)).toEqual([reply.id]);
    expect(await world.cannedReplies.cannedReplies(actor(DOCENT), REGION)).toHaveLength(1);
    expect((await refusal(world.cannedReplies.cannedReplies(actor(OUTSIDER), REGION))).code).toBe('FORBIDDEN');
    expect((await refusal(world.cannedReplies.saveCannedReply(actor(DIRK), { regionId: REGION, title: 'Mijn', body: 'x' }))).code).toBe('FORBIDDEN');
    expect((await refusal(world.cannedReplies.deleteCannedReply(actor(DIRK), reply.id))).code).toBe('FORBIDDEN');
    expect(await world.cannedReplies.deleteCannedReply(actor(ILSE), reply.id)).toBe(true);
    expect((await refusal(world.cannedReplies.deleteCannedReply(actor(ILSE), reply.id))).code).toBe('NOT_FOUND');
  });
});
