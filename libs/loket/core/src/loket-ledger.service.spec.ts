import { actor, BRAM, DIRK, DOCENT, ILSE, loketWorld, OUTSIDER, refusal, REGION, requestIn, SCHOOL_A, SCHOOL_B, SCHOOL_ELSEWHERE } from './testing/loket-fakes';

// The contact ledger: who approached a company this calendar month (Europe/Amsterdam), and the
// region's monthly limit as a warning or a block.

describe('LoketLedgerService', () => {
  it('lists the region’s companies for its members', async () => {
    const world = loketWorld();
    await requestIn(world);
    expect((await world.ledger.companies(actor(DOCENT), REGION, 'korrel')).map((c) => c.name)).toEqual(['Bakkerij De Korrel']);
    expect((await refusal(world.ledger.companies(actor(OUTSIDER), REGION))).code).toBe('FORBIDDEN');
    expect((await refusal(world.ledger.companies(actor(DOCENT), REGION, 'x'.repeat(101)))).fields).toEqual(['search']);
  });

  it('lets a school log its own approaches, staff any school of the region', async () => {
    const world = loketWorld();
    const { companyId } = await requestIn(world);
    expect((await world.ledger.logContact(actor(DIRK), { companyId, schoolId: SCHOOL_A, note: 'Gebeld' })).warning).toBeNull();
    expect((await refusal(world.ledger.logContact(actor(DIRK), { companyId, schoolId: SCHOOL_B }))).code).toBe('FORBIDDEN');
    expect((await world.ledger.logContact(actor(ILSE), { companyId, schoolId: SCHOOL_B })).contact).toMatchObject({ channel: 'HANDMATIG', personId: ILSE, schoolId: SCHOOL_B });
    expect((await refusal(world.ledger.logContact(actor(BRAM), { companyId, schoolId: SCHOOL_ELSEWHERE }))).fields).toEqual(['schoolIds']);
  });

  it('warns at the monthly limit, or refuses with CONTACT_LIMIT_REACHED in block mode', async () => {
    const world = loketWorld();
    const { companyId } = await requestIn(world);
    await world.ledger.logContact(actor(DIRK), { companyId, schoolId: SCHOOL_A });
    await world.ledger.logContact(actor(DIRK), { companyId, schoolId: SCHOOL_A });
    expect((await world.ledger.logContact(actor(DIRK), { companyId, schoolId: SCHOOL_A })).warning).toContain('al 2 keer benaderd');
    world.config.loket.contactLimitMode = 'block';
    expect((await refusal(world.ledger.logContact(actor(DIRK), { companyId, schoolId: SCHOOL_A }))).code).toBe('CONTACT_LIMIT_REACHED');
    expect(world.repo.contacts).toHaveLength(3);
  });

  it('counts the calendar month in Amsterdam time', async () => {
    const world = loketWorld('2027-01-31T22:30:00Z'); // 23:30 on 31 January in Amsterdam
    const { companyId } = await requestIn(world);
    await world.ledger.logContact(actor(DIRK), { companyId, schoolId: SCHOOL_A });
    world.setNow('2027-01-31T23:30:00Z'); // 00:30 on 1 February in Amsterdam, still January in UTC
    expect(await world.ledger.contactsThisMonth(actor(DIRK), companyId)).toEqual([]);
    await world.ledger.logContact(actor(DIRK), { companyId, schoolId: SCHOOL_A });
    expect(await world.ledger.contactsThisMonth(actor(DIRK), companyId)).toHaveLength(1);
  });
});
