import { COMPANY_SESSION_DAYS } from './loket-company.service';
import { actor, ILSE, intakeInput, loketWorld, LoketWorld, refusal, REGION } from './testing/loket-fakes';

// The company's side without an account: the status link of one request, and a magic-link
// sign-in for returning companies with a signed session cookie.

/** A request through the real intake, and the status-link token from its confirmation e-mail. */
async function withLink(world: LoketWorld, over = {}) {
  const request = await world.intake.seedRequest(intakeInput(over));
  const mail = world.jobs.find((j) => j.key === `loket-intake:${request.id}`)?.payload as { text: string };
  return { request, token: /loket\/status\/(\S+)/.exec(mail.text)?.[1] as string };
}

/** The sign-in token from the last sign-in e-mail. */
const signInToken = (world: LoketWorld) => {
  const mail = world.jobs.filter((j) => j.key.startsWith('loket-sign-in:')).pop()?.payload as { text: string };
  return /loket\/inloggen\/(\S+)/.exec(mail.text)?.[1] as string;
};

describe('LoketCompanyService: the status link', () => {
  it('answers NOT_FOUND with one message for short, unknown and guessed tokens', async () => {
    const world = loketWorld();
    await withLink(world);
    const short = await refusal(world.company.requestByToken('abc'));
    const guessed = await refusal(world.company.requestByToken('x'.repeat(43)));
    expect(short).toEqual(guessed);
    expect(short.code).toBe('NOT_FOUND');
    expect((await refusal(world.company.requestByToken('x'.repeat(101)))).code).toBe('NOT_FOUND');
  });

  it('shows the request without internal notes', async () => {
    const world = loketWorld();
    const { request, token } = await withLink(world, { message: 'Graag in maart' });
    await world.inbox.staffReply(actor(ILSE), request.id, 'Intern: bel de school', { internal: true });
    await world.inbox.staffReply(actor(ILSE), request.id, 'Welke dag past?');
    const view = await world.company.publicView(token);
    expect(view).toMatchObject({ company: { name: 'Bakkerij De Korrel' }, handlerName: 'Ilse (loket)', schoolNames: [] });
    expect(view.messages.map((m) => m.body)).toEqual(['Graag in maart', 'Welke dag past?']);
  });

  it('resumes a waiting request’s clock on the company’s reply, and refuses replies once it is closed', async () => {
    const world = loketWorld();
    const { request, token } = await withLink(world);
    await world.inbox.staffReply(actor(ILSE), request.id, 'Welke dag?', { waitForCompany: true });
    world.advance(3600 * 1000);
    await world.company.companyReply(token, 'Dinsdag');
    expect(await world.repo.findRequestById(request.id)).toMatchObject({ status: 'IN_BEHANDELING', pausedAt: null, pausedMs: 3600 * 1000 });
    expect(world.notified.pop()).toMatchObject({ personIds: [ILSE], kind: 'loket.reply' });
    expect((await refusal(world.company.companyReply(token, '   '))).fields).toEqual(['body']);
    await world.inbox.setStatus(actor(ILSE), request.id, 'AFGEROND');
    expect((await refusal(world.company.companyReply(token, 'Nog iets'))).code).toBe('CONFLICT');
  });
});

describe('LoketCompanyService: magic-link sign-in', () => {
  it('gives the same answer for known and unknown addresses and mails only known ones', async () => {
    const world = loketWorld();
    await withLink(world);
    const unknown = await world.company.requestSignIn('noord', 'nobody@example.org', 'ip');
    const known = await world.company.requestSignIn('noord', 'ANOUK@korrel.example', 'ip');
    expect(unknown).toBe(known);
    expect(world.jobs.filter((j) => j.key.startsWith('loket-sign-in:'))).toHaveLength(1);
    expect(world.repo.links[0]).toMatchObject({ regionId: REGION, email: 'anouk@korrel.example', expiresAt: new Date(world.clock.now().getTime() + 30 * 60000) });
    expect((await refusal(world.company.requestSignIn('nergens', 'not-an-address', 'ip'))).fields).toEqual(['email', 'regionSlug']);
  });

  it('rate-limits sign-in requests per address', async () => {
    const world = loketWorld();
    for (let i = 0; i < 3; i++) await world.company.requestSignIn('noord', 'a@b.example', `ip-${i}`);
    expect((await refusal(world.company.requestSignIn('noord', 'a@b.example', 'ip-4'))).code).toBe('RATE_LIMITED');
  });

  it('uses a link once, before it expires (LINK_INVALID, LINK_USED, LINK_EXPIRED)', async () => {
    const world = loketWorld();
    await withLink(world);
    expect((await refusal(world.company.consumeSignIn('y'.repeat(43)))).code).toBe('LINK_INVALID');
    await world.company.requestSignIn('noord', 'anouk@korrel.example', 'ip');
    const token = signInToken(world);
    expect(await world.company.consumeSignIn(token)).toEqual({ regionId: REGION, email: 'anouk@korrel.example' });
    expect((await refusal(world.company.consumeSignIn(token))).code).toBe('LINK_USED');
    await world.company.requestSignIn('noord', 'anouk@korrel.example', 'ip');
    world.advance(31 * 60000);
    expect((await refusal(world.company.consumeSignIn(signInToken(world)))).code).toBe('LINK_EXPIRED');
  });

  it('reads back its own session cookie, and nothing forged or expired', async () => {
    const world = loketWorld();
    const session = { regionId: REGION, email: 'anouk@korrel.example' };
    const cookie = world.company.companySessionCookie(session);
    expect(cookie.expiresAt.getTime() - world.clock.now().getTime()).toBe(COMPANY_SESSION_DAYS * 24 * 3600 * 1000);
    expect(world.company.readCompanySession(cookie.value)).toEqual(session);
    const [region, , expires, signature] = cookie.value.split('.');
    const other = Buffer.from('mallory@example.org').toString('base64url');
    expect(world.company.readCompanySession(`${region}.${other}.${expires}.${signature}`)).toBeNull();
    expect(world.company.readCompanySession(`${cookie.value}.extra`)).toBeNull();
    expect(world.company.readCompanySession(undefined)).toBeNull();
    world.advance(COMPANY_SESSION_DAYS * 24 * 3600 * 1000);
    expect(world.company.readCompanySession(cookie.value)).toBeNull();
  });

  it('shows a signed-in company its own requests only', async () => {
    const world = loketWorld();
    const { request } = await withLink(world);
    const { request: someoneElse } = await withLink(world, { kvk: '87654321', contactEmail: 'rik@elders.example' });
    const session = { regionId: REGION, email: 'anouk@korrel.example' };
    expect(await world.company.companyRequests(session)).toEqual({ regionName: 'Noord', requests: [expect.objectContaining({ id: request.id })] });
    expect((await world.company.companyView(session, ` ${request.reference.toLowerCase()} `)).request.id).toBe(request.id);
    expect((await refusal(world.company.companyView(session, someoneElse.reference))).code).toBe('NOT_FOUND');
    expect((await world.company.companySessionReply(session, request.reference, 'Aanvulling')).author).toBe('BEDRIJF');
    expect((await world.company.signInRegions()).map((r) => r.slug)).toEqual(['noord', 'zuid']);
  });
});
