// Retention runs by itself, per kind, driven by the application clock (CLOCK_OFFSET_DAYS), not by
// waiting: the API runs on today's clock while people sign in (and fail to; through a real OpenID
// Provider a second account of the same person asks to be linked), sign up for the newsletter, get
// e-mails (files without SMTP) and notifications, a consent for a story is withdrawn, and a stored
// file loses its row; then the same data is started with the clock 400 days ahead. The retention run of that boot
// removes each kind, counts it in verbinder_retention_removed{kind}, and the rows and files are gone.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { getFreePort, GraphqlHttpClient } from '../support/api-process';
import { signedIn } from '../support/fixtures';
import { loginThroughProvider, type OidcProviderHandle, runOidcLogin, startOidcProvider } from '../support/oidc';
import { restartableApi, TEST_DRIVER } from '../support/restartable-api';
import { waitFor } from '../support/timing';

const OIDC_CLIENT = { clientId: 'verbinder-retention', clientSecret: randomBytes(24).toString('hex') };
/** Sanne's second account at the provider (its subject is the whole login name): a link request she never confirms. */
const SECOND_ACCOUNT = 'sanne.devries@example.org?sub=tweede-account-van-sanne';

describe(`retention on the application clock (${TEST_DRIVER})`, () => {
  let provider: OidcProviderHandle | null = null;
  let port = 0;
  const server = restartableApi('retention', { OUTBOX_POLL_MS: '100', OIDC_CLIENT_ID: OIDC_CLIENT.clientId, OIDC_CLIENT_SECRET: OIDC_CLIENT.clientSecret });
  beforeAll(async () => {
    // the provider must know the API's callback, so the first boot's port is chosen first
    port = await getFreePort();
    provider = await startOidcProvider({ ...OIDC_CLIENT, redirectUri: `http://127.0.0.1:${port}/auth/oidc/callback` });
  }, 60_000);
  afterAll(() => provider?.stop());
  const withProvider = (env: Record<string, string>) => ({ OIDC_ISSUER_URL: (provider as OidcProviderHandle).issuer, ...env });
  const orphan = randomBytes(64);
  const orphanSha = createHash('sha256').update(orphan).digest('hex');

  /** verbinder_retention_removed{kind} of the running API. */
  const removedByKind = async (): Promise<Record<string, number>> => {
    const text = await (await fetch(`${server.api.url}/metrics`)).text();
    const out: Record<string, number> = {};
    for (const match of text.matchAll(/^verbinder_retention_removed\{([^}]*)\} (\d+)/gm)) {
      const kind = /kind="([^"]+)"/.exec(match[1])?.[1];
      if (kind) out[kind] = Number(match[2]);
    }
    return out;
  };

  it('removes expired sessions, sign-in attempts, reset links, OIDC link requests, newsletter sign-ups, ended story consents, notifications, e-mail jobs, mail files and orphaned files, anonymises closed loket requests and erases people who left', async () => {
    // retention every second today, so the departure below is noted before the clock moves on
    const url = (await server.boot(withProvider({ RETENTION_INTERVAL_MS: '1000' }), port)).url;
    // Sanne signs in at the school's provider (her first account is linked); her second account with the same
    // address is not linked silently but waits for her confirmation, which never comes.
    await loginThroughProvider(url, 'sanne.devries@example.org');
    expect((await runOidcLogin(url, SECOND_ACCOUNT)).location?.href).toBe(`${url}/inloggen?fout=oidc-bevestigen`);
    // A consent for a story, withdrawn today: the record stays as proof for a year, then goes.
    const redacteur = await signedIn(url, 'redacteur');
    const { regions: own } = await redacteur.request<{ regions: Array<{ id: string; slug: string }> }>('{ regions { id slug } }');
    const storyRegion = (own.find((r) => r.slug === 'noord-west-veluwe') as { id: string }).id;
    const { createStory } = await redacteur.request<{ createStory: { id: string } }>('mutation($input: CreateStoryInput!) { createStory(input: $input) { id } }', {
      input: { regionId: storyRegion, title: 'Bewaartermijn van een toestemming', lead: 'Een verhaal met iemand in beeld.', body: '<p>Tekst.</p>', audience: ['OUDERS'] },
    });
    const { addStoryPerson } = await redacteur.request<{ addStoryPerson: { id: string } }>(
      'mutation($s: ID!) { addStoryPerson(storyId: $s, input: { name: "Toestemming Ingetrokken", isPupil: false, inPhoto: true }) { id } }',
      { s: createStory.id },
    );
    const { recordStoryConsent } = await redacteur.request<{ recordStoryConsent: { id: string } }>('mutation($input: RecordStoryConsentInput!) { recordStoryConsent(input: $input) { id } }', {
      input: { storyPersonId: addStoryPerson.id, givenByName: 'Toestemming Ingetrokken', relation: 'ZELF', scope: 'THIS_STORY' },
    });
    await redacteur.request('mutation($id: ID!, $r: String!) { withdrawStoryConsent(id: $id, reason: $r) { consent { id } } }', { id: recordStoryConsent.id, r: 'Per e-mail ingetrokken' });
    // today: a session, a failed sign-in, an unconfirmed newsletter sign-up with its e-mail (a job and a file)
    await signedIn(url, 'docent');
    expect((await new GraphqlHttpClient(url).signIn('youssef.elamrani@example.org', 'niet-het-wachtwoord')).errors?.[0]?.extensions?.['code']).toBeDefined();
    // a loket request closed today
    const loket = await signedIn(url, 'loket');
    const { regions } = await loket.request<{ regions: Array<{ id: string; slug: string }> }>('{ regions { id slug } }');
    const regionId = (regions.find((r) => r.slug === 'noord-west-veluwe') as { id: string }).id;
    const { loketRequests } = await loket.request<{ loketRequests: Array<{ id: string; company: { name: string } }> }>('query($r: ID!) { loketRequests(regionId: $r) { id company { name } } }', {
      r: regionId,
    });
    const bakery = loketRequests.find((r) => r.company.name === 'Bakkerij De Zandkorrel') as { id: string };
    await loket.request('mutation($id: ID!) { setLoketRequestStatus(id: $id, status: AFGEROND) { id } }', { id: bakery.id });
    // a password reset link (a hash of it) for someone who signs in with a password
    await (await signedIn(url, 'beheerder')).request('mutation { createPerson(input: { name: "Wachtwoord Vergeten", email: "vergeten@school.example", password: "lang-genoeg-wachtwoord" }) { id } }');
    expect((await new GraphqlHttpClient(url).query('mutation { requestPasswordReset(email: "vergeten@school.example") }')).errors).toBeUndefined();
    const signUp = await fetch(`${url}/publiek/noord-west-veluwe/nieuwsbrief`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'bewaartermijn@ouders.example' }).toString(),
    });
    expect(signUp.status).toBe(200);
    const mailDir = join(server.dataDir, 'mail');
    const mailsTo = (to: string) => (existsSync(mailDir) ? readdirSync(mailDir).filter((name) => readFileSync(join(mailDir, name), 'utf8').includes(to)) : []);
    // the answer to a reset request does not wait for the link (the same answer for unknown addresses): its mail tells it exists
    await waitFor('the confirmation and reset mail files', async () => mailsTo('bewaartermijn@ouders.example').length > 0 && mailsTo('vergeten@school.example').length > 0, 20_000);
    // the today's retention run found nothing of this to remove
    expect((await removedByKind())['newsletterSignUps'] ?? 0).toBe(0);
    // someone who leaves: their only membership ends; the next run notes the departure
    const admin = await signedIn(url, 'beheerder');
    const { createPerson: leaver } = await admin.request<{ createPerson: { id: string } }>(
      'mutation { createPerson(input: { name: "Vertrokken Collega", email: "vertrokken@school.example" }) { id } }',
    );
    const { addMembership } = await admin.request<{ addMembership: { id: string } }>(
      'mutation($p: ID!, $r: ID!) { addMembership(input: { personId: $p, regionId: $r, role: DOCENT, layer: PROFESSIONEEL }) { id } }',
      { p: leaver.id, r: regionId },
    );
    // (the boot's first run may already have noted others, e.g. people invited who never came: count from here)
    const notedBefore = (await removedByKind())['departuresNoted'] ?? 0;
    await admin.request('mutation($id: ID!) { removeMembership(id: $id) }', { id: addMembership.id });
    await waitFor('the departure to be noted', async () => ((await removedByKind())['departuresNoted'] ?? 0) > notedBefore, 30_000);
    await server.stop();

    // A stored file that no row names (its upload died between the file and the row).
    const filesDir = join(server.dataDir, 'files', orphanSha.slice(0, 2));
    mkdirSync(filesDir, { recursive: true });
    writeFileSync(join(filesDir, orphanSha), orphan);
    // written two days ago (the sweep's margin is on real file times, a day)
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    utimesSync(join(filesDir, orphanSha), twoDaysAgo, twoDaysAgo);

    // 400 days on: the boot's retention run removes each kind.
    const futureBoot = new Date();
    // (loket requests are anonymised 12 months after they were closed, here)
    await server.boot(withProvider({ CLOCK_OFFSET_DAYS: '400', LOKET_RETENTION_MONTHS: '12', DEPARTED_RETENTION_MONTHS: '12' }));
    const removed = await waitFor(
      'the retention run of the boot 400 days on',
      async () => {
        const counts = await removedByKind();
        return (counts['newsletterSignUps'] ?? 0) > 0 ? counts : null;
      },
      60_000,
    );
    for (const kind of [
      'sessions',
      'rateLimitAttempts',
      'passwordResetLinks',
      'oidcLinkRequests',
      'loketRequestsAnonymised',
      'newsletterSignUps',
      'storyConsents',
      'notifications',
      'outboxJobs',
      'mailFiles',
      'orphanedFiles',
      'departedPeopleErased',
    ]) {
      expect({ kind, removed: (removed[kind] ?? 0) > 0 }).toEqual({ kind, removed: true });
    }
    // the colleague who left 400 days ago is erased (the pseudonym stays)
    const later = await signedIn(server.api.url, 'beheerder');
    await waitFor(
      'the erasure of the colleague who left',
      async () =>
        (await later.request<{ personErasure: { completedAt: string | null } | null }>('query($p: ID!) { personErasure(personId: $p) { completedAt } }', { p: leaver.id })).personErasure?.completedAt,
      60_000,
    );
    expect((await later.request<{ person: { name: string } }>('query($p: ID!) { person(id: $p) { name } }', { p: leaver.id })).person.name).toBe('Oud-deelnemer');
    // a document that is still named keeps its file; the orphan is gone
    expect(existsSync(join(filesDir, orphanSha))).toBe(false);
    expect(
      readdirSync(join(server.dataDir, 'files'))
        .filter((name) => /^[0-9a-f]{2}$/.test(name))
        .flatMap((prefix) => readdirSync(join(server.dataDir, 'files', prefix))).length,
    ).toBeGreaterThan(0);
    await server.stop();

    const database = await server.openDatabase();
    try {
      const count = async (query: ReturnType<typeof sql>) => Number(((await database.db.execute(query)) as unknown as { rows: Array<{ n: unknown }> }).rows[0].n);
      // Only what the boot 400 days on wrote itself (reminders it sent) may be left.
      expect(await count(sql`select count(*) as n from newsletter_subscriptions where email = 'bewaartermijn@ouders.example'`)).toBe(0);
      expect(await count(sql`select count(*) as n from rate_limit_attempts where key like '%youssef.elamrani@example.org%'`)).toBe(0);
      expect(await count(sql`select count(*) as n from sessions where created_at < ${futureBoot.toISOString()}`)).toBe(0);
      expect(await count(sql`select count(*) as n from outbox where status = 'done' and created_at < ${futureBoot.toISOString()}`)).toBe(0);
      // the link request is gone, Sanne's confirmed link stays; the withdrawn consent is gone, the story and its person stay
      expect(await count(sql`select count(*) as n from oidc_identities where confirmed_at is null`)).toBe(0);
      expect(await count(sql`select count(*) as n from oidc_identities where subject = 'sanne.devries@example.org'`)).toBe(1);
      expect(await count(sql`select count(*) as n from story_consents where subject_name = 'Toestemming Ingetrokken'`)).toBe(0);
      expect(await count(sql`select count(*) as n from story_people where name = 'Toestemming Ingetrokken' and consent_id is null`)).toBe(1);
    } finally {
      await database.close();
    }
  }, 300_000);
});
