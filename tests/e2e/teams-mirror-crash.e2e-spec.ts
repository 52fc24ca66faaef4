// A crash in the middle of a large upload session: the built API mirrors a 20 MB document to the
// fake Graph server; the fake holds the third range PUT open, the test kills the API with SIGKILL
// while that request is in flight, restarts it on the same data (PGlite folder, or the same
// PostgreSQL database with TEST_DB=postgres), and the mirror resumes the stored upload session from
// nextExpectedRanges: no range is sent twice, no second session, exactly one file with the right bytes.
// With the default leases (outbox 20 s, mirror item 20 s, both renewed while working): the item is
// taken over and mirrored within 60 s of the restart, and while it waits the page says why.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTeamsFake, TeamsFake } from '@verbinder/testing/teams-fake';
import { ApiHandle, startApi } from '../support/api-process';
import { signedIn } from '../support/fixtures';
import { createPgDatabase, PgDatabase } from '../support/pg-database';
import { acceptedRanges, allMirrored, channelFiles, FakeSchool, fakeSchool, linkEngels, sha256, teamsFakeEnv, uploadDocument } from '../support/teams-mirror-fixtures';
import { waitFor } from '../support/timing';

const RANGE = 16 * 320 * 1024; // the mirror's range size (5 MiB)
/** Booting the API can take a minute on a loaded machine. */
const BOOT_TIMEOUT_MS = 180_000;

describe('Teams mirror: SIGKILL during a large upload session', () => {
  let fake: TeamsFake;
  let api: ApiHandle | null = null;
  let dataDir: string;
  let pg: PgDatabase | null = null;
  let school: FakeSchool;
  let env: Record<string, string>;

  beforeAll(async () => {
    if (process.env['TEST_DB'] === 'postgres') pg = await createPgDatabase('verbinder_teams_crash');
    fake = await startTeamsFake();
    dataDir = mkdtempSync(join(tmpdir(), 'verbinder-teams-crash-'));
    school = fakeSchool(fake);
    // The default leases: a crashed node's job and item come free within about 20 s.
    env = teamsFakeEnv(fake, dataDir, { ...(pg ? { DATABASE_URL: pg.url } : {}) });
  });

  afterAll(async () => {
    fake?.releaseUploads();
    await api?.stop().catch(() => undefined);
    await fake?.stop().catch(() => undefined);
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('resumes the stored session from nextExpectedRanges after a restart: no range twice, one file', async () => {
    api = await startApi({ dataDir, env, readyTimeoutMs: BOOT_TIMEOUT_MS });
    const beheerder = await signedIn(api.url, 'beheerder');
    const { engels } = await linkEngels(beheerder, school);
    let docent = await signedIn(api.url, 'docent');
    const existing = await allMirrored(docent, engels);

    // Two ranges go through, the third is held open by the fake: the API is now mid-session.
    fake.requests = [];
    fake.holdUploadRanges(2);
    const held = fake.uploadHeld();
    const large = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(20 * 1024 * 1024 - 9)]);
    const documentId = (await uploadDocument(api.url, docent, engels, { name: 'handboek.pdf', bytes: large }, { title: 'Handboek stage' })).id;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([held, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no range was held within 60 s')), 60_000)))]).finally(() => clearTimeout(timer));
    expect(acceptedRanges(fake)).toEqual([
      { start: 0, end: RANGE - 1, total: large.length },
      { start: RANGE, end: 2 * RANGE - 1, total: large.length },
    ]);

    // While the range is held the item is leased by this node, and the page says so.
    const { documentMirrors } = await docent.request<{ documentMirrors: Array<{ documentId: string; status: string; waitingReason: string | null }> }>(
      'query($w: ID!) { documentMirrors(werkgroepId: $w) { documentId status waitingReason } }',
      { w: engels },
    );
    expect(documentMirrors.find((m) => m.documentId === documentId)).toMatchObject({ status: 'PENDING', waitingReason: expect.stringContaining('Wordt nu naar Teams gestuurd') });

    await api.kill();
    api = null;
    // The held request's client is gone: the fake dropped it, the session has exactly two ranges.
    await waitFor('the held range to be dropped', async () => fake.requests.some((r) => r.aborted));
    fake.releaseUploads();
    const [session] = [...fake.sessions.values()];
    expect(fake.sessions.size).toBe(1);
    expect(session.received).toBe(2 * RANGE);
    const beforeRestart = fake.requests.length;

    api = await startApi({ dataDir, env, readyTimeoutMs: BOOT_TIMEOUT_MS });
    // From the moment the restarted API answers (booting takes long on a loaded machine).
    const restartedAt = Date.now();
    docent = await signedIn(api.url, 'docent');
    const [mirror] = await allMirrored(docent, engels, [documentId], 60_000);
    expect(mirror).toMatchObject({ status: 'MIRRORED', mirroredVersion: 1, mirroredName: 'Handboek stage.pdf' });
    expect(Date.now() - restartedAt).toBeLessThan(60_000);

    // After the restart: the session status was read and the upload went on from 10 MiB.
    const afterRestart = fake.requests.slice(beforeRestart);
    const sessionPath = `/_upload/${session.id}`;
    expect(afterRestart.some((r) => r.kind === 'upload' && r.method === 'GET' && r.path.startsWith(sessionPath) && r.status === 200)).toBe(true);
    const resumedPuts = afterRestart.filter((r) => r.kind === 'upload' && r.method === 'PUT');
    expect(resumedPuts.every((r) => r.path.startsWith(sessionPath))).toBe(true);
    expect(resumedPuts[0].contentRange).toBe(`bytes ${2 * RANGE}-${3 * RANGE - 1}/${large.length}`);
    // Every byte was accepted exactly once, in order, and only one session was ever created.
    const ranges = acceptedRanges(fake);
    expect(ranges.map((r) => r.start)).toEqual([0, RANGE, 2 * RANGE, 3 * RANGE]);
    expect(ranges.reduce((sum, r) => sum + r.end - r.start + 1, 0)).toBe(large.length);
    expect(fake.requestLog({ kind: 'graph', method: 'POST', pathIncludes: 'createUploadSession' })).toHaveLength(1);
    expect(fake.requestLog({ status: 416 })).toHaveLength(0);

    expect(fake.creationsNamed('Handboek stage.pdf')).toBe(1);
    expect(channelFiles(fake, school).filter((f) => f.name.startsWith('Handboek stage'))).toEqual([
      { path: 'Handboek stage.pdf', name: 'Handboek stage.pdf', size: large.length, sha256: sha256(large) },
    ]);
    expect(channelFiles(fake, school)).toHaveLength(existing.length + 1);
  }, 480_000);
});
