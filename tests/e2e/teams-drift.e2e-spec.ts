// Teams drift end to end: the built API (drift scan every second) against the HTTPS fake Graph
// server, through the real Graph client. A person edits a mirrored file in Teams (the fake's
// control API: new bytes, new eTag/cTag, modified by a user) → the scan records drift, the
// document's mirror shows DRIFT and a watching socket.io client hears it; a new Verbinder
// version does not overwrite the Teams file; importing the Teams version makes it a new version
// with the Teams bytes and nothing is uploaded again; keeping Verbinder's version overwrites
// Teams; a file deleted in Teams can be put back; our own uploads are never drift; a 410 on the
// delta link starts over without false drift; who may see and decide.
import { createHash } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { connectSocket, nextEvent } from '../support/realtime-clients';
import { linkEngels, teamsSuite } from '../support/teams-mirror-fixtures';
import { waitFor } from '../support/timing';

interface Drift {
  id: string;
  documentId: string;
  documentTitle: string;
  kind: string;
  teamsName: string | null;
  size: number | null;
  modifiedBy: string | null;
  resolvedAt: string | null;
  resolution: string | null;
  importedVersion: number | null;
}
const DRIFT_FIELDS = 'id documentId documentTitle kind teamsName size modifiedBy resolvedAt resolution importedVersion';
interface Mirror {
  documentId: string;
  status: string;
  mirroredVersion: number | null;
  lastError: string | null;
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

jest.setTimeout(120_000);

describe('Teams drift against the fake Graph server', () => {
  const teams = teamsSuite('verbinder-teams-drift-', { MS_GRAPH_DRIFT_INTERVAL_MS: '1000' });
  let verbinder: GraphqlHttpClient;
  let engels: string;
  let driveId: string;
  let channelFolderId: string;
  const sockets: Socket[] = [];
  const docs: Record<string, { id: string; bytes: Buffer; name: string }> = {};

  beforeAll(async () => {
    driveId = teams.school.driveId;
    channelFolderId = teams.school.channelFolderId;
    verbinder = await signedIn(teams.api.url, 'verbinder');
    ({ engels } = await linkEngels(teams.beheerder, teams.school));
    for (const [key, title] of [
      ['edited', 'Leesplan'],
      ['kept', 'Toetsmatrijs'],
      ['deleted', 'Woordenlijst'],
    ] as const) {
      const bytes = Buffer.from(`${title}: de eerste versie uit Verbinder.\n`);
      const form = new FormData();
      form.append('title', title);
      form.append('file', new Blob([bytes]), `${key}.txt`);
      const response = await fetch(`${teams.api.url}/bestanden/werkgroepen/${engels}`, { method: 'POST', body: form, headers: { cookie: teams.docent.cookieHeader() } });
      expect(response.status).toBe(201);
      const { document } = (await response.json()) as { document: { id: string } };
      docs[key] = { id: document.id, bytes, name: `${title}.txt` };
    }
    await waitFor(
      'every document mirrored',
      async () => {
        const all = await mirrors();
        return all.length > 3 && all.every((m) => m.status === 'MIRRORED') ? all : null;
      },
      60_000,
    );
  }, 180_000);

  afterAll(async () => {
    for (const socket of sockets) socket.close();
  });

  const mirrors = async () =>
    (await teams.docent.request<{ documentMirrors: Mirror[] }>('query($w: ID!) { documentMirrors(werkgroepId: $w) { documentId status mirroredVersion lastError } }', { w: engels })).documentMirrors;
  const mirrorOf = async (documentId: string) => (await mirrors()).find((m) => m.documentId === documentId);
  const drifts = async (client = teams.docent, includeResolved = false) =>
    (await client.request<{ teamsDrifts: Drift[] }>(`query($w: ID!, $r: Boolean) { teamsDrifts(werkgroepId: $w, includeResolved: $r) { ${DRIFT_FIELDS} } }`, { w: engels, r: includeResolved }))
      .teamsDrifts;
  const driftOf = (documentId: string) => waitFor(`drift of ${documentId}`, async () => (await drifts()).find((d) => d.documentId === documentId));
  /** The file in the channel folder with this name (live items only). */
  const teamsFile = (name: string) => teams.fake.children(driveId, channelFolderId).find((c) => c.name === name);
  const teamsFiles = (name: string) => teams.fake.children(driveId, channelFolderId).filter((c) => c.name === name);
  const scans = () => teams.fake.requestLog({ kind: 'graph', pathIncludes: '/delta' }).length;
  const afterScans = async (n: number) => {
    const target = scans() + n;
    await waitFor(`${n} more drift scans`, async () => scans() >= target);
  };
  const download = async (documentId: string, version: number) => {
    const response = await fetch(`${teams.api.url}/bestanden/documenten/${documentId}/versies/${version}`, { headers: { cookie: teams.docent.cookieHeader() } });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  it('does not take the mirror’s own uploads for drift', async () => {
    await afterScans(2);
    expect(await drifts(teams.docent, true)).toEqual([]);
    expect((await mirrors()).every((m) => m.status === 'MIRRORED')).toBe(true);
  });

  it('shows a file a person changed in Teams as drift, live, and a new Verbinder version does not overwrite it', async () => {
    const socket = await connectSocket(teams.api.url, teams.docent.cookieHeader());
    sockets.push(socket);
    expect(await socket.emitWithAck('werkgroep:watch', engels)).toEqual({ ok: true });
    const live = nextEvent<{ werkgroepId: string; kind: string; entityId: string; action: string }>(socket, 'werkgroep:changed', 15_000, (c) => c.action === 'teams-drift');

    const file = teamsFile(docs.edited.name)!;
    const edited = Buffer.from('Leesplan: aangepast in Teams door de sectievoorzitter, met de nieuwe leeslijst.\n');
    teams.fake.userEdit(driveId, file.id, { content: edited, by: 'Mevr. Jansen' });
    docs.edited.bytes = edited;

    expect(await live).toMatchObject({ werkgroepId: engels, kind: 'document', entityId: docs.edited.id, action: 'teams-drift' });
    const drift = await driftOf(docs.edited.id);
    expect(drift).toMatchObject({ kind: 'CHANGED', documentTitle: 'Leesplan', teamsName: 'Leesplan.txt', size: edited.length, modifiedBy: 'Mevr. Jansen', resolvedAt: null });
    const mirror = await mirrorOf(docs.edited.id);
    expect(mirror?.status).toBe('DRIFT');
    expect(mirror?.lastError).toMatch(/^Gewijzigd in Teams door Mevr\. Jansen op \d+ \w+ 20\d\d/);

    // The same change is seen by later scans: still one drift.
    await afterScans(2);
    expect((await drifts(teams.docent, true)).filter((d) => d.documentId === docs.edited.id)).toHaveLength(1);

    // A new version in Verbinder meanwhile: the mirror waits for a member's choice.
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('Leesplan: versie 2 uit Verbinder.\n')]), 'leesplan-v2.txt');
    const v2 = await fetch(`${teams.api.url}/bestanden/documenten/${docs.edited.id}/versies`, { method: 'POST', body: form, headers: { cookie: teams.docent.cookieHeader() } });
    expect(v2.status).toBe(201);
    await waitFor('the mirror job of version 2 ran', async () => {
      const m = await mirrorOf(docs.edited.id);
      return m?.status === 'DRIFT' && m.mirroredVersion === 1 ? m : null;
    });
    await afterScans(1);
    expect(sha(teams.fake.content(driveId, file.id))).toBe(sha(edited));
    expect(teamsFiles(docs.edited.name)).toHaveLength(1);
  });

  it('lets members see the drift and only members decide (beheerders see it; a verbinder who is no member does not)', async () => {
    const drift = await driftOf(docs.edited.id);
    expect((await drifts(teams.beheerder)).map((d) => d.id)).toContain(drift.id);
    const hidden = await verbinder.query('query($w: ID!) { teamsDrifts(werkgroepId: $w) { id } }', { w: engels });
    expect(hidden.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const refused = await teams.beheerder.query('mutation($id: ID!) { importTeamsVersion(id: $id) { id } }', { id: drift.id });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const notFound = await verbinder.query('mutation($id: ID!) { dismissTeamsDrift(id: $id) { id } }', { id: drift.id });
    expect(notFound.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect((await drifts()).find((d) => d.id === drift.id)?.resolvedAt).toBeNull();
  });

  it('imports the Teams version as a new version: the Teams bytes, and nothing uploaded again', async () => {
    const drift = await driftOf(docs.edited.id);
    const socket = sockets[0];
    const live = nextEvent<{ entityId: string; action: string }>(socket, 'werkgroep:changed', 15_000, (c) => c.action === 'teams-drift-resolved');
    const file = teamsFile(docs.edited.name)!;
    const eTagBefore = file.eTag;
    teams.fake.requests = [];
    const { importTeamsVersion } = await teams.docent.request<{ importTeamsVersion: Drift }>(`mutation($id: ID!) { importTeamsVersion(id: $id) { ${DRIFT_FIELDS} } }`, { id: drift.id });
    expect(importTeamsVersion).toMatchObject({ id: drift.id, resolution: 'IMPORTED', importedVersion: 3 });
    expect(importTeamsVersion.resolvedAt).not.toBeNull();
    expect(await live).toMatchObject({ entityId: docs.edited.id, action: 'teams-drift-resolved' });

    expect(sha(await download(docs.edited.id, 3))).toBe(sha(docs.edited.bytes));
    const { werkgroepDocument } = await teams.docent.request<{
      werkgroepDocument: { currentVersion: number; versions: Array<{ version: number; note: string | null; author: { name: string } | null }> };
    }>('query($id: ID!) { werkgroepDocument(id: $id) { currentVersion versions { version note author { name } } } }', { id: docs.edited.id });
    expect(werkgroepDocument.currentVersion).toBe(3);
    expect(werkgroepDocument.versions.find((v) => v.version === 3)?.note).toMatch(/^Overgenomen uit Teams \(gewijzigd door Mevr\. Jansen op .+\)\.$/);

    // The mirror job of version 3 finds Teams already has it: no upload, no overwrite, no second file.
    await waitFor('version 3 mirrored', async () => {
      const m = await mirrorOf(docs.edited.id);
      return m?.status === 'MIRRORED' && m.mirroredVersion === 3 ? m : null;
    });
    await afterScans(2);
    const writes = teams.fake.requests.filter((r) => r.method !== 'GET' && (r.kind === 'graph' || r.kind === 'upload'));
    expect(writes).toEqual([]);
    expect(teamsFiles(docs.edited.name)).toHaveLength(1);
    expect(teamsFile(docs.edited.name)?.eTag).toBe(eTagBefore);
    expect(sha(teams.fake.content(driveId, file.id))).toBe(sha(docs.edited.bytes));
    expect((await drifts()).filter((d) => d.documentId === docs.edited.id)).toEqual([]);

    const again = await teams.docent.query('mutation($id: ID!) { importTeamsVersion(id: $id) { id } }', { id: drift.id });
    expect(again.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    expect(again.errors?.[0].message).toBe('Deze wijziging in Teams is al afgehandeld.');

    // A later Verbinder version replaces the imported file as usual (If-Match the stored Teams eTag).
    const form = new FormData();
    const v4 = Buffer.from('Leesplan: versie 4, na de vergadering.\n');
    form.append('file', new Blob([v4]), 'leesplan-v4.txt');
    expect((await fetch(`${teams.api.url}/bestanden/documenten/${docs.edited.id}/versies`, { method: 'POST', body: form, headers: { cookie: teams.docent.cookieHeader() } })).status).toBe(201);
    await waitFor('version 4 mirrored', async () => (await mirrorOf(docs.edited.id))?.mirroredVersion === 4);
    expect(sha(teams.fake.content(driveId, file.id))).toBe(sha(v4));
  });

  it("keeps Verbinder's version on request: the next mirror overwrites the Teams file", async () => {
    const file = teamsFile(docs.kept.name)!;
    teams.fake.userEdit(driveId, file.id, { content: Buffer.from('Toetsmatrijs: per ongeluk leeggehaald in Teams.\n'), by: 'Dhr. De Vries' });
    const drift = await driftOf(docs.kept.id);
    expect(drift).toMatchObject({ kind: 'CHANGED', modifiedBy: 'Dhr. De Vries' });
    const { dismissTeamsDrift } = await teams.docent.request<{ dismissTeamsDrift: Drift }>(`mutation($id: ID!) { dismissTeamsDrift(id: $id) { ${DRIFT_FIELDS} } }`, { id: drift.id });
    expect(dismissTeamsDrift).toMatchObject({ resolution: 'KEPT_VERBINDER', importedVersion: null });
    await waitFor('Teams has Verbinder’s version again', async () => sha(teams.fake.content(driveId, file.id)) === sha(docs.kept.bytes));
    await waitFor('mirrored', async () => (await mirrorOf(docs.kept.id))?.status === 'MIRRORED');
    expect(teamsFiles(docs.kept.name)).toHaveLength(1);
    await afterScans(2);
    expect((await drifts()).filter((d) => d.documentId === docs.kept.id)).toEqual([]);
  });

  it('shows a file deleted in Teams; it cannot be imported, and can be put back', async () => {
    const file = teamsFile(docs.deleted.name)!;
    teams.fake.userDelete(driveId, file.id, 'Mevr. Jansen');
    const drift = await driftOf(docs.deleted.id);
    expect(drift).toMatchObject({ kind: 'DELETED', teamsName: 'Woordenlijst.txt' });
    expect((await mirrorOf(docs.deleted.id))?.lastError).toMatch(/^Verwijderd in Teams/);
    const refused = await teams.docent.query('mutation($id: ID!) { importTeamsVersion(id: $id) { id } }', { id: drift.id });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0].message).toMatch(/geen Teams-versie om over te nemen/);

    await teams.docent.request('mutation($id: ID!) { dismissTeamsDrift(id: $id) { id } }', { id: drift.id });
    const back = await waitFor('put back in Teams', async () => teamsFile(docs.deleted.name));
    expect(back.id).not.toBe(file.id);
    expect(sha(teams.fake.content(driveId, back.id))).toBe(sha(docs.deleted.bytes));
    await waitFor('mirrored', async () => (await mirrorOf(docs.deleted.id))?.status === 'MIRRORED');
    await afterScans(2);
    expect((await drifts()).filter((d) => d.documentId === docs.deleted.id)).toEqual([]);
  });

  it('starts over after a 410 on the delta link without false drift', async () => {
    teams.fake.userUpload(driveId, channelFolderId, 'Iets anders.txt', Buffer.from('niet van Verbinder'), 'Mevr. Jansen');
    teams.fake.expireDeltaTokens(driveId);
    teams.fake.requests = [];
    await afterScans(2);
    const deltas = teams.fake.requestLog({ kind: 'graph', pathIncludes: '/delta' });
    expect(deltas.some((r) => r.status === 410)).toBe(true);
    expect(deltas.some((r) => r.status === 200 && !r.path.includes('token='))).toBe(true);
    expect(await drifts()).toEqual([]);
    expect((await mirrors()).every((m) => m.status === 'MIRRORED')).toBe(true);
  });
});
