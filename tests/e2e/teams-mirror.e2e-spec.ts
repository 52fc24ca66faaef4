// The Teams mirror end to end: the built API talks through the real Microsoft Graph client to the
// HTTPS fake Graph server (tools/teams-fake, its CA passed through MS_GRAPH_CA_FILE). A beheerder
// registers the school's tenant and links the Engels group to a channel; documents uploaded over
// multipart (a small one and a 20 MB one through an upload session) end up exactly once in the
// channel's files folder; a new version replaces the file; rename, move and delete follow;
// injected 429s and 503s are honoured; a channel that is not provisioned waits for Teams; revoked
// consent fails with the beheerder's instruction and stops all calls; a group without a link and
// a server without Graph credentials queue nothing.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { Database } from '@verbinder/platform/db';
import { startTeamsFake, TeamsFake } from '@verbinder/testing/teams-fake';
import { ApiHandle, startApi } from '../support/api-process';
import { createPgDatabase, PgDatabase } from '../support/pg-database';
import { demoIds, signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { fakeSchool, teamsFakeEnv } from '../support/teams-mirror-fixtures';
import { waitFor } from '../support/timing';
import { werkgroepIds } from '../support/werkgroepen-fixtures';

interface Mirror {
  id: string;
  linkId: string;
  documentId: string;
  documentTitle: string;
  documentDeleted: boolean;
  status: string;
  mirroredVersion: number | null;
  mirroredName: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
}
const MIRROR_FIELDS = 'id linkId documentId documentTitle documentDeleted status mirroredVersion mirroredName attempts nextAttemptAt lastError';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('Teams mirror against the fake Graph server', () => {
  let fake: TeamsFake;
  let api: ApiHandle;
  let dataDir: string;
  let beheerder: GraphqlHttpClient;
  let docent: GraphqlHttpClient;
  let regionId: string;
  let engels: string;
  let techniek: string;
  let tenantGuid: string;
  let teamId: string;
  let driveId: string;
  let channelId: string;
  let channelFolderId: string;
  let tenantRef: string;
  let linkId: string;
  const uploaded: Record<string, string> = {};
  // On PostgreSQL (TEST_DB=postgres) one database is kept across the API restarts of this suite.
  let pg: PgDatabase | null = null;
  const dbEnv = (): Record<string, string> => (pg ? { DATABASE_URL: pg.url } : {});

  beforeAll(async () => {
    if (process.env['TEST_DB'] === 'postgres') pg = await createPgDatabase('verbinder_teams');
    fake = await startTeamsFake();
    dataDir = mkdtempSync(join(tmpdir(), 'verbinder-teams-'));
    ({ tenantGuid, teamId, driveId, channelId, channelFolderId } = fakeSchool(fake));
    api = await startApi({ dataDir, env: teamsFakeEnv(fake, dataDir, dbEnv()) });
    beheerder = await signedIn(api.url, 'beheerder');
    docent = await signedIn(api.url, 'docent');
    regionId = (await demoIds(beheerder)).regionId;
    const ids = await werkgroepIds(beheerder, regionId);
    engels = ids.engelsWerkgroepId;
    techniek = ids.techniekWerkgroepId;
  }, 120_000);

  afterAll(async () => {
    await api?.stop().catch(() => undefined);
    await fake?.stop().catch(() => undefined);
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Files (not folders) in the drive, with their folder path below the channel folder. */
  function files(): Array<{ path: string; name: string; size: number; sha256: string }> {
    const drive = fake.drives.get(driveId)!;
    const items = [...drive.items.values()].filter((i) => !i.deleted);
    const pathOf = (parentId: string | null): string[] => {
      const parts: string[] = [];
      let current = parentId;
      while (current && current !== channelFolderId) {
        const folder = drive.items.get(current);
        if (!folder) break;
        parts.unshift(folder.name);
        current = folder.parentId;
      }
      return parts;
    };
    return items.filter((i) => !i.folder && isBelow(i.parentId)).map((i) => ({ path: [...pathOf(i.parentId), i.name].join('/'), name: i.name, size: i.content.length, sha256: sha(i.content) }));
    function isBelow(parentId: string | null): boolean {
      let current = parentId;
      while (current) {
        if (current === channelFolderId) return true;
        current = drive.items.get(current)?.parentId ?? null;
      }
      return false;
    }
  }

  async function upload(path: string, file: { name: string; bytes: Buffer }, fields: Record<string, string> = {}) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new Blob([file.bytes]), file.name);
    const response = await fetch(`${api.url}${path}`, { method: 'POST', body: form, headers: { cookie: docent.cookieHeader() } });
    const body = (await response.json()) as { document?: { id: string; currentVersion: number } };
    expect(response.status).toBe(201);
    return body.document!;
  }

  const mirrors = async (client: GraphqlHttpClient = docent, werkgroepId = engels) =>
    (await client.request<{ documentMirrors: Mirror[] }>(`query($w: ID!) { documentMirrors(werkgroepId: $w) { ${MIRROR_FIELDS} } }`, { w: werkgroepId })).documentMirrors;

  const mirrorOf = async (documentId: string, link = linkId) => (await mirrors()).find((m) => m.documentId === documentId && m.linkId === link);

  const settled = (documentId: string, version: number, link = linkId) =>
    waitFor(`document ${documentId} v${version} mirrored`, async () => {
      const m = await mirrorOf(documentId, link);
      if (m?.status === 'FAILED') throw new Error(`failed: ${m.lastError}`);
      return m && m.status === 'MIRRORED' && m.mirroredVersion === version ? m : null;
    });

  it('shows a group without a link plainly, and registers the tenant and links the group (beheerder only)', async () => {
    const before = await docent.request<{ teamsMirror: { configured: boolean; canManage: boolean; links: unknown[]; tenants: unknown[] } }>(
      'query($w: ID!) { teamsMirror(werkgroepId: $w) { configured canManage links { id } tenants { id } } }',
      { w: engels },
    );
    expect(before.teamsMirror).toEqual({ configured: true, canManage: false, links: [], tenants: [] });

    const { registerTeamsTenant } = await beheerder.request<{ registerTeamsTenant: { id: string; consent: string; tenantId: string } }>(
      'mutation($i: TeamsTenantInput!) { registerTeamsTenant(input: $i) { id consent tenantId } }',
      { i: { regionId, tenantId: tenantGuid.toUpperCase(), name: 'Vmbo De Brug' } },
    );
    expect(registerTeamsTenant).toMatchObject({ consent: 'PENDING', tenantId: tenantGuid.toLowerCase() });
    tenantRef = registerTeamsTenant.id;

    const refused = await docent.query('mutation($i: TeamsLinkInput!) { linkTeamsChannel(input: $i) { id } }', { i: { werkgroepId: engels, tenantId: tenantRef, teamId, channelId } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const { linkTeamsChannel } = await beheerder.request<{ linkTeamsChannel: { id: string; tenant: { name: string }; channelId: string } }>(
      'mutation($i: TeamsLinkInput!) { linkTeamsChannel(input: $i) { id channelId tenant { name } } }',
      { i: { werkgroepId: engels, tenantId: tenantRef, teamId, channelId } },
    );
    linkId = linkTeamsChannel.id;
    expect(linkTeamsChannel).toMatchObject({ channelId, tenant: { name: 'Vmbo De Brug' } });

    // The documents that already existed are mirrored once, and the tenant's consent is then known to work.
    const { documentFolders } = await docent.request<{ documentFolders: Array<{ id: string }> }>('query($w: ID!) { documentFolders(werkgroepId: $w) { id } }', { w: engels });
    const werkgroepDocuments: Array<{ id: string }> = [];
    for (const folderId of [null, ...documentFolders.map((f) => f.id)]) {
      const page = await docent.request<{ werkgroepDocuments: Array<{ id: string }> }>('query($w: ID!, $f: ID) { werkgroepDocuments(werkgroepId: $w, folderId: $f) { id } }', {
        w: engels,
        f: folderId,
      });
      werkgroepDocuments.push(...page.werkgroepDocuments);
    }
    expect(werkgroepDocuments.length).toBeGreaterThan(1);
    const existing = await waitFor('existing documents mirrored', async () => {
      const all = await mirrors();
      return all.length === werkgroepDocuments.length && all.every((m) => m.status === 'MIRRORED') ? all : null;
    });
    expect(files()).toHaveLength(werkgroepDocuments.length);
    const { teamsTenants } = await beheerder.request<{ teamsTenants: Array<{ id: string; consent: string }> }>('query($r: ID!) { teamsTenants(regionId: $r) { id consent } }', { r: regionId });
    expect(teamsTenants.find((t) => t.id === tenantRef)?.consent).toBe('GRANTED');
    const names = files().map((f) => f.path);
    expect(new Set(names).size).toBe(names.length);

    // The beheerder manages the link but is no member of this members-only group: counts, no document titles.
    const managed = await beheerder.request<{ teamsMirror: { canManage: boolean; links: Array<{ counts: { mirrored: number; failed: number } }> } }>(
      'query($w: ID!) { teamsMirror(werkgroepId: $w) { canManage links { counts { mirrored failed } } } }',
      { w: engels },
    );
    expect(managed.teamsMirror).toEqual({ canManage: true, links: [{ counts: { mirrored: existing.length, failed: 0 } }] });
    const titles = await beheerder.query('query($w: ID!) { documentMirrors(werkgroepId: $w) { documentTitle } }', { w: engels });
    expect(titles.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const history = await beheerder.query('query($d: ID!) { documentMirrorHistory(documentId: $d) { message } }', { d: werkgroepDocuments[0].id });
    expect(history.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  }, 90_000);

  it('mirrors a small and a 20 MB document exactly once each (the large one in 320 KiB-multiple ranges without Authorization)', async () => {
    const small = Buffer.from('Notulen vakgroep Engels: we spraken over de leesvaardigheid.\n');
    const large = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(20 * 1024 * 1024 - 9)]);
    fake.requests = [];
    const a = await upload(`/bestanden/werkgroepen/${engels}`, { name: 'notulen.txt', bytes: small }, { title: 'Notulen oktober' });
    const b = await upload(`/bestanden/werkgroepen/${engels}`, { name: 'handboek.pdf', bytes: large }, { title: 'Handboek stage' });
    uploaded.small = a.id;
    uploaded.large = b.id;
    await settled(a.id, 1);
    await settled(b.id, 1, linkId);

    const smallFiles = files().filter((f) => f.name === 'Notulen oktober.txt');
    const largeFiles = files().filter((f) => f.name === 'Handboek stage.pdf');
    expect(smallFiles).toEqual([{ path: 'Notulen oktober.txt', name: 'Notulen oktober.txt', size: small.length, sha256: sha(small) }]);
    expect(largeFiles).toEqual([{ path: 'Handboek stage.pdf', name: 'Handboek stage.pdf', size: large.length, sha256: sha(large) }]);

    const ranges = fake.requestLog({ kind: 'upload', method: 'PUT' });
    expect(ranges.length).toBe(4);
    expect(ranges.every((r) => !r.authorization && r.status >= 200 && r.status < 300)).toBe(true);
    const sizes = ranges.map((r) => {
      const m = /bytes (\d+)-(\d+)\/(\d+)/.exec(r.contentRange ?? '')!;
      return Number(m[2]) - Number(m[1]) + 1;
    });
    expect(sizes.slice(0, -1).every((s) => s % (320 * 1024) === 0)).toBe(true);
    expect(sizes.reduce((x, y) => x + y, 0)).toBe(large.length);
  }, 120_000);

  it('replaces the file with a new version, and follows rename, move and delete', async () => {
    const v2 = Buffer.from('Notulen vakgroep Engels, aangevuld: ook de schrijfvaardigheid.\n');
    await upload(`/bestanden/documenten/${uploaded.small}/versies`, { name: 'notulen-v2.txt', bytes: v2 }, { note: 'Aangevuld' });
    await settled(uploaded.small, 2);
    expect(files().filter((f) => f.name === 'Notulen oktober.txt')).toEqual([{ path: 'Notulen oktober.txt', name: 'Notulen oktober.txt', size: v2.length, sha256: sha(v2) }]);

    await docent.request('mutation($id: ID!, $i: DocumentUpdateInput!) { updateDocument(id: $id, input: $i) { id } }', { id: uploaded.small, i: { title: 'Notulen oktober definitief' } });
    await waitFor('renamed in Teams', async () => files().some((f) => f.path === 'Notulen oktober definitief.txt'));
    expect(files().filter((f) => f.name.startsWith('Notulen oktober'))).toEqual([{ path: 'Notulen oktober definitief.txt', name: 'Notulen oktober definitief.txt', size: v2.length, sha256: sha(v2) }]);

    const { createDocumentFolder } = await docent.request<{ createDocumentFolder: { id: string } }>('mutation($i: DocumentFolderInput!) { createDocumentFolder(input: $i) { id } }', {
      i: { werkgroepId: engels, name: 'Verslagen 2026' },
    });
    await docent.request('mutation($id: ID!, $f: ID) { moveDocument(id: $id, folderId: $f) { id } }', { id: uploaded.small, f: createDocumentFolder.id });
    await waitFor('moved in Teams', async () => files().some((f) => f.path === 'Verslagen 2026/Notulen oktober definitief.txt'));
    expect(
      files()
        .filter((f) => f.name.startsWith('Notulen oktober'))
        .map((f) => f.path),
    ).toEqual(['Verslagen 2026/Notulen oktober definitief.txt']);

    await docent.request('mutation($id: ID!) { deleteDocument(id: $id) }', { id: uploaded.small });
    await waitFor('deleted in Teams', async () => !files().some((f) => f.name.startsWith('Notulen oktober')));

    const { documentMirrorHistory } = await docent.request<{ documentMirrorHistory: Array<{ action: string; outcome: string; message: string | null }> }>(
      'query($d: ID!) { documentMirrorHistory(documentId: $d) { action outcome message } }',
      { d: uploaded.small },
    );
    expect(
      documentMirrorHistory
        .filter((e) => e.outcome === 'MIRRORED')
        .map((e) => e.action)
        .reverse(),
    ).toEqual(['created', 'versioned', 'renamed', 'moved', 'deleted']);
    expect(documentMirrorHistory[0].message).toBe('Verwijderd uit Teams.');
  }, 120_000);

  it('honours injected 429s and 503s with Retry-After and still ends with exactly one file', async () => {
    fake.requests = [];
    fake.addFault({ status: 429, retryAfterSeconds: 1, count: 2, method: 'PUT' });
    fake.addFault({ status: 503, retryAfterSeconds: 1, count: 2, method: 'PUT' });
    const bytes = Buffer.from('Jaarplanning Engels 2026-2027\n');
    const doc = await upload(`/bestanden/werkgroepen/${engels}`, { name: 'planning.txt', bytes }, { title: 'Jaarplanning' });
    await settled(doc.id, 1);
    fake.clearFaults();
    expect(fake.requestLog({ status: 429 }).length).toBe(2);
    expect(fake.requestLog({ status: 503 }).length).toBe(2);
    expect(files().filter((f) => f.name === 'Jaarplanning.txt')).toEqual([{ path: 'Jaarplanning.txt', name: 'Jaarplanning.txt', size: bytes.length, sha256: sha(bytes) }]);
    uploaded.planning = doc.id;
  }, 90_000);

  it('waits for Teams while a channel is not provisioned, and mirrors after provisioning', async () => {
    const channel = fake.createChannel({ teamId, displayName: 'Sectie Engels', provisioned: false });
    const { linkTeamsChannel } = await beheerder.request<{ linkTeamsChannel: { id: string } }>('mutation($i: TeamsLinkInput!) { linkTeamsChannel(input: $i) { id } }', {
      i: { werkgroepId: engels, tenantId: tenantRef, teamId, channelId: channel.id, subfolder: 'Verbinder' },
    });
    const second = linkTeamsChannel.id;
    const waiting = await waitFor('waiting for Teams', async () => {
      const m = await mirrorOf(uploaded.planning, second);
      return m?.status === 'WAITING' ? m : null;
    });
    expect(waiting.lastError).toContain('Open het tabblad Bestanden van dit kanaal één keer in Teams');
    expect(waiting.nextAttemptAt).not.toBeNull();

    const folder = fake.provision(teamId, channel.id);
    for (const m of (await mirrors()).filter((x) => x.linkId === second && x.status === 'WAITING')) {
      await docent.request(`mutation($id: ID!) { retryDocumentMirror(id: $id) { id status } }`, { id: m.id });
    }
    await settled(uploaded.planning, 1, second);
    const drive = fake.drives.get(driveId)!;
    const sub = [...drive.items.values()].find((i) => i.parentId === folder.folderId && i.name === 'Verbinder' && i.folder)!;
    expect([...drive.items.values()].filter((i) => !i.deleted && i.parentId === sub.id && i.name === 'Jaarplanning.txt')).toHaveLength(1);
  }, 90_000);

  it('fails with the beheerder’s instruction when consent is revoked, and makes no further attempts', async () => {
    // Mirror jobs run side by side: an upload session of an earlier test may still be sending its
    // ranges (pre-authenticated, so consent does not stop it). Let those finish first, so that every
    // request counted below belongs to this test.
    await waitFor('earlier mirrors to settle', async () => (await mirrors()).every((m) => m.status !== 'PENDING' && m.status !== 'RETRYING'));
    fake.setConsent(tenantGuid, false);
    const doc = await upload(`/bestanden/werkgroepen/${engels}`, { name: 'besluiten.txt', bytes: Buffer.from('Besluitenlijst\n') }, { title: 'Besluitenlijst' });
    const failed = await waitFor('failed on revoked consent', async () => {
      const m = await mirrorOf(doc.id);
      return m?.status === 'FAILED' ? m : null;
    });
    expect(failed.lastError).toContain('opnieuw toestemming');
    expect(failed.nextAttemptAt).toBeNull();
    const { teamsTenants } = await beheerder.request<{ teamsTenants: Array<{ id: string; consent: string; consentError: string | null }> }>(
      'query($r: ID!) { teamsTenants(regionId: $r) { id consent consentError } }',
      { r: regionId },
    );
    expect(teamsTenants.find((t) => t.id === tenantRef)).toMatchObject({ consent: 'REVOKED', consentError: expect.stringContaining('AADSTS65001') });

    // Nothing more goes to Microsoft for this tenant: the next document fails at once.
    await new Promise((r) => setTimeout(r, 1000));
    fake.requests = [];
    const next = await upload(`/bestanden/werkgroepen/${engels}`, { name: 'later.txt', bytes: Buffer.from('Later\n') }, { title: 'Later' });
    await waitFor(
      'failed without calls',
      async () => (await mirrors()).filter((m) => m.documentId === next.id).every((m) => m.status === 'FAILED') && (await mirrors()).some((m) => m.documentId === next.id),
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(fake.requests.filter((r) => r.kind !== 'control')).toEqual([]);
    const retry = await docent.query('mutation($id: ID!) { retryDocumentMirror(id: $id) { id } }', { id: failed.id });
    expect(retry.errors?.[0].extensions?.code).toBe('CONFLICT');

    // Consent back: the failed items are tried again and mirrored.
    fake.setConsent(tenantGuid, true);
    await beheerder.request('mutation($id: ID!) { setTeamsTenantConsent(id: $id, consent: GRANTED) { id } }', { id: tenantRef });
    await settled(next.id, 1);
    expect(files().filter((f) => f.name === 'Later.txt')).toHaveLength(1);
  }, 90_000);

  it('queues nothing for a group without a link, nor on a server without Graph credentials', async () => {
    const { teamsMirror } = await beheerder.request<{ teamsMirror: { links: unknown[] } }>('query($w: ID!) { teamsMirror(werkgroepId: $w) { links { id } } }', { w: techniek });
    expect(teamsMirror.links).toEqual([]);
    const verbinder = await signedIn(api.url, 'verbinder');
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('Keuzevakken\n')]), 'keuze.txt');
    const response = await fetch(`${api.url}/bestanden/werkgroepen/${techniek}`, { method: 'POST', body: form, headers: { cookie: verbinder.cookieHeader() } });
    expect(response.status).toBe(201);
    await api.stop();

    // The same data without MS_GRAPH_*: linking still works, the UI is told, nothing is queued.
    api = await startApi({ dataDir, env: { OUTBOX_POLL_MS: '200', ...dbEnv() } });
    docent = await signedIn(api.url, 'docent');
    const info = await docent.request<{ teamsMirror: { configured: boolean; links: Array<{ id: string }> } }>('query($w: ID!) { teamsMirror(werkgroepId: $w) { configured links { id } } }', {
      w: engels,
    });
    expect(info.teamsMirror.configured).toBe(false);
    expect(info.teamsMirror.links.length).toBe(2);
    const offline = await upload(`/bestanden/werkgroepen/${engels}`, { name: 'offline.txt', bytes: Buffer.from('Zonder Teams\n') }, { title: 'Zonder Teams' });
    await api.stop();

    const database = await Database.open(pg ? { kind: 'postgres', url: pg.url, poolSize: 1 } : { kind: 'pglite', dataDir: join(dataDir, 'pglite') });
    try {
      const count = async (werkgroepId: string) =>
        (
          (await database.db.execute(sql`select count(*)::int as n from outbox where kind = 'document.changed' and payload->>'werkgroepId' = ${werkgroepId}`)) as unknown as {
            rows: Array<{ n: number }>;
          }
        ).rows[0].n;
      expect(await count(techniek)).toBe(0);
      expect(await count(engels)).toBeGreaterThan(0);
      const forOffline = (await database.db.execute(sql`select count(*)::int as n from outbox where payload->>'documentId' = ${offline.id}`)) as unknown as { rows: Array<{ n: number }> };
      expect(forOffline.rows[0].n).toBe(0);
    } finally {
      await database.close();
    }
  }, 120_000);
});
