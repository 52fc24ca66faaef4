// Erasure (AVG art. 17) against the built API, on the driver of the run (PGlite by default, CI also
// PostgreSQL): the demo verbinder (Sanne, active in every domain of the demo) is erased by a
// platform beheerder. Their socket closes at once; the API is SIGKILLed in the middle of the
// erasure and started again on the same data, and the erasure completes by itself; a second
// erasure is a no-op. Then, with the API stopped, every table of the database is read: their name
// and e-mail address are nowhere, their id only in references to the pseudonym, and no mail file
// to them is left. Only a platform beheerder may erase, never a region's beheerder (of either region).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { GraphqlHttpClient } from '../support/api-process';
import { DEMO_EMAIL, signedIn, regionBeheerder } from '../support/fixtures';
import { connectSocket } from '../support/realtime-clients';
import { restartableApi, TEST_DRIVER } from '../support/restartable-api';
import { waitFor } from '../support/timing';

const NAME = 'Sanne de Vries';
const EMAIL = DEMO_EMAIL.sanne;

interface Erasure {
  id: string;
  personId: string;
  stepsDone: number;
  stepsTotal: number;
  rowsRemoved: number;
  completedAt: string | null;
}
const FIELDS = 'id personId stepsDone stepsTotal rowsRemoved completedAt';

describe(`erasing a person (art. 17) on ${TEST_DRIVER}`, () => {
  // A pause between the steps (ERASURE_STEP_PAUSE_MS) so the kill lands in the middle; a short outbox
  // lease so the restarted node claims the killed node's job quickly.
  const server = restartableApi('erasure', { ERASURE_STEP_PAUSE_MS: '400', OUTBOX_LEASE_SECONDS: '2', OUTBOX_POLL_MS: '100' });
  let personId: string;

  beforeAll(() => server.boot(), 180_000);

  const status = async (admin: GraphqlHttpClient) =>
    (await admin.request<{ personErasure: Erasure | null }>(`query($p: ID!) { personErasure(personId: $p) { ${FIELDS} } }`, { p: personId })).personErasure;

  it('refuses anyone but a platform beheerder, and a beheerder erasing themselves', async () => {
    const url = server.api.url;
    const sanne = await signedIn(url, 'verbinder');
    personId = (await sanne.viewer()).person?.id as string;
    expect(personId).toMatch(/^[0-9a-f-]{36}$/);
    const admin = await signedIn(url, 'beheerder');
    // A beheerder of Sanne's own region and one of a second region, next to Sanne themself.
    const { regions } = await admin.request<{ regions: Array<{ id: string; slug: string }> }>('{ regions { id slug } }');
    const home = regions.find((r) => r.slug === 'noord-west-veluwe') as { id: string };
    const { createRegion } = await admin.request<{ createRegion: { id: string } }>('mutation { createRegion(input: { slug: "wissen-tweede-regio", name: "Tweede regio" }) { id } }');
    for (const client of [sanne, await regionBeheerder(url, admin, 'eigen-regio', home.id, 'wissen.example'), await regionBeheerder(url, admin, 'andere-regio', createRegion.id, 'wissen.example')]) {
      const refused = await client.query(`mutation($p: ID!) { erasePerson(personId: $p) { id } }`, { p: personId });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const peek = await client.query(`query($p: ID!) { personErasure(personId: $p) { id } }`, { p: personId });
      expect(peek.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    const self = (await admin.viewer()).person?.id as string;
    const own = await admin.query(`mutation($p: ID!) { erasePerson(personId: $p) { id } }`, { p: self });
    expect(own.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const unknown = await admin.query(`mutation($p: ID!) { erasePerson(personId: $p) { id } }`, { p: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const malformed = await admin.query(`mutation($p: ID!) { erasePerson(personId: $p) { id } }`, { p: 'geen-id' });
    expect(malformed.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(await status(admin)).toBeNull();
  });

  it('ends their live connection at once, survives SIGKILL in the middle, completes after the restart, and does nothing a second time', async () => {
    const url = server.api.url;
    const sanne = await signedIn(url, 'verbinder');
    // a newsletter sign-up with their address: a row and a mail file found only by the address
    const signUp = await fetch(`${url}/publiek/noord-west-veluwe/nieuwsbrief`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: EMAIL }).toString(),
    });
    expect(signUp.status).toBe(200);
    await waitFor('the confirmation mail file', async () => mailFilesTo(EMAIL).length > 0, 20_000);
    const socket = await connectSocket(url, sanne.cookieHeader());
    const closed = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));

    const admin = await signedIn(url, 'beheerder');
    // two requests at once (a double click, two beheerders): one erasure, both answered with it
    const [{ erasePerson }, twice] = await Promise.all([0, 1].map(() => admin.request<{ erasePerson: Erasure }>(`mutation($p: ID!) { erasePerson(personId: $p) { ${FIELDS} } }`, { p: personId })));
    expect(twice.erasePerson.id).toBe(erasePerson.id);
    expect(erasePerson).toMatchObject({ personId, completedAt: null });
    expect(erasePerson.stepsTotal).toBeGreaterThan(10);
    expect(await closed).toBe('io server disconnect');
    expect((await sanne.viewer()).authenticated).toBe(false);
    // asked for is enough: no new sign-in while the erasure runs
    const meanwhile = await new GraphqlHttpClient(url).query<{ signInAsDemo: { authenticated: boolean } }>(`mutation { signInAsDemo(key: "verbinder") { authenticated } }`);
    expect(meanwhile.data?.signInAsDemo?.authenticated ?? false).toBe(false);

    // Kill once a few steps are done (each step pauses 400 ms), then start again on the same data.
    await waitFor('three steps of the erasure', async () => ((await status(admin))?.stepsDone ?? 0) >= 3, 30_000, 50);
    const before = (await status(admin)) as Erasure;
    expect(before.completedAt).toBeNull();
    expect(before.stepsDone).toBeLessThan(before.stepsTotal);
    await server.kill();
    const after = await signedIn((await server.boot()).url, 'beheerder');
    await waitFor('the erasure to complete after the restart', async () => (await status(after))?.completedAt != null, 60_000);
    const done = (await status(after)) as Erasure;
    expect(done).toMatchObject({ id: erasePerson.id, stepsDone: done.stepsTotal });
    expect(done.rowsRemoved).toBeGreaterThan(10);

    // A second erasure changes nothing and says so by returning the same, completed record.
    const again = await after.request<{ erasePerson: Erasure }>(`mutation($p: ID!) { erasePerson(personId: $p) { ${FIELDS} } }`, { p: personId });
    expect(again.erasePerson).toEqual(done);
    // They cannot sign in any more; the pseudonym cannot be changed or added to a region.
    const demo = await new GraphqlHttpClient(server.api.url).query<{ signInAsDemo: { authenticated: boolean } }>(`mutation { signInAsDemo(key: "verbinder") { authenticated } }`);
    expect(demo.data?.signInAsDemo?.authenticated ?? false).toBe(false);
    const rename = await after.query(`mutation($p: ID!) { updatePerson(input: { id: $p, name: "Sanne de Vries" }) { id } }`, { p: personId });
    expect(rename.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const { person } = await after.request<{ person: { name: string; email: string | null } }>(`query($p: ID!) { person(id: $p) { name email } }`, { p: personId });
    expect(person.name).toBe('Oud-deelnemer');
    expect(person.email).toMatch(/@verwijderd\.invalid$/);
  }, 240_000);

  it('leaves their name, address and id nowhere but in references to the pseudonym, and no mail file to them', async () => {
    await server.stop();
    expect(mailFilesTo(EMAIL)).toEqual([]);
    const database = await server.openDatabase();
    try {
      const rows = async (query: ReturnType<typeof sql>) => ((await database.db.execute(query)) as unknown as { rows: Array<Record<string, unknown>> }).rows;
      const tables = (await rows(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)).map((r) => String(r['table_name']));
      expect(tables.length).toBeGreaterThan(60);
      const found: string[] = [];
      let references = 0;
      for (const table of tables) {
        for (const row of await rows(sql`select row_to_json(t)::text as json from ${sql.identifier(table)} t`)) {
          const json = String(row['json']).toLowerCase();
          if (json.includes(NAME.toLowerCase()) || json.includes(EMAIL)) found.push(`${table}: ${String(row['json']).slice(0, 200)}`);
          if (json.includes(personId) && table !== 'persons' && table !== 'person_erasures') references++;
        }
      }
      expect(found).toEqual([]);
      // What stays for others (posts, check-ins, documents) points at the pseudonym.
      expect(references).toBeGreaterThan(0);
      const [tombstone] = await rows(sql`select name, email, job_title, system_role, erased_at from persons where id = ${personId}`);
      expect(tombstone).toMatchObject({ name: 'Oud-deelnemer', job_title: null, system_role: null });
      expect(String(tombstone['email'])).toBe(`oud-deelnemer-${personId}@verwijderd.invalid`);
      expect(tombstone['erased_at']).not.toBeNull();
      for (const table of ['sessions', 'accounts', 'memberships', 'notifications', 'werkgroep_members', 'newsletter_subscriptions']) {
        expect({ table, rows: (await rows(sql`select row_to_json(t)::text as json from ${sql.identifier(table)} t where row_to_json(t)::text like ${`%${personId}%`}`)).length }).toEqual({
          table,
          rows: 0,
        });
      }
    } finally {
      await database.close();
    }
  }, 120_000);

  /** The mail files (no SMTP: DATA_DIR/mail) addressed to `to`. */
  function mailFilesTo(to: string): string[] {
    const dir = join(server.dataDir, 'mail');
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    return names.filter((name) => readFileSync(join(dir, name), 'utf8').toLowerCase().includes(to));
  }
});
