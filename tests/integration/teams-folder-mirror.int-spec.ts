// The folder job of the Teams mirror (TeamsFolderMirror) with the real Graph adapter against the
// HTTPS Teams fake: a rename is one PATCH and idempotent, a move creates the new parent, a
// rename that only changes case is no clash, and a target that already exists in Teams is never
// merged into: the documents are queued to move one by one. Repository and outbox are in memory.
import type { OutboxJob } from '@verbinder/shared/kernel';
import { MsGraphTeamsDrive } from '@verbinder/integrations/ms-graph';
import { MIRROR_RETRY_JOB, MirrorEvent, MirrorItem, TeamsFolderMirror, TeamsFolderRepository, TeamsMirrorRepository, TeamsTenant } from '@verbinder/teams-mirror/core';
import { mirrorItem, teamsLink } from '@verbinder/teams-mirror/core/testing';
import { startTeamsFake, TeamsFake } from '@verbinder/testing/teams-fake';
import type { DocumentFolderChangedJob, WerkgroepenService } from '@verbinder/werkgroepen/core';

jest.setTimeout(60_000);

const NOW = new Date('2026-03-02T10:00:00Z');

describe('Teams folder mirror against the fake Graph server', () => {
  let fake: TeamsFake;
  let adapter: MsGraphTeamsDrive;

  beforeAll(async () => {
    fake = await startTeamsFake();
    adapter = new MsGraphTeamsDrive({ clientId: fake.clientId, clientSecret: fake.clientSecret, authorityHost: fake.url, graphBaseUrl: fake.graphBaseUrl, caCertificate: fake.ca });
  });

  afterAll(async () => {
    adapter?.close();
    await fake?.stop();
  });

  /** A channel with `Werkoverleg/2026`, a file in each, a link and mirror items of both files. */
  async function setup() {
    const tenant = fake.createTenant({ displayName: 'Vmbo De Brug' });
    const team = fake.createTeam({ tenantId: tenant.id, displayName: 'Vakgroep Engels' });
    const channel = fake.createChannel({ teamId: team.id, displayName: 'Engels' });
    fake.provision(team.id, channel.id);
    const root = await adapter.resolveChannelFolder({ tenantId: tenant.id, teamId: team.id, channelId: channel.id });
    const ref = { tenantId: tenant.id, driveId: root.driveId };
    const folder = await adapter.ensureFolder({ ...ref, parentId: root.folderId, path: 'Werkoverleg' });
    const sub = await adapter.ensureFolder({ ...ref, parentId: folder.id, path: '2026' });
    const a = await adapter.uploadSmall({ ...ref, parentId: folder.id, name: 'Agenda.txt', content: Buffer.from('a'), conflict: 'fail' });
    const b = await adapter.uploadSmall({ ...ref, parentId: sub.id, name: 'Notulen.txt', content: Buffer.from('b'), conflict: 'fail' });
    const tenantRow: TeamsTenant = { id: 't1', regionId: 'r1', tenantId: tenant.id, name: 'Vmbo De Brug', consent: 'GRANTED', consentError: null, consentChangedAt: NOW, createdAt: NOW };
    const link = teamsLink({ teamId: team.id, channelId: channel.id, driveId: root.driveId, folderId: root.folderId, createdAt: NOW });
    const item = (id: string, driveItemId: string, parentId: string) =>
      mirrorItem({ id, documentId: `doc-${id}`, status: 'MIRRORED', driveItemId, mirroredVersion: 1, mirroredParentId: parentId, updatedAt: NOW });
    const items = [item('i1', a.id, folder.id), item('i2', b.id, sub.id)];
    const events: Array<Omit<MirrorEvent, 'id'>> = [];
    const jobs: OutboxJob[] = [];
    const repo: Partial<TeamsMirrorRepository> = {
      activeLinks: async () => [link],
      findTenant: async () => tenantRow,
      addEvent: async (event) => void events.push(event),
      updateItem: async (id, patch) => Object.assign(items.find((i) => i.id === id) as MirrorItem, patch),
    };
    const folders: TeamsFolderRepository = { itemsInFolderTree: async () => items };
    const werkgroepen = { changed: () => undefined } as unknown as WerkgroepenService;
    const mirror = new TeamsFolderMirror(
      repo as TeamsMirrorRepository,
      folders,
      { configured: true, maxAttempts: 5, leaseMs: 60_000 },
      adapter,
      { enqueue: async (job) => (jobs.push(job), true) },
      { now: () => NOW },
      werkgroepen,
    );
    const job = (fromPath: string[], toPath: string[], action: DocumentFolderChangedJob['action'] = 'renamed'): DocumentFolderChangedJob => ({
      werkgroepId: 'w1',
      folderId: 'f1',
      action,
      fromPath,
      toPath,
    });
    const patches = () => fake.requestLog({ kind: 'graph', method: 'PATCH' });
    const children = (parentId: string) =>
      fake
        .children(root.driveId, parentId)
        .map((c) => c.name)
        .sort();
    return { ref, root, folder, sub, a, b, items, events, jobs, mirror, job, patches, children };
  }

  it('renames the folder with one PATCH, keeps the files, and does nothing the second time', async () => {
    const s = await setup();
    fake.requests = [];
    await s.mirror.folderChanged(s.job(['Werkoverleg'], ['Overleg']));
    await s.mirror.folderChanged(s.job(['Werkoverleg'], ['Overleg']));
    expect(s.patches()).toHaveLength(1);
    expect(s.children(s.root.folderId)).toEqual(['Overleg']);
    expect((await adapter.getItem({ ...s.ref, itemId: s.folder.id })).name).toBe('Overleg');
    expect((await adapter.getItem({ ...s.ref, itemId: s.b.id })).parentId).toBe(s.sub.id);
    expect(s.events.map((e) => [e.itemId, e.action, e.outcome, e.message])).toEqual([
      ['i1', 'folder-renamed', 'MIRRORED', 'Map hernoemd in Teams: Werkoverleg → Overleg.'],
      ['i2', 'folder-renamed', 'MIRRORED', 'Map hernoemd in Teams: Werkoverleg → Overleg.'],
    ]);
    expect(s.jobs).toEqual([]);
  });

  it('moves a folder to a new parent (created when missing) with one PATCH of its parentReference', async () => {
    const s = await setup();
    fake.requests = [];
    await s.mirror.folderChanged(s.job(['Werkoverleg', '2026'], ['Archief', '2026'], 'moved'));
    expect(s.patches()).toHaveLength(1);
    expect(s.children(s.root.folderId)).toEqual(['Archief', 'Werkoverleg']);
    const moved = await adapter.getItem({ ...s.ref, itemId: s.sub.id });
    expect(moved.name).toBe('2026');
    expect((await adapter.getItem({ ...s.ref, itemId: moved.parentId as string })).name).toBe('Archief');
    expect(s.events[0]).toMatchObject({ action: 'folder-moved', message: 'Map verplaatst in Teams: Werkoverleg/2026 → Archief/2026.' });
  });

  it('treats a change of case as a rename of the same folder, not as a clash', async () => {
    const s = await setup();
    fake.requests = [];
    await s.mirror.folderChanged(s.job(['Werkoverleg'], ['WERKOVERLEG']));
    expect(s.patches()).toHaveLength(1);
    expect(s.children(s.root.folderId)).toEqual(['WERKOVERLEG']);
    expect(s.jobs).toEqual([]);
  });

  it('never merges into a folder that already exists in Teams: the documents are queued to move one by one', async () => {
    const s = await setup();
    await adapter.ensureFolder({ ...s.ref, parentId: s.root.folderId, path: 'Overleg' });
    fake.requests = [];
    await s.mirror.folderChanged(s.job(['Werkoverleg'], ['Overleg']));
    expect(s.patches()).toEqual([]);
    expect(s.children(s.root.folderId)).toEqual(['Overleg', 'Werkoverleg']);
    expect(s.jobs).toEqual([
      // Each with its own idempotency key (a state sync: a new key per call).
      { kind: MIRROR_RETRY_JOB, key: expect.stringMatching(/^teams\.mirror\.retry:i1:/), payload: { itemId: 'i1' }, runAfter: NOW },
      { kind: MIRROR_RETRY_JOB, key: expect.stringMatching(/^teams\.mirror\.retry:i2:/), payload: { itemId: 'i2' }, runAfter: NOW },
    ]);
    expect(s.items.map((i) => i.status)).toEqual(['PENDING', 'PENDING']);
    expect(s.events[0]).toMatchObject({ outcome: 'QUEUED', message: 'In Teams bestaat de map Overleg al; dit document wordt apart verplaatst.' });
  });
});
