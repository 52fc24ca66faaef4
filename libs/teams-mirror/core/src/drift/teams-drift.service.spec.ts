import { Readable } from 'node:stream';
import type { Actor, OutboxJob } from '@verbinder/shared/kernel';
import { DomainError } from '@verbinder/shared/kernel';
import type { WerkgroepDocumentsService, WerkgroepenService } from '@verbinder/werkgroepen/core';
import type { MirrorItemPatch, TeamsMirrorRepository } from '../mirror/mirror-repository.port';
import type { TeamsTenant } from '../mirror/mirror.types';
import { TeamsAuthFailed } from '../teams-drive.errors';
import type { TeamsDriveItem, TeamsDrivePort } from '../teams-drive.port';
import type { TeamsDrift, TeamsDriftRepository, TeamsDriftView } from './drift.types';
import { mirrorPorts, teamsLink } from '../testing/mirror-rows';
import { TeamsDriftService } from './teams-drift.service';

const NOW = new Date('2026-03-02T10:00:00Z');
const DRIFT_ID = '00000000-0000-4000-8000-0000000000d1';

const actor: Actor = { personId: 'p1', name: 'Anne', email: 'anne@example.org', systemRole: null, memberships: [] };

const link = teamsLink({ driveId: 'drive', folderId: 'folder' });

const drift = (patch: Partial<TeamsDrift> = {}): TeamsDrift => ({
  id: DRIFT_ID,
  itemId: 'i1',
  linkId: 'l1',
  documentId: 'doc1',
  werkgroepId: 'w1',
  kind: 'CHANGED',
  driveItemId: 'file1',
  teamsETag: '"e,2"',
  teamsName: 'Leesplan.docx',
  size: 12,
  modifiedBy: 'Mevr. Jansen',
  modifiedAt: NOW,
  detectedAt: NOW,
  resolvedAt: null,
  resolution: null,
  resolvedById: null,
  importedVersion: null,
  ...patch,
});

const teamsFile: TeamsDriveItem = {
  driveId: 'drive',
  id: 'file1',
  name: 'Leesplan.docx',
  eTag: '"e,2"',
  cTag: '"c,2"',
  parentId: 'folder',
  size: 12,
  isFolder: false,
  lastModifiedAt: NOW,
  lastModifiedBy: 'Mevr. Jansen',
  webUrl: null,
};

function setup(options: { drift?: TeamsDrift; consent?: TeamsTenant['consent']; canRead?: boolean; writable?: boolean; driveError?: Error } = {}) {
  let current = options.drift ?? drift();
  const itemUpdates: MirrorItemPatch[] = [];
  const jobs: OutboxJob[] = [];
  const tenantUpdates: Array<Partial<TeamsTenant>> = [];
  const driveCalls: string[] = [];
  const tenant: TeamsTenant = { id: 't1', regionId: 'r1', tenantId: 'tenant', name: 'Vmbo De Brug', consent: options.consent ?? 'GRANTED', consentError: null, consentChangedAt: NOW, createdAt: NOW };
  const drifts: Partial<TeamsDriftRepository> = {
    findDrift: async () => current,
    resolveDrift: async (_id, patch) =>
      (current = { ...current, resolvedAt: patch.at, resolution: patch.resolution, resolvedById: patch.resolvedById, importedVersion: patch.importedVersion ?? null }),
    driftsOfGroup: async () => [{ ...current, documentTitle: 'Leesplan' } as TeamsDriftView],
  };
  const mirror: Partial<TeamsMirrorRepository> = {
    findLink: async () => link,
    findTenant: async () => ({ ...tenant }),
    updateTenant: async (_id, patch) => (tenantUpdates.push(patch), { ...tenant, ...patch }),
    updateItem: async (_id, patch) => (itemUpdates.push(patch), {} as never),
    addEvent: async () => undefined,
  };
  const drive: Partial<TeamsDrivePort> = {
    getItem: async () => {
      driveCalls.push('getItem');
      if (options.driveError) throw options.driveError;
      return teamsFile;
    },
    downloadContent: async () => (driveCalls.push('download'), { content: Readable.from([Buffer.from('Teams-versie')]), size: 12 }),
  };
  const werkgroepen = {
    access: async () => ({ werkgroep: { id: 'w1', regionId: 'r1' }, canRead: options.canRead ?? true, member: true }),
    writable: async () => {
      if (options.writable === false) throw DomainError.forbidden('Alleen leden');
    },
    changed: () => undefined,
  } as unknown as WerkgroepenService;
  const documents = {
    receive: async () => ({ tempPath: '/tmp/x', size: 12 }),
    addVersion: async () => ({ id: 'doc1', currentVersion: 3 }),
  } as unknown as WerkgroepDocumentsService;
  const service = new TeamsDriftService(
    drifts as TeamsDriftRepository,
    mirrorPorts({
      repo: mirror,
      settings: { configured: true, maxAttempts: 5, leaseMs: 20_000 },
      drive: drive as TeamsDrivePort,
      uow: { run: (work) => work(), afterCommit: (hook) => void hook() },
      outbox: { enqueue: async (job) => (jobs.push(job), true) },
      clock: { now: () => NOW },
    }),
    werkgroepen,
    documents,
  );
  return { service, itemUpdates, jobs, tenantUpdates, driveCalls };
}

describe('TeamsDriftService', () => {
  it('imports the Teams version as a new version and stores its eTag, so nothing is uploaded again', async () => {
    const t = setup();
    const view = await t.service.importTeamsVersion(actor, DRIFT_ID);
    expect(view).toMatchObject({ resolution: 'IMPORTED', importedVersion: 3 });
    expect(t.driveCalls).toEqual(['getItem', 'download']);
    expect(t.itemUpdates).toEqual([expect.objectContaining({ status: 'MIRRORED', eTag: '"e,2"', mirroredVersion: 3, mirroredName: 'Leesplan.docx' })]);
    expect(t.jobs).toEqual([]);
  });

  it('keeps Verbinder’s version: the next run overwrites exactly the Teams version seen (If-Match), or uploads a deleted file again', async () => {
    const changed = setup();
    expect(await changed.service.dismiss(actor, DRIFT_ID)).toMatchObject({ resolution: 'KEPT_VERBINDER' });
    expect(changed.itemUpdates).toEqual([expect.objectContaining({ status: 'PENDING', eTag: '"e,2"', mirroredVersion: null })]);
    expect(changed.jobs).toEqual([expect.objectContaining({ kind: 'teams.mirror.retry', payload: { itemId: 'i1' } })]);
    const deleted = setup({ drift: drift({ kind: 'DELETED', teamsETag: null }) });
    await deleted.service.dismiss(actor, DRIFT_ID);
    expect(deleted.itemUpdates).toEqual([expect.objectContaining({ status: 'PENDING', driveItemId: null, mirroredName: null })]);
    // a file deleted in Teams has no version to import
    const gone = setup({ drift: drift({ kind: 'DELETED', teamsETag: null }) });
    await expect(gone.service.importTeamsVersion(actor, DRIFT_ID)).rejects.toThrow('er is geen Teams-versie om over te nemen');
    expect(gone.driveCalls).toEqual([]);
  });

  it('refuses people who may not decide, decided drift, and a tenant whose consent is revoked (without calling Teams)', async () => {
    await expect(setup({ canRead: false }).service.dismiss(actor, DRIFT_ID)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(setup({ writable: false }).service.dismiss(actor, DRIFT_ID)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setup({ drift: drift({ resolvedAt: NOW }) }).service.dismiss(actor, DRIFT_ID)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(setup().service.dismiss(actor, 'no-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const revoked = setup({ consent: 'REVOKED' });
    await expect(revoked.service.importTeamsVersion(actor, DRIFT_ID)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(revoked.driveCalls).toEqual([]);
  });

  it('moves the tenant to REVOKED when the import meets revoked consent', async () => {
    const t = setup({ driveError: new TeamsAuthFailed('consent-revoked', 400, 'AADSTS65001') });
    await expect(t.service.importTeamsVersion(actor, DRIFT_ID)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(t.tenantUpdates).toEqual([{ consent: 'REVOKED', consentError: expect.stringContaining('AADSTS65001'), consentChangedAt: NOW }]);
  });

  it('shows drift to readers of the group only', async () => {
    expect(await setup().service.ofGroup(actor, 'w1')).toHaveLength(1);
    await expect(setup({ canRead: false }).service.ofGroup(actor, 'w1')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
