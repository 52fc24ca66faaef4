// Two API nodes sharing one PostgreSQL database (and Redis) and so one outbox: documents uploaded
// through both nodes are mirrored to the fake Graph server exactly once each (the fake counts file
// creations per name), and both nodes took part (each node holds its own access token, and the fake
// records which token created each file); the drift scan reads only the linked folder and runs once
// per interval in the cluster, not on each node. Needs PostgreSQL (TEST_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/test); skipped with a message when it cannot be reached.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTeamsFake, TeamsFake } from '@verbinder/testing/teams-fake';
import { ApiHandle, startApi } from '../support/api-process';
import { signedIn } from '../support/fixtures';
import { createPgDatabase, PgDatabase } from '../support/pg-database';
import { allMirrored, channelFiles, FakeSchool, fakeSchool, linkEngels, sha256, teamsFakeEnv, uploadDocument } from '../support/teams-mirror-fixtures';
import { describeWithRedis } from '../support/services';

const REDIS_URL = process.env['TEST_REDIS_URL'] || 'redis://127.0.0.1:6379';
const DOCUMENTS = 40;
const DRIFT_INTERVAL_MS = 1_500;

describeWithRedis('Teams mirror on two API nodes sharing the outbox', () => {
  let pg: PgDatabase | null = null;
  let skipReason: string | null = null;
  let fake: TeamsFake;
  let nodes: ApiHandle[] = [];
  let dir: string;
  let school: FakeSchool;

  beforeAll(async () => {
    try {
      pg = await createPgDatabase('verbinder_teams_nodes');
    } catch (error) {
      skipReason = `PostgreSQL is not reachable, so two nodes cannot share an outbox: ${(error as Error).message}`;
      console.warn(`SKIPPED teams-mirror-two-nodes: ${skipReason}`);
      return;
    }
    fake = await startTeamsFake();
    dir = mkdtempSync(join(tmpdir(), 'verbinder-teams-nodes-'));
    school = fakeSchool(fake);
    const env = teamsFakeEnv(fake, dir, { DATABASE_URL: pg.url, REDIS_URL, MS_GRAPH_DRIFT_INTERVAL_MS: String(DRIFT_INTERVAL_MS) });
    // Both nodes share DATA_DIR: the document files (DATA_DIR/files) must be on shared storage,
    // or a node cannot read a document uploaded through the other one (docs/operations.md).
    nodes = await Promise.all([startApi({ env, dataDir: dir }), startApi({ env, dataDir: dir })]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(nodes.map((node) => node.stop().catch(() => undefined)));
    await fake?.stop().catch(() => undefined);
    await pg?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('mirrors each document exactly once, with both nodes doing part of the work', async () => {
    if (skipReason) return;
    const [a, b] = nodes;
    const beheerder = await signedIn(a.url, 'beheerder');
    const { engels } = await linkEngels(beheerder, school);
    const docents = [await signedIn(a.url, 'docent'), await signedIn(b.url, 'docent')];
    const existing = await allMirrored(docents[0], engels);

    // Uploads alternate between the nodes; a few are large enough for an upload session.
    const contents = new Map<string, Buffer>();
    const uploads = Array.from({ length: DOCUMENTS }, (_, i) => {
      const large = i % 10 === 3;
      const bytes = large ? Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(5 * 1024 * 1024 + i)]) : Buffer.from(`Verslag ${i} van de vakgroep Engels\n${randomBytes(64).toString('hex')}\n`);
      const title = `Verslag ${String(i).padStart(2, '0')}`;
      const extension = large ? 'pdf' : 'txt';
      contents.set(`${title}.${extension}`, bytes);
      return { index: i, title, bytes, name: `verslag-${i}.${extension}` };
    });
    const documentIds = await Promise.all(
      uploads.map(async ({ index, title, bytes, name }) => (await uploadDocument(nodes[index % 2].url, docents[index % 2], engels, { name, bytes }, { title })).id),
    );
    await allMirrored(docents[1], engels, documentIds, 180_000);

    for (const [name, bytes] of contents) {
      expect({ name, creations: fake.creationsNamed(name) }).toEqual({ name, creations: 1 });
      expect(channelFiles(fake, school).filter((f) => f.name === name)).toEqual([{ path: name, name, size: bytes.length, sha256: sha256(bytes) }]);
    }
    const files = channelFiles(fake, school);
    expect(files).toHaveLength(existing.length + DOCUMENTS);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    expect(fake.creations).toHaveLength(existing.length + DOCUMENTS);

    // Each node acquired one token of its own (two token requests in all), and files were created
    // under both tokens: both nodes worked.
    const byToken = new Map<string, number>();
    for (const creation of fake.creations.filter((c) => contents.has(c.name))) byToken.set(creation.token ?? '?', (byToken.get(creation.token ?? '?') ?? 0) + 1);
    expect(byToken.has('?')).toBe(false);
    expect(fake.requestLog({ kind: 'token' })).toHaveLength(2);
    expect(byToken.size).toBe(2);
  }, 300_000);

  it('scans the linked folder for drift once per interval on one of the nodes, and never the whole site', async () => {
    if (skipReason) return;
    const from = fake.requests.length;
    const intervals = 8;
    await new Promise((resolve) => setTimeout(resolve, intervals * DRIFT_INTERVAL_MS));
    const deltas = fake.requests.slice(from).filter((r) => r.kind === 'graph' && r.path.includes('/delta'));
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.filter((r) => !r.path.includes(`/drives/${school.driveId}/items/${school.channelFolderId}/delta`))).toEqual([]);
    // A scan is its first delta page (later pages carry offset=). Both nodes run the scheduler
    // every interval: scanning on both would make about 2 scans an interval.
    const scans = deltas.filter((r) => !r.path.includes('offset='));
    expect(scans.length).toBeGreaterThanOrEqual(3);
    expect(scans.length).toBeLessThanOrEqual(intervals + 1);
  }, 60_000);
});
