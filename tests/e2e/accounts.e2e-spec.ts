// Account lifecycle (issue 14, finding 6) against the built API: password change, reset by e-mail
// link through the real SMTP server, the forced change after `admin:create`, and failed sign-ins
// that slow an attacker down without locking the owner or a whole school network out. Clients come
// from different loopback addresses (127.0.0.x) so the API sees different client IPs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { API_MAIN, createPgDatabase, GraphqlHttpClient, type PgDatabase } from '../support/api-process';
import { DEMO_PASSWORD } from '@verbinder/identity/core';
import { apiSuite } from '../support/api-suite';
import { DEMO_EMAIL } from '../support/fixtures';
import { postGraphqlFrom } from '../support/graphql-client';
import { type ReceivedMail } from '../support/smtp';

const { sanne: SANNE, youssef: YOUSSEF, marjolein: MARJOLEIN, bram: BRAM } = DEMO_EMAIL;
const ADMIN = 'nieuwe.beheerder@example.org';

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { authenticated mustChangePassword } }';
const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

/** One GraphQL POST from a chosen loopback address (the API's client IP), with an optional session cookie. */
const fromAddress = (apiUrl: string, localAddress: string, query: string, variables: Record<string, unknown>, cookie?: string) =>
  postGraphqlFrom(apiUrl, localAddress, query, variables, cookie ? { cookie } : {});

/** The token of the reset link in a mail (quoted-printable soft breaks undone). */
function resetTokenIn(mail: ReceivedMail): string {
  const text = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
  const match = /\/wachtwoord-herstellen#([A-Za-z0-9_-]{20,})/.exec(text);
  if (!match?.[1]) throw new Error(`no reset link in "${mail.subject}"`);
  return match[1];
}

describe('account lifecycle', () => {
  let pg: PgDatabase | undefined;
  let dataDir: string;
  let adminPassword = '';
  const suite = apiSuite({
    mail: true,
    timeoutMs: 240_000,
    // admin:create on the same database before the API runs (PGlite allows one process at a time).
    before: async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'verbinder-accounts-'));
      if (process.env['TEST_DB'] === 'postgres') pg = await createPgDatabase('verbinder_accounts');
      const database: Record<string, string> = pg ? { DATABASE_URL: pg.url } : {};
      const cli = spawnSync(process.execPath, [join(API_MAIN, '..', 'cli', 'create-admin.js'), '--name', 'Nieuwe Beheerder', '--email', ADMIN], {
        env: { PATH: process.env['PATH'], NODE_ENV: 'test', DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'warn', ...database },
        encoding: 'utf8',
        timeout: 110_000,
      });
      adminPassword = /Eenmalig wachtwoord: (\S+)/.exec(cli.stdout)?.[1] ?? '';
      if (!adminPassword) throw new Error(`admin:create printed no password: ${cli.stdout}\n${cli.stderr}`);
      return { dataDir, env: database, readyTimeoutMs: 110_000 };
    },
    after: async () => {
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });

  const url = () => suite.api.url;
  const client = () => new GraphqlHttpClient(url());
  const resetMailsTo = (address: string) => suite.smtp.messages.filter((m) => m.to.includes(address) && m.subject === 'Nieuw wachtwoord voor Verbinder');

  async function signedIn(email: string, password = DEMO_PASSWORD): Promise<GraphqlHttpClient> {
    const c = client();
    const result = await c.signIn(email, password);
    expect(result.errors).toBeUndefined();
    return c;
  }

  it('changes a password with the current one and ends the other sessions of that person', async () => {
    const here = await signedIn(YOUSSEF);
    const elsewhere = await signedIn(YOUSSEF);
    const change = (c: GraphqlHttpClient, current: string, next: string) =>
      c.query('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', { c: current, n: next });

    expect(codeOf(await change(client(), DEMO_PASSWORD, 'een-nieuw-wachtwoord'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await change(here, 'niet-mijn-wachtwoord', 'een-nieuw-wachtwoord'))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await change(here, DEMO_PASSWORD, 'kort'))).toBe('BAD_USER_INPUT');
    expect((await change(here, DEMO_PASSWORD, 'een-nieuw-wachtwoord')).data).toEqual({ changePassword: true });

    expect((await here.viewer()).person?.email).toBe(YOUSSEF);
    expect(await elsewhere.viewer()).toEqual({ authenticated: false, person: null });
    expect(codeOf(await client().signIn(YOUSSEF, DEMO_PASSWORD))).toBe('INVALID_CREDENTIALS');
    expect((await client().signIn(YOUSSEF, 'een-nieuw-wachtwoord')).data?.signIn.authenticated).toBe(true);
  }, 60_000);

  it('resets a password by a single-use e-mail link, with the same answer for an unknown address, and ends every session', async () => {
    const session = await signedIn(SANNE);
    const ask = (email: string) => client().query<{ requestPasswordReset: string }>('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: email });
    const unknown = await ask('niemand.bekend@example.org');
    const known = await ask(`  ${SANNE.toUpperCase()} `);
    expect(unknown.errors).toBeUndefined();
    expect(known.data?.requestPasswordReset).toBe(unknown.data?.requestPasswordReset);
    expect(codeOf(await ask('geen-adres'))).toBe('BAD_USER_INPUT');

    await suite.smtp.waitFor(() => resetMailsTo(SANNE).length === 1);
    const token = resetTokenIn(resetMailsTo(SANNE)[0]);
    const reset = (t: string, password: string) => client().query('mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }', { t, p: password });

    expect(codeOf(await reset(token, 'kort'))).toBe('BAD_USER_INPUT'); // does not use the link up
    expect(codeOf(await reset('x'.repeat(43), 'sanne-haar-nieuwe-wachtwoord'))).toBe('LINK_INVALID');
    expect((await reset(token, 'sanne-haar-nieuwe-wachtwoord')).data).toEqual({ resetPassword: true });
    expect(codeOf(await reset(token, 'nog-een-ander-wachtwoord'))).toBe('LINK_USED');

    expect(await session.viewer()).toEqual({ authenticated: false, person: null });
    expect(codeOf(await client().signIn(SANNE, DEMO_PASSWORD))).toBe('INVALID_CREDENTIALS');
    expect((await client().signIn(SANNE, 'sanne-haar-nieuwe-wachtwoord')).data?.signIn.authenticated).toBe(true);
    expect(suite.smtp.messages.some((m) => m.to.includes('niemand.bekend@example.org'))).toBe(false);
  }, 60_000);

  it("makes admin:create's printed password usable only to choose a new one", async () => {
    const admin = client();
    const first = await admin.query<{ signIn: { authenticated: boolean; mustChangePassword: boolean } }>(SIGN_IN, { e: ADMIN, p: adminPassword });
    expect(first.data?.signIn).toEqual({ authenticated: false, mustChangePassword: true });
    const viewer = await admin.request<{ viewer: { authenticated: boolean; mustChangePassword: boolean } }>('{ viewer { authenticated mustChangePassword } }');
    expect(viewer.viewer).toEqual({ authenticated: false, mustChangePassword: true });
    // A platform beheerder's session, but nothing works until the password is changed.
    expect(codeOf(await admin.query('{ regions { id } }'))).toBe('UNAUTHENTICATED');
    const files = await fetch(`${url()}/bestanden/documenten/00000000-0000-4000-8000-000000000000/versies/1`, { headers: { cookie: admin.cookieHeader() } });
    expect(files.status).toBe(401);

    const changed = await admin.query('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', { c: adminPassword, n: 'mijn-eigen-beheerwachtwoord' });
    expect(changed.errors).toBeUndefined();
    expect((await admin.viewer()).person?.email).toBe(ADMIN);
    expect((await admin.request<{ regions: unknown[] }>('{ regions { id } }')).regions.length).toBeGreaterThan(0);
    expect(codeOf(await client().signIn(ADMIN, adminPassword))).toBe('INVALID_CREDENTIALS');
  }, 60_000);

  it('slows an attacker on one address down while the owner, from a client that signed in before, still gets in', async () => {
    const owner = '127.0.0.2';
    const attacker = '127.0.0.3';
    const otherAttacker = '127.0.0.4';
    expect((await fromAddress(url(), owner, SIGN_IN, { e: MARJOLEIN, p: DEMO_PASSWORD })).data).toEqual({ signIn: { authenticated: true, mustChangePassword: false } });

    // Five free tries per address; then an unknown client waits 30 s after the latest failure (doubling).
    for (let i = 0; i < 5; i += 1) {
      expect(codeOf(await fromAddress(url(), attacker, SIGN_IN, { e: MARJOLEIN, p: `geraden-${i}` }))).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await fromAddress(url(), attacker, SIGN_IN, { e: MARJOLEIN, p: DEMO_PASSWORD });
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect(blocked.cookie).toBeUndefined();
    // Another unknown client must wait too (per-address back-off), even with the right password.
    expect(codeOf(await fromAddress(url(), otherAttacker, SIGN_IN, { e: MARJOLEIN, p: DEMO_PASSWORD }))).toBe('RATE_LIMITED');

    const ownerAgain = await fromAddress(url(), owner, SIGN_IN, { e: MARJOLEIN, p: DEMO_PASSWORD });
    expect(ownerAgain.data).toEqual({ signIn: { authenticated: true, mustChangePassword: false } });
    expect(ownerAgain.cookie).toMatch(/^vb_session=/);
  }, 90_000);

  it('does not lock everyone behind one IP out after wrong passwords on other accounts', async () => {
    const school = '127.0.0.5';
    for (let i = 0; i < 10; i += 1) {
      expect(codeOf(await fromAddress(url(), school, SIGN_IN, { e: `leerling${i}@example.org`, p: 'fout-wachtwoord' }))).toBe('INVALID_CREDENTIALS');
    }
    const colleague = await fromAddress(url(), school, SIGN_IN, { e: BRAM, p: DEMO_PASSWORD });
    expect(colleague.data).toEqual({ signIn: { authenticated: true, mustChangePassword: false } });
  }, 90_000);
});
