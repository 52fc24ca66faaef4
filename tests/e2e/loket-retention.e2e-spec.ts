// Retention of the loket (AVG): a request closed longer ago than LOKET_RETENTION_MONTHS is
// anonymised by the retention job (RETENTION_INTERVAL_MS=300 here) — contact person, company messages and status link —
// while an open request and the reporting facts stay. The closing time is moved back in the
// database between two runs of the API on the same data (PGlite folder or PostgreSQL database).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { Database } from '@verbinder/platform/db';
import { ApiHandle, startApi } from '../support/api-process';
import { demoIds, signedIn } from '../support/fixtures';
import { createPgDatabase, PgDatabase } from '../support/pg-database';

const REQUESTS = 'query($r: ID!) { loketRequests(regionId: $r) { id status contactName contactEmail company { name kvk } type messages { author body } } }';

interface RequestView {
  id: string;
  status: string;
  contactName: string;
  contactEmail: string;
  company: { name: string; kvk: string };
  type: string;
  messages: Array<{ author: string; body: string }>;
}

describe('loket retention', () => {
  const onPostgres = process.env['TEST_DB'] === 'postgres';
  let dataDir: string;
  let pg: PgDatabase | null = null;
  let api: ApiHandle | null = null;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'verbinder-retention-'));
    if (onPostgres) pg = await createPgDatabase('verbinder_retention');
  });

  afterAll(async () => {
    await api?.stop();
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const start = (env: Record<string, string> = {}) => startApi({ dataDir, env: { LOKET_RETENTION_MONTHS: '24', ...(pg ? { DATABASE_URL: pg.url } : {}), ...env } });

  it('anonymises a request closed longer ago than the retention period, and nothing else', async () => {
    api = await start();
    const loket = await signedIn(api.url, 'loket');
    const { regionId } = await demoIds(await signedIn(api.url, 'beheerder'));
    const before = (await loket.request<{ loketRequests: RequestView[] }>(REQUESTS, { r: regionId })).loketRequests;
    const old = before.find((r) => r.company.name === 'Bakkerij De Zandkorrel') as RequestView;
    const recent = before.find((r) => r.company.name === 'Veluwe Techniek Installaties') as RequestView;
    expect(old.messages.some((m) => m.author === 'BEDRIJF' && m.body.includes('ontbijt'))).toBe(true);
    await loket.request('mutation($id: ID!) { setLoketRequestStatus(id: $id, status: AFGEROND) { id } }', { id: old.id });
    await loket.request('mutation($id: ID!) { setLoketRequestStatus(id: $id, status: AFGEROND) { id } }', { id: recent.id });
    await api.stop();
    api = null;

    // Closed 25 months ago (the old one) and yesterday (the recent one).
    const database = await Database.open(pg ? { kind: 'postgres', url: pg.url, poolSize: 1 } : { kind: 'pglite', dataDir: join(dataDir, 'pglite') });
    await database.db.execute(sql`update loket_requests set closed_at = now() - interval '25 months' where id = ${old.id}`);
    await database.db.execute(sql`update loket_requests set closed_at = now() - interval '1 day' where id = ${recent.id}`);
    await database.close();

    api = await start({ RETENTION_INTERVAL_MS: '300' });
    const staff = await signedIn(api.url, 'loket');
    const deadline = Date.now() + 15_000;
    let after: RequestView[] = [];
    for (;;) {
      after = (await staff.request<{ loketRequests: RequestView[] }>(REQUESTS, { r: regionId })).loketRequests;
      if (after.find((r) => r.id === old.id)?.contactName === '[verwijderd]' || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const anonymised = after.find((r) => r.id === old.id) as RequestView;
    expect(anonymised.contactName).toBe('[verwijderd]');
    expect(anonymised.contactEmail).not.toContain('zandkorrel');
    expect(anonymised.messages.filter((m) => m.author === 'BEDRIJF').map((m) => m.body)).toEqual(['[verwijderd]']);
    expect(JSON.stringify(anonymised)).not.toMatch(/Anouk Brouwer|zandkorrel\.example/);
    // What reporting needs stays: company, KvK, type, status.
    expect(anonymised).toMatchObject({ status: 'AFGEROND', type: 'MEETUP', company: { name: 'Bakkerij De Zandkorrel', kvk: '12345678' } });
    // The request closed yesterday keeps its contact person.
    expect(after.find((r) => r.id === recent.id)?.contactName).toBe(recent.contactName);
    expect(recent.contactName).not.toBe('[verwijderd]');
  }, 120_000);
});
