import { actor, BRAM, DIRK, DOCENT, ILSE, loketWorld, OUTSIDER, refusal, REGION, requestIn, SCHOOL_A, SCHOOL_B } from './testing/loket-fakes';

// One access decision for a request: staff of the region see everything, a member of a school the
// request is split to handles it as that school, everyone else is refused without learning much.

describe('LoketAccessService', () => {
  it('gives staff everything, a contact of a split school "school", and others nothing', async () => {
    const world = loketWorld();
    const split = { regionId: REGION, schoolIds: [SCHOOL_A] };
    expect(world.access.requestAccess(actor(ILSE), split)).toBe('staff');
    expect(world.access.requestAccess(actor(BRAM), split)).toBe('staff');
    expect(world.access.requestAccess(actor(DIRK), split)).toBe('school');
    expect(world.access.requestAccess(actor(DOCENT), split)).toBeNull();
    expect(world.access.requestAccess(actor(OUTSIDER), split)).toBeNull();
    expect(world.access.ownSchoolIds(actor(DIRK), REGION)).toEqual([SCHOOL_A]);
  });

  it('answers NOT_FOUND for malformed and unknown ids and for requests not split to the contact’s school', async () => {
    const world = loketWorld();
    const request = await requestIn(world, {}, { schoolIds: [SCHOOL_A] });
    expect((await refusal(world.access.readableRequest(actor(ILSE), 'not-a-uuid'))).code).toBe('NOT_FOUND');
    expect((await refusal(world.access.readableRequest(actor(ILSE), '40000000-0000-4000-8000-000000000000'))).code).toBe('NOT_FOUND');
    expect((await refusal(world.access.readableRequest(actor(DOCENT), request.id))).code).toBe('NOT_FOUND');
    expect((await world.access.readableRequest(actor(DIRK), request.id)).id).toBe(request.id);
  });

  it('refuses people of other regions (FORBIDDEN) and school contacts for staff operations', async () => {
    const world = loketWorld();
    const request = await requestIn(world, {}, { schoolIds: [SCHOOL_B] });
    expect((await refusal(world.access.readableRequest(actor(OUTSIDER), request.id))).code).toBe('FORBIDDEN');
    expect((await refusal(world.access.getRequest(actor(DOCENT), request.id))).code).toBe('FORBIDDEN');
    expect((await world.access.accessRequest(actor(DOCENT), request.id, 'read')).access).toBe('school');
    expect((await world.access.getRequest(actor(ILSE), request.id)).id).toBe(request.id);
  });

  it('shows a company to members of its region only', async () => {
    const world = loketWorld();
    const request = await requestIn(world);
    expect((await world.access.memberCompany(actor(DOCENT), request.companyId)).name).toBe('Bakkerij De Korrel');
    expect((await refusal(world.access.memberCompany(actor(OUTSIDER), request.companyId))).code).toBe('FORBIDDEN');
    expect((await refusal(world.access.memberCompany(actor(ILSE), 'x'))).code).toBe('NOT_FOUND');
  });
});
