import { pickRule } from './loket-intake.service';
import { hashToken } from './loket-tokens';
import { RoutingRule } from './loket.types';
import { actor, ILSE, intakeInput, loketWorld, LoketWorld, refusal, REGION, SCHOOL_A, SCHOOL_B } from './testing/loket-fakes';

// The public form: a signed, single-use form token at least 3 seconds old, every field checked,
// a honeypot, rate limits, the routing rules, duplicate detection and the confirmation e-mail.

const submitted = async (world: LoketWorld, over = {}, clientKey = '203.0.113.9') => {
  const formToken = world.intake.formToken();
  world.advance(5000);
  return world.intake.submit({ ...intakeInput(over), formToken }, clientKey);
};

describe('LoketIntakeService', () => {
  it('stores a request, mails the private status link and tells the company so', async () => {
    const world = loketWorld();
    expect(await submitted(world, { message: 'Een gastles over brood' })).toEqual({ message: expect.stringContaining('Je aanvraag is ontvangen') });
    const [request] = world.repo.requests;
    expect(request).toMatchObject({ status: 'NIEUW', contactEmail: 'anouk@korrel.example', type: 'GASTLES', ownerId: null });
    const mail = world.jobs.find((j) => j.key === `loket-intake:${request.id}`)?.payload as { to: string; text: string };
    const token = /loket\/status\/(\S+)/.exec(mail.text)?.[1] as string;
    expect(hashToken(token)).toBe(request.tokenHash);
    expect(world.repo.messages.map((m) => [m.author, m.body])).toEqual([['BEDRIJF', 'Een gastles over brood']]);
    expect(world.events).toEqual([{ name: 'loket.changed', payload: expect.objectContaining({ regionId: REGION, requestId: request.id, kind: 'request.created' }) }]);
  });

  it('refuses a form sent too fast, a forged or expired token, and a token used before', async () => {
    const world = loketWorld();
    const fast = world.intake.formToken();
    world.advance(1000);
    expect(await refusal(world.intake.submit({ ...intakeInput(), formToken: fast }, 'ip'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['formToken'],
      message: expect.stringContaining('te snel'),
    });
    const [time, id] = fast.split('.');
    expect((await refusal(world.intake.submit({ ...intakeInput(), formToken: `${time}.${id}.forged` }, 'ip'))).message).toContain('ongeldig');
    world.advance(25 * 3600 * 1000);
    expect((await refusal(world.intake.submit({ ...intakeInput(), formToken: fast }, 'ip'))).message).toContain('verlopen');
    const once = world.intake.formToken();
    world.advance(5000);
    await world.intake.submit({ ...intakeInput(), formToken: once }, 'ip');
    expect(await refusal(world.intake.submit({ ...intakeInput(), formToken: once }, 'ip'))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('al verstuurd') });
    expect(world.repo.requests).toHaveLength(1);
  });

  it('lists every wrong field at once', async () => {
    const world = loketWorld();
    const bad = { kvk: '1234', contactEmail: 'geen-adres', contactPhone: 'bel me', type: 'KOFFIE', periodStart: '2027-03-01', periodEnd: '2027-02-01', capacity: 0, consent: false };
    expect((await refusal(submitted(world, bad))).fields).toEqual(['kvk', 'contactEmail', 'contactPhone', 'type', 'periodEnd', 'capacity', 'consent']);
  });

  it('answers a filled honeypot as usual and stores nothing', async () => {
    const world = loketWorld();
    expect((await submitted(world, { website: 'http://spam.example' })).message).toContain('ontvangen');
    expect(world.repo.requests).toHaveLength(0);
    expect(world.jobs).toHaveLength(0);
  });

  it('rate-limits per address (and three times as much per client IP) with RATE_LIMITED', async () => {
    const world = loketWorld();
    for (let i = 0; i < 3; i++) await submitted(world, { kvk: `1111111${i}` }, `ip-${i}`);
    expect(await refusal(submitted(world, { kvk: '22222222' }, 'ip-9'))).toMatchObject({ code: 'RATE_LIMITED' });
    world.advance(16 * 60 * 1000);
    await submitted(world, { kvk: '22222222' }, 'ip-9');
    expect(world.repo.requests).toHaveLength(4);
  });

  it('routes by the most specific rule, records the schools’ approach and notifies owner and schools', async () => {
    const world = loketWorld();
    await world.routing.addRule(actor(ILSE), { regionId: REGION, assigneeId: ILSE, schoolIds: [] });
    await world.routing.addRule(actor(ILSE), { regionId: REGION, requestType: 'GASTLES', sector: 'food', assigneeId: ILSE, schoolIds: [SCHOOL_A] });
    const request = await world.intake.seedRequest(intakeInput());
    expect(request).toMatchObject({ ownerId: ILSE, schoolIds: [SCHOOL_A] });
    expect(world.repo.contacts).toEqual([expect.objectContaining({ schoolId: SCHOOL_A, channel: 'LOKET', requestId: request.id })]);
    expect(world.notified.map((n) => n.kind)).toEqual(['loket.school-split', 'loket.assigned']);
  });

  it('flags a likely duplicate of an open request of the same company and keeps what was typed', async () => {
    const world = loketWorld();
    const first = await world.intake.seedRequest(intakeInput({ period: 'voorjaar 2027' }));
    const second = await world.intake.seedRequest(intakeInput({ companyName: 'De Korrel BV', period: 'voorjaar 2027', contactEmail: 'b@korrel.example' }));
    const stored = await world.repo.findRequestById(second.id);
    expect(stored).toMatchObject({ duplicateOfId: first.id, companyId: first.companyId, submittedCompany: { name: 'De Korrel BV', sector: 'Food', location: 'Harderwijk' } });
    expect(world.repo.companies).toHaveLength(1);
    expect(world.repo.messages.some((m) => m.requestId === second.id && m.author === 'NOTITIE' && m.body.includes(first.reference))).toBe(true);
    expect(world.repo.messages.find((m) => m.requestId === second.id && m.author === 'NOTITIE')?.body).toContain('hetzelfde bedrijf (KvK-nummer 12345678)');
  });

  it('does not call a company with the same name but another KvK number "hetzelfde bedrijf"', async () => {
    const world = loketWorld();
    const first = await world.intake.seedRequest(intakeInput({ period: 'voorjaar 2027' }));
    const second = await world.intake.seedRequest(intakeInput({ kvk: '87654321', period: 'voorjaar 2027', contactEmail: 'b@korrel.example' }));
    expect(await world.repo.findRequestById(second.id)).toMatchObject({ duplicateOfId: first.id });
    const note = world.repo.messages.find((m) => m.requestId === second.id && m.author === 'NOTITIE')?.body;
    expect(note).toBe(`Mogelijk dubbel met ${first.reference}: een bedrijf met dezelfde naam maar een ander KvK-nummer (12345678), een vergelijkbare vraag en een overlappende periode.`);
  });

  it('answers NOT_FOUND for an unknown region', async () => {
    const world = loketWorld();
    expect((await refusal(world.intake.intakeRegion('nergens'))).code).toBe('NOT_FOUND');
    expect(await world.intake.intakeRegion('noord')).toEqual({ id: REGION, slug: 'noord', name: 'Noord' });
  });
});

describe('pickRule', () => {
  const rule = (id: string, requestType: RoutingRule['requestType'], sector: string | null, created: string): RoutingRule => ({
    id,
    regionId: REGION,
    requestType,
    sector,
    assigneeId: ILSE,
    schoolIds: [SCHOOL_B],
    createdAt: new Date(created),
  });
  const rules = [
    rule('any', null, null, '2027-01-01'),
    rule('sector', null, 'Zorg', '2027-01-01'),
    rule('type', 'GASTLES', null, '2027-01-02'),
    rule('type-older', 'GASTLES', null, '2027-01-01'),
    rule('both', 'GASTLES', ' zorg ', '2027-01-03'),
  ];

  it('prefers type and sector, then type (oldest first), then sector, then the catch-all', () => {
    expect(pickRule(rules, 'GASTLES', 'ZORG')?.id).toBe('both');
    expect(pickRule(rules, 'GASTLES', 'Bouw')?.id).toBe('type-older');
    expect(pickRule(rules, 'EXCURSIE', 'zorg')?.id).toBe('sector');
    expect(pickRule(rules, 'EXCURSIE', null)?.id).toBe('any');
    expect(pickRule([], 'EXCURSIE', null)).toBeNull();
  });
});
