// The Microsoft Graph adapter of the Teams mirror, through the real @microsoft/microsoft-graph-client
// and @azure/identity ClientSecretCredential, against the fake Graph server over real HTTPS
// (tools/teams-fake, self-signed certificate trusted through the adapter's `caCertificate`).
import { createHash, randomBytes } from 'node:crypto';
import { createNodeHttpsFetch, MsGraphTeamsDrive } from '@verbinder/integrations/ms-graph';
import {
  ChannelFolder,
  TeamsAuthFailed,
  TeamsConflict,
  TeamsNotFound,
  TeamsNotProvisioned,
  TeamsRateLimiter,
  TeamsResyncRequired,
  TeamsRetryPolicy,
  TeamsDriveItem,
  ThrottledTeamsDrive,
  UPLOAD_RANGE_UNIT_BYTES,
  quickXorHash,
  realSleep,
  uploadLargeFile,
} from '@verbinder/teams-mirror/core';
import { graphAdapters } from '../support/graph-adapters';

jest.setTimeout(60_000);

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

describe('Teams drive adapter (Graph client) against the fake Graph server', () => {
  const graph = graphAdapters();

  const newAdapter = (gate?: TeamsRateLimiter): MsGraphTeamsDrive => graph.adapter({ gate });

  /** A fresh school tenant with one team and one channel. */
  const school = (channel: { provisioned?: boolean; provisionAfterCalls?: number } = {}) => {
    const tenant = graph.fake.createTenant({ displayName: 'Vmbo De Brug' });
    const team = graph.fake.createTeam({ tenantId: tenant.id, displayName: 'Werkgroep Techniek' });
    const created = graph.fake.createChannel({ teamId: team.id, displayName: 'Techniek', ...channel });
    return { tenantId: tenant.id, teamId: team.id, channelId: created.id, driveId: team.driveId };
  };

  const provisionedFolder = async (adapter: MsGraphTeamsDrive) => {
    const ids = school();
    const folder = await adapter.resolveChannelFolder(ids);
    return { ...ids, folder };
  };

  /** ThrottledTeamsDrive whose sleeps return at once; every wait is recorded. */
  const throttled = (adapter: MsGraphTeamsDrive) => {
    const waits: Array<{ reason: string; delayMs: number }> = [];
    const drive = new ThrottledTeamsDrive(adapter, new TeamsRetryPolicy({}, () => 0.5), async () => undefined, {
      onWait: (event) => waits.push({ reason: event.reason, delayMs: event.delayMs }),
    });
    return { drive, waits };
  };

  it('resolves a channel folder and uploads a small file, honouring the conflict behaviour', async () => {
    const adapter = newAdapter();
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);
    expect(folder).toEqual<ChannelFolder>({ driveId, folderId: expect.any(String), name: 'Techniek', webUrl: expect.any(String) });

    const content = Buffer.from('Verslag werkgroep techniek, 12 maart');
    const item = await adapter.uploadSmall({ tenantId, driveId, parentId: folder.folderId, name: 'Verslag.txt', content, conflict: 'fail' });
    expect(item).toMatchObject({ driveId, name: 'Verslag.txt', size: content.length, parentId: folder.folderId, isFolder: false, lastModifiedBy: 'Verbinder' });
    expect(item.eTag).not.toBe('');
    expect(graph.fake.content(driveId, item.id).equals(content)).toBe(true);

    await expect(adapter.uploadSmall({ tenantId, driveId, parentId: folder.folderId, name: 'Verslag.txt', content, conflict: 'fail' })).rejects.toMatchObject({
      kind: 'conflict',
      reason: 'name-exists',
    });
    const renamed = await adapter.uploadSmall({ tenantId, driveId, parentId: folder.folderId, name: 'Verslag.txt', content, conflict: 'rename' });
    expect(renamed.name).toBe('Verslag 1.txt');
    const replaced = await adapter.uploadSmall({ tenantId, driveId, parentId: folder.folderId, name: 'Verslag.txt', content: Buffer.from('v2'), conflict: 'replace' });
    expect(replaced.id).toBe(item.id);
    expect(replaced.eTag).not.toBe(item.eTag);
    expect(
      graph.fake
        .children(driveId, folder.folderId)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Verslag 1.txt', 'Verslag.txt']);

    // every Graph call carried a bearer token obtained from the fake token endpoint
    expect(graph.fake.requestLog({ kind: 'graph' }).every((entry) => entry.authorization)).toBe(true);
    expect(graph.fake.requestLog({ kind: 'token' }).length).toBeGreaterThanOrEqual(1);
  });

  it('uploads a 20 MB file through an upload session in 320 KiB-multiple ranges, in order, without Authorization', async () => {
    const adapter = newAdapter();
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);
    const file = randomBytes(20 * 1000 * 1000);
    const rangeBytes = 10 * UPLOAD_RANGE_UNIT_BYTES;
    graph.fake.requests = [];

    const item = await uploadLargeFile(adapter, {
      tenantId,
      driveId,
      parentId: folder.folderId,
      name: 'Curriculum PTA 2025.pdf',
      size: file.length,
      conflict: 'fail',
      rangeBytes,
      read: async (start, length) => file.subarray(start, start + length),
    });

    expect(item).toMatchObject({ name: 'Curriculum PTA 2025.pdf', size: file.length, parentId: folder.folderId });
    expect(sha256(graph.fake.content(driveId, item.id))).toBe(sha256(file));
    const puts = graph.fake.requestLog({ kind: 'upload', method: 'PUT' });
    expect(puts).toHaveLength(Math.ceil(file.length / rangeBytes));
    expect(puts.every((entry) => entry.status === 202 || entry.status === 201)).toBe(true);
    expect(puts.some((entry) => entry.authorization)).toBe(false);
    let expectedStart = 0;
    for (const [index, entry] of puts.entries()) {
      const [, start, end, total] = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(entry.contentRange ?? '')!.map(Number);
      expect(start).toBe(expectedStart);
      expect(total).toBe(file.length);
      if (index < puts.length - 1) expect((end - start + 1) % UPLOAD_RANGE_UNIT_BYTES).toBe(0);
      expectedStart = end + 1;
    }
    expect(expectedStart).toBe(file.length);
  });

  it('the fake refuses ranges that are not 320 KiB multiples, out of order, or repeated (416)', async () => {
    const adapter = newAdapter();
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);
    const total = 3 * UPLOAD_RANGE_UNIT_BYTES + 10;
    const session = await adapter.createUploadSession({ tenantId, driveId, parentId: folder.folderId, name: 'Ranges.bin', size: total, conflict: 'fail' });
    expect(session.nextExpectedRanges).toEqual([{ start: 0, end: null }]);
    const bytes = randomBytes(total);
    const ref = { tenantId, driveId, uploadUrl: session.uploadUrl, totalSize: total };

    await expect(adapter.uploadRange({ ...ref, start: 0, bytes: bytes.subarray(0, 1000) })).rejects.toMatchObject({ kind: 'invalid-request', status: 400 });
    await expect(adapter.uploadRange({ ...ref, start: UPLOAD_RANGE_UNIT_BYTES, bytes: bytes.subarray(UPLOAD_RANGE_UNIT_BYTES, 2 * UPLOAD_RANGE_UNIT_BYTES) })).rejects.toMatchObject({
      kind: 'invalid-request',
    });
    const first = await adapter.uploadRange({ ...ref, start: 0, bytes: bytes.subarray(0, UPLOAD_RANGE_UNIT_BYTES) });
    expect(first).toMatchObject({ done: false, nextExpectedRanges: [{ start: UPLOAD_RANGE_UNIT_BYTES, end: total - 1 }] });
    await expect(adapter.uploadRange({ ...ref, start: 0, bytes: bytes.subarray(0, UPLOAD_RANGE_UNIT_BYTES) })).rejects.toMatchObject({
      kind: 'conflict',
      reason: 'range-not-expected',
      status: 416,
    });
    await expect(adapter.getUploadSession({ tenantId, driveId, uploadUrl: session.uploadUrl })).resolves.toMatchObject({
      nextExpectedRanges: [{ start: UPLOAD_RANGE_UNIT_BYTES, end: total - 1 }],
    });
    const rest = await adapter.uploadRange({ ...ref, start: UPLOAD_RANGE_UNIT_BYTES, bytes: bytes.subarray(UPLOAD_RANGE_UNIT_BYTES) });
    expect(rest.done).toBe(true);

    // an expired session is gone; cancelling it again is fine
    const second = await adapter.createUploadSession({ tenantId, driveId, parentId: folder.folderId, name: 'Verlopen.bin', size: total, conflict: 'fail' });
    graph.fake.expireUploadSessions();
    await expect(adapter.getUploadSession({ tenantId, driveId, uploadUrl: second.uploadUrl })).rejects.toBeInstanceOf(TeamsNotFound);
    await expect(adapter.cancelUploadSession({ tenantId, driveId, uploadUrl: second.uploadUrl })).resolves.toBeUndefined();
  });

  it('resumes an interrupted upload session from nextExpectedRanges with a new adapter instance: exactly one file', async () => {
    const first = newAdapter();
    const { tenantId, driveId, folder } = await provisionedFolder(first);
    const file = randomBytes(12 * 1000 * 1000);
    const rangeBytes = 8 * UPLOAD_RANGE_UNIT_BYTES;
    let storedUploadUrl: string | null = null;
    let rangesAccepted = 0;
    const input = {
      tenantId,
      driveId,
      parentId: folder.folderId,
      name: 'Groot verslag.docx',
      size: file.length,
      conflict: 'fail' as const,
      rangeBytes,
      read: async (start: number, length: number) => file.subarray(start, start + length),
    };

    await expect(
      uploadLargeFile(first, {
        ...input,
        onSession: (session) => {
          storedUploadUrl = session.uploadUrl; // what the mirror job stores in the outbox row
        },
        onProgress: () => {
          rangesAccepted += 1;
          if (rangesAccepted === 2) throw new Error('process killed');
        },
      }),
    ).rejects.toThrow('process killed');
    first.close();
    expect(storedUploadUrl).not.toBeNull();
    expect(graph.fake.children(driveId, folder.folderId)).toHaveLength(0);

    const restarted = newAdapter();
    graph.fake.requests = [];
    const item = await uploadLargeFile(restarted, { ...input, resumeUploadUrl: storedUploadUrl });

    const firstResumedPut = graph.fake.requestLog({ kind: 'upload', method: 'PUT' })[0];
    expect(firstResumedPut.contentRange).toMatch(new RegExp(`^bytes ${2 * rangeBytes}-`));
    expect(graph.fake.requestLog({ kind: 'graph', pathIncludes: 'createUploadSession' })).toHaveLength(0);
    expect(graph.fake.children(driveId, folder.folderId)).toEqual([expect.objectContaining({ id: item.id, name: 'Groot verslag.docx', size: file.length })]);
    expect(sha256(graph.fake.content(driveId, item.id))).toBe(sha256(file));
  });

  it('honours Retry-After on injected 429s and 503s and then succeeds', async () => {
    const adapter = newAdapter();
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);
    const { drive, waits } = throttled(adapter);
    graph.fake.addFault({ status: 429, retryAfterSeconds: 7, count: 2, pathIncludes: ':/Planning.xlsx:/content' });
    graph.fake.addFault({ status: 503, retryAfterSeconds: 3, count: 1, pathIncludes: ':/Planning.xlsx:/content' });
    graph.fake.requests = [];

    const item = await drive.uploadSmall({ tenantId, driveId, parentId: folder.folderId, name: 'Planning.xlsx', content: Buffer.from('planning'), conflict: 'fail' });

    expect(item.name).toBe('Planning.xlsx');
    expect(graph.fake.requestLog({ kind: 'graph', pathIncludes: 'Planning.xlsx' }).map((entry) => entry.status)).toEqual([429, 429, 503, 201]);
    const retries = waits.filter((wait) => wait.reason === 'retry').map((wait) => wait.delayMs);
    expect(retries).toHaveLength(3);
    expect(retries[0]).toBeGreaterThanOrEqual(7_000);
    expect(retries[1]).toBeGreaterThanOrEqual(7_000);
    expect(retries[2]).toBeGreaterThanOrEqual(3_000);
    expect(graph.fake.children(driveId, folder.folderId)).toHaveLength(1);
  });

  it('waits at least Retry-After in real time before retrying', async () => {
    const adapter = newAdapter(new TeamsRateLimiter({ nowMs: () => performance.now() }));
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);
    const drive = new ThrottledTeamsDrive(adapter, new TeamsRetryPolicy(), realSleep);
    graph.fake.addFault({ status: 429, retryAfterSeconds: 1, count: 1, pathIncludes: ':/Echt.txt:/content' });

    const started = performance.now();
    await drive.uploadSmall({ tenantId, driveId, parentId: folder.folderId, name: 'Echt.txt', content: Buffer.from('x'), conflict: 'fail' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(graph.fake.requestLog({ kind: 'graph', pathIncludes: 'Echt.txt' }).map((entry) => entry.status)).toEqual([429, 201]);
  });

  it('with the request gate, a Retry-After holds every other call of the tenant, and every request of a folder path takes a slot', async () => {
    const adapter = newAdapter(new TeamsRateLimiter({ nowMs: () => performance.now() }));
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);
    const drive = new ThrottledTeamsDrive(adapter, new TeamsRetryPolicy(), realSleep);
    graph.fake.requests = [];
    graph.fake.addFault({ status: 429, retryAfterSeconds: 1, count: 1, pathIncludes: ':/Eerste.txt:/content' });
    const upload = (name: string) => drive.uploadSmall({ tenantId, driveId, parentId: folder.folderId, name, content: Buffer.from(name), conflict: 'fail' });
    // one 429 while five other jobs of the school wait for their slot, two of them creating a three-level folder path
    await Promise.all([
      upload('Eerste.txt'),
      ...['Tweede.txt', 'Derde.txt', 'Vierde.txt'].map(upload),
      drive.ensureFolder({ tenantId, driveId, parentId: folder.folderId, path: 'Jaar 1/Periode 2/Week 3' }),
      drive.ensureFolder({ tenantId, driveId, parentId: folder.folderId, path: 'Jaar 1/Periode 2/Week 4' }),
    ]);
    const violations = graph.fake.violations();
    expect(violations.retryAfter).toEqual([]);
    expect(violations.channelRate).toEqual([]);
    expect(graph.fake.requestLog({ kind: 'graph', status: 429 })).toHaveLength(1);
    expect(graph.fake.requestLog({ kind: 'graph' }).length).toBeGreaterThanOrEqual(11); // 4 uploads + 1 retry + folder lookups and creates
  });

  it('answers TeamsNotProvisioned while filesFolder is 404, and resolves once the channel is provisioned', async () => {
    const adapter = newAdapter();
    const channel = school({ provisioned: false });
    const { drive, waits } = throttled(adapter);

    const error = await drive.resolveChannelFolder(channel).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamsNotProvisioned);
    expect((error as Error).message).toContain('Open het tabblad Bestanden');
    expect(new TeamsRetryPolicy({}, () => 0.5).decide(error, 1)).toEqual({ action: 'reschedule', delayMs: expect.any(Number) });
    expect(waits.filter((wait) => wait.reason === 'retry')).toHaveLength(0); // rescheduled by the worker, not spun inline

    graph.fake.provision(channel.teamId, channel.channelId);
    await expect(drive.resolveChannelFolder(channel)).resolves.toMatchObject({ driveId: channel.driveId, name: 'Techniek' });

    // provisioning triggered by the Nth filesFolder call, as Teams sometimes does
    const lazy = school({ provisioned: false, provisionAfterCalls: 2 });
    await expect(adapter.resolveChannelFolder(lazy)).rejects.toBeInstanceOf(TeamsNotProvisioned);
    await expect(adapter.resolveChannelFolder(lazy)).rejects.toBeInstanceOf(TeamsNotProvisioned);
    await expect(adapter.resolveChannelFolder(lazy)).resolves.toMatchObject({ driveId: lazy.driveId });
  });

  it('stops without retrying when the school revoked consent, and when the client secret expired', async () => {
    const adapter = newAdapter();
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);
    const { drive, waits } = throttled(adapter);
    graph.fake.setConsent(tenantId, false);
    graph.fake.requests = [];

    const error = await drive.getItem({ tenantId, driveId, itemId: folder.folderId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamsAuthFailed);
    expect(error).toMatchObject({ reason: 'consent-revoked', vendorCode: 'AADSTS65001' });
    expect(waits).toHaveLength(0);
    expect(graph.fake.requestLog({ kind: 'token' }).map((entry) => entry.status)).toEqual([400]);

    graph.fake.setConsent(tenantId, true);
    await expect(drive.getItem({ tenantId, driveId, itemId: folder.folderId })).resolves.toMatchObject({ id: folder.folderId });

    const other = school();
    graph.fake.secretExpired = true;
    try {
      await expect(newAdapter().resolveChannelFolder(other)).rejects.toMatchObject({ kind: 'auth-failed', reason: 'secret-expired', vendorCode: 'AADSTS7000222' });
    } finally {
      graph.fake.secretExpired = false;
    }
  });

  it('refreshes an expired token transparently', async () => {
    const adapter = newAdapter();
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);

    // expired on the server while the client cache still trusts it: 401, new token, retry
    graph.fake.expireTokens(tenantId);
    graph.fake.requests = [];
    await expect(adapter.getItem({ tenantId, driveId, itemId: folder.folderId })).resolves.toMatchObject({ id: folder.folderId });
    // (a new credential instance also reads the tenant's openid-configuration: kind 'discovery')
    expect(graph.fake.requests.filter((entry) => entry.kind !== 'discovery').map((entry) => `${entry.kind} ${entry.status}`)).toEqual(['graph 401', 'token 200', 'graph 200']);

    // a short-lived token: the credential fetches a new one when it has run out
    const shortLived = graph.fake.createTenant({ tokenLifetimeSeconds: 1 });
    const team = graph.fake.createTeam({ tenantId: shortLived.id });
    const channel = graph.fake.createChannel({ teamId: team.id });
    const ref = { tenantId: shortLived.id, teamId: team.id, channelId: channel.id };
    await adapter.resolveChannelFolder(ref);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    graph.fake.requests = [];
    await expect(adapter.resolveChannelFolder(ref)).resolves.toMatchObject({ driveId: team.driveId });
    expect(graph.fake.requestLog({ kind: 'graph' }).map((entry) => entry.status)).not.toContain(401);
    expect(graph.fake.requestLog({ kind: 'token', status: 200 }).length).toBeGreaterThanOrEqual(1);
  });

  it('looks an item up by path, with its QuickXorHash and whether an app or a person changed it last', async () => {
    const adapter = newAdapter();
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);
    const verslagen = await adapter.ensureFolder({ tenantId, driveId, parentId: folder.folderId, path: 'Verslagen 2026' });
    const content = randomBytes(5 * 1024 * 1024 + 17);
    const session = await adapter.createUploadSession({ tenantId, driveId, parentId: verslagen.id, name: 'Notulen #3 (concept).pdf', size: content.length, conflict: 'fail' });
    let done: TeamsDriveItem | null = null;
    for (let start = 0; !done; start += UPLOAD_RANGE_UNIT_BYTES * 16) {
      const result = await adapter.uploadRange({
        tenantId,
        driveId,
        uploadUrl: session.uploadUrl,
        start,
        bytes: content.subarray(start, start + UPLOAD_RANGE_UNIT_BYTES * 16),
        totalSize: content.length,
      });
      if (result.done) done = result.item;
    }
    const found = await adapter.findByPath({ tenantId, driveId, parentId: folder.folderId, path: 'Verslagen 2026/Notulen #3 (concept).pdf' });
    expect(found).toMatchObject({ id: done.id, name: 'Notulen #3 (concept).pdf', parentId: verslagen.id, size: content.length, isFolder: false, lastModifiedByApp: true });
    // The fake computes the hash on its own; the mirror's implementation must agree with it.
    expect(found?.quickXorHash).toBe(quickXorHash(content));
    expect(await adapter.findByPath({ tenantId, driveId, parentId: verslagen.id, path: 'Notulen #3 (concept).pdf' })).toMatchObject({ id: done.id });
    expect(await adapter.findByPath({ tenantId, driveId, parentId: verslagen.id, path: 'Bestaat niet.pdf' })).toBeNull();
    expect(await adapter.findByPath({ tenantId, driveId, parentId: folder.folderId, path: 'Verslagen 2026' })).toMatchObject({ id: verslagen.id, isFolder: true, quickXorHash: null });

    graph.fake.userEdit(driveId, done.id, { content: Buffer.from('door een docent'), by: 'Docent Engels' });
    expect(await adapter.findByPath({ tenantId, driveId, parentId: verslagen.id, path: 'Notulen #3 (concept).pdf' })).toMatchObject({
      lastModifiedBy: 'Docent Engels',
      lastModifiedByApp: false,
      quickXorHash: quickXorHash(Buffer.from('door een docent')),
    });
    const lookups = graph.fake.requestLog({ kind: 'graph', method: 'GET', pathIncludes: ':/' });
    expect(lookups.length).toBeGreaterThanOrEqual(4);
  });

  it('renames, moves and deletes; deleting twice is fine; ensureFolder is idempotent', async () => {
    const adapter = newAdapter();
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);
    const archive = await adapter.ensureFolder({ tenantId, driveId, parentId: folder.folderId, path: 'Archief/2024' });
    const again = await adapter.ensureFolder({ tenantId, driveId, parentId: folder.folderId, path: 'Archief/2024' });
    expect(again.id).toBe(archive.id);
    expect(archive).toMatchObject({ name: '2024', isFolder: true });

    const item = await adapter.uploadSmall({ tenantId, driveId, parentId: folder.folderId, name: 'Notulen.docx', content: Buffer.from('n'), conflict: 'fail' });
    const renamed = await adapter.updateItem({ tenantId, driveId, itemId: item.id, name: 'Notulen maart.docx', ifMatch: item.eTag });
    expect(renamed).toMatchObject({ id: item.id, name: 'Notulen maart.docx', parentId: folder.folderId });
    const moved = await adapter.updateItem({ tenantId, driveId, itemId: item.id, parentId: archive.id });
    expect(moved).toMatchObject({ id: item.id, name: 'Notulen maart.docx', parentId: archive.id });
    expect(graph.fake.children(driveId, archive.id).map((c) => c.name)).toEqual(['Notulen maart.docx']);

    await adapter.deleteItem({ tenantId, driveId, itemId: item.id });
    await expect(adapter.deleteItem({ tenantId, driveId, itemId: item.id })).resolves.toBeUndefined();
    await expect(adapter.getItem({ tenantId, driveId, itemId: item.id })).rejects.toBeInstanceOf(TeamsNotFound);
    expect(graph.fake.children(driveId, archive.id)).toHaveLength(0);
  });

  it('reports files changed and deleted by people in Teams through delta', async () => {
    const adapter = newAdapter();
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);
    const item = await adapter.uploadSmall({ tenantId, driveId, parentId: folder.folderId, name: 'Rooster.xlsx', content: Buffer.from('v1'), conflict: 'fail' });
    const other = await adapter.uploadSmall({ tenantId, driveId, parentId: folder.folderId, name: 'Oud.xlsx', content: Buffer.from('oud'), conflict: 'fail' });

    // Elsewhere on the team site (another channel's folder): not the linked folder, never read.
    const elsewhere = graph.fake.userUpload(driveId, graph.fake.drives.get(driveId)!.rootId, 'Salarissen.xlsx', Buffer.from('geheim'));
    graph.fake.requests = [];
    const initial = await adapter.delta({ tenantId, driveId, folderId: folder.folderId, deltaLink: null });
    expect(initial.changes.map((change) => (change.kind === 'upserted' ? change.item.name : change.itemId)).sort()).toEqual(['Oud.xlsx', 'Rooster.xlsx', 'Techniek']);
    expect(graph.fake.requestLog({ kind: 'graph', pathIncludes: '/delta' }).map((r) => r.path.split('?')[0])).toEqual([`/v1.0/drives/${driveId}/items/${folder.folderId}/delta`]);
    graph.fake.userEdit(driveId, elsewhere.id, { content: Buffer.from('nog geheimer') });

    graph.fake.userEdit(driveId, item.id, { content: Buffer.from('v2 met wijzigingen van een docent'), by: 'Mevr. Jansen' });
    graph.fake.userDelete(driveId, other.id);
    const next = await adapter.delta({ tenantId, driveId, folderId: folder.folderId, deltaLink: initial.deltaLink });
    expect(next.changes).toEqual([
      { kind: 'upserted', item: expect.objectContaining({ id: item.id, name: 'Rooster.xlsx', lastModifiedBy: 'Mevr. Jansen', size: 33 }) },
      { kind: 'deleted', driveId, itemId: other.id, name: 'Oud.xlsx', parentId: folder.folderId },
    ]);
    const edited = next.changes[0];
    expect(edited.kind === 'upserted' && edited.item.cTag !== item.cTag && edited.item.eTag !== item.eTag).toBe(true);

    const quiet = await adapter.delta({ tenantId, driveId, folderId: folder.folderId, deltaLink: next.deltaLink });
    expect(quiet.changes).toEqual([]);

    graph.fake.expireDeltaTokens(driveId);
    graph.fake.userEdit(driveId, item.id, { name: 'Rooster 2.xlsx' });
    await expect(adapter.delta({ tenantId, driveId, folderId: folder.folderId, deltaLink: initial.deltaLink })).rejects.toBeInstanceOf(TeamsResyncRequired);
  });

  it('pages through a large delta with @odata.nextLink', async () => {
    const adapter = newAdapter();
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);
    const previous = graph.fake.deltaPageSize;
    graph.fake.deltaPageSize = 3;
    try {
      for (let i = 0; i < 8; i++) {
        graph.fake.userUpload(driveId, folder.folderId, `Bestand ${i}.txt`, Buffer.from(String(i)));
      }
      graph.fake.requests = [];
      const result = await adapter.delta({ tenantId, driveId, folderId: folder.folderId, deltaLink: null });
      expect(result.changes).toHaveLength(9); // channel folder + 8 files
      expect(graph.fake.requestLog({ kind: 'graph', pathIncludes: '/delta' }).length).toBe(3); // 9 items in the folder, 3 a page
    } finally {
      graph.fake.deltaPageSize = previous;
    }
  });

  it('pages through the changes since a delta link, then starts over after a resync', async () => {
    const adapter = newAdapter();
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);
    const files = [];
    for (let i = 0; i < 5; i++) files.push(await adapter.uploadSmall({ tenantId, driveId, parentId: folder.folderId, name: `Les ${i}.txt`, content: Buffer.from(`les ${i}`), conflict: 'fail' }));
    const start = await adapter.delta({ tenantId, driveId, folderId: folder.folderId, deltaLink: null });
    const previous = graph.fake.deltaPageSize;
    graph.fake.deltaPageSize = 2;
    try {
      for (const file of files.slice(0, 4)) graph.fake.userEdit(driveId, file.id, { content: Buffer.from(`bewerkt ${file.name}`), by: 'Dhr. De Vries' });
      graph.fake.userDelete(driveId, files[4].id, 'Dhr. De Vries');
      graph.fake.requests = [];
      const changed = await adapter.delta({ tenantId, driveId, folderId: folder.folderId, deltaLink: start.deltaLink });
      // 5 changes, 2 a page: 3 requests, the later ones by @odata.nextLink (with the token kept)
      const calls = graph.fake.requestLog({ kind: 'graph', pathIncludes: '/delta' });
      expect(calls.map((c) => c.status)).toEqual([200, 200, 200]);
      expect(calls.slice(1).every((c) => c.path.includes('offset=') && c.path.includes('token='))).toBe(true);
      expect(changed.changes.filter((c) => c.kind === 'upserted').map((c) => c.kind === 'upserted' && c.item.lastModifiedBy)).toEqual(Array(4).fill('Dhr. De Vries'));
      expect(changed.changes.filter((c) => c.kind === 'deleted').map((c) => c.kind === 'deleted' && c.itemId)).toEqual([files[4].id]);

      // An expired token: TeamsResyncRequired, and a full enumeration (deltaLink null) works again.
      graph.fake.userEdit(driveId, files[0].id, { content: Buffer.from('nog een keer') });
      graph.fake.expireDeltaTokens(driveId);
      await expect(adapter.delta({ tenantId, driveId, folderId: folder.folderId, deltaLink: changed.deltaLink })).rejects.toBeInstanceOf(TeamsResyncRequired);
      const full = await adapter.delta({ tenantId, driveId, folderId: folder.folderId, deltaLink: null });
      expect(
        full.changes
          .filter((c) => c.kind === 'upserted' && !c.item.isFolder)
          .map((c) => c.kind === 'upserted' && c.item.name)
          .sort(),
      ).toEqual(['Les 0.txt', 'Les 1.txt', 'Les 2.txt', 'Les 3.txt']);
      expect((await adapter.delta({ tenantId, driveId, folderId: folder.folderId, deltaLink: full.deltaLink })).changes).toEqual([]);
    } finally {
      graph.fake.deltaPageSize = previous;
    }
  });

  it('downloads a file through the 302 redirect, without Authorization on the download URL', async () => {
    const adapter = newAdapter();
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);
    const item = await adapter.uploadSmall({ tenantId, driveId, parentId: folder.folderId, name: 'Toets.docx', content: Buffer.from('v1'), conflict: 'fail' });
    const edited = randomBytes(300_000);
    graph.fake.userEdit(driveId, item.id, { content: edited, by: 'Mevr. Jansen' });
    graph.fake.requests = [];
    const download = await adapter.downloadContent({ tenantId, driveId, itemId: item.id });
    const chunks: Buffer[] = [];
    for await (const chunk of download.content) chunks.push(Buffer.from(chunk as Uint8Array));
    expect(sha256(Buffer.concat(chunks))).toBe(sha256(edited));
    expect(download.size).toBe(edited.length);
    const [redirect, fetched] = graph.fake.requests;
    expect(redirect).toMatchObject({ kind: 'graph', method: 'GET', status: 302, authorization: true });
    expect(fetched).toMatchObject({ kind: 'download', method: 'GET', status: 200, authorization: false });

    graph.fake.userDelete(driveId, item.id);
    await expect(adapter.downloadContent({ tenantId, driveId, itemId: item.id })).rejects.toBeInstanceOf(TeamsNotFound);
  });

  it('refuses an update with a stale eTag (TeamsConflict)', async () => {
    const adapter = newAdapter();
    const { tenantId, driveId, folder } = await provisionedFolder(adapter);
    const item = await adapter.uploadSmall({ tenantId, driveId, parentId: folder.folderId, name: 'Afspraken.docx', content: Buffer.from('v1'), conflict: 'fail' });
    graph.fake.userEdit(driveId, item.id, { content: Buffer.from('door een docent aangepast') });

    const stale = { tenantId, driveId, parentId: folder.folderId, name: 'Afspraken.docx', conflict: 'replace' as const, ifMatch: item.eTag };
    await expect(adapter.uploadSmall({ ...stale, content: Buffer.from('v2 uit Verbinder') })).rejects.toMatchObject({ kind: 'conflict', reason: 'etag-mismatch', status: 412 });
    await expect(adapter.createUploadSession({ ...stale, size: 10 })).rejects.toBeInstanceOf(TeamsConflict);
    await expect(adapter.updateItem({ tenantId, driveId, itemId: item.id, name: 'Nieuw.docx', ifMatch: item.eTag })).rejects.toMatchObject({ reason: 'etag-mismatch' });
    expect(graph.fake.content(driveId, item.id).toString()).toBe('door een docent aangepast');

    const current = await adapter.getItem({ tenantId, driveId, itemId: item.id });
    await expect(adapter.uploadSmall({ ...stale, ifMatch: current.eTag, content: Buffer.from('v2 uit Verbinder') })).resolves.toMatchObject({ id: item.id });
  });

  it('has a control API over HTTPS for standalone use', async () => {
    const client = createNodeHttpsFetch(graph.fake.ca);
    try {
      const post = (path: string, body: unknown) => client.fetch(`${graph.fake.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const tenant = (await (await post('/_fake/tenants', { displayName: 'Mbo College' })).json()) as { id: string };
      const team = (await (await post('/_fake/teams', { tenantId: tenant.id, displayName: 'Vakgroep' })).json()) as { id: string; driveId: string };
      const channel = (await (await post(`/_fake/teams/${team.id}/channels`, { displayName: 'Algemeen', provisioned: false })).json()) as { id: string };
      const fault = await post('/_fake/faults', { status: 503, retryAfterSeconds: 2, count: 1, tenantId: tenant.id });
      expect(fault.status).toBe(201);

      const adapter = newAdapter();
      const ref = { tenantId: tenant.id, teamId: team.id, channelId: channel.id };
      await expect(adapter.resolveChannelFolder(ref)).rejects.toMatchObject({ kind: 'throttled', retryAfterMs: 2_000, status: 503 });
      await expect(adapter.resolveChannelFolder(ref)).rejects.toBeInstanceOf(TeamsNotProvisioned);
      expect((await post(`/_fake/teams/${team.id}/channels/${encodeURIComponent(channel.id)}/provision`, {})).status).toBe(200);
      await expect(adapter.resolveChannelFolder(ref)).resolves.toMatchObject({ driveId: team.driveId });

      const state = (await (await client.fetch(`${graph.fake.url}/_fake/state`)).json()) as { teams: Array<{ id: string }> };
      expect(state.teams.map((t) => t.id)).toContain(team.id);
      const log = (await (await client.fetch(`${graph.fake.url}/_fake/requests`)).json()) as { value: Array<{ kind: string }> };
      expect(log.value.some((entry) => entry.kind === 'token')).toBe(true);
    } finally {
      client.close();
    }
  });
});
