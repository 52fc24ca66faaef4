import type { WerkgroepenService } from '@verbinder/werkgroepen/core';
import type { TeamsMirrorRepository } from '../mirror/mirror-repository.port';
import type { MirrorItem, TeamsTenant } from '../mirror/mirror.types';
import { TeamsAuthFailed, TeamsResyncRequired } from '../teams-drive.errors';
import type { DeltaInput, DeltaResult, DriveChange, TeamsDriveItem, TeamsDrivePort } from '../teams-drive.port';
import { mirrorItem, mirrorPorts, teamsLink } from '../testing/mirror-rows';
import { TeamsDriftScanner } from './drift-scanner';
import type { DriftCursor, DriftObservation, TeamsDriftRepository } from './drift.types';

const NOW = new Date('2026-03-02T10:00:00Z');
const EARLIER = new Date('2026-03-02T09:00:00Z');

const link = teamsLink({ driveId: 'drive', folderId: 'folder', createdAt: EARLIER });

const item = (id: string, eTag: string, patch: Partial<MirrorItem> = {}): MirrorItem =>
  mirrorItem({
    id,
    documentId: `doc-${id}`,
    status: 'MIRRORED',
    driveItemId: `drive-${id}`,
    eTag,
    mirroredVersion: 1,
    mirroredName: `${id}.txt`,
    mirroredParentId: 'folder',
    updatedAt: EARLIER,
    ...patch,
  });

const upserted = (id: string, eTag: string, by = 'Mevr. Jansen'): DriveChange => ({
  kind: 'upserted',
  item: {
    driveId: 'drive',
    id,
    name: `${id}.txt`,
    eTag,
    cTag: eTag,
    parentId: 'folder',
    size: 12,
    isFolder: false,
    lastModifiedAt: EARLIER,
    lastModifiedBy: by,
    webUrl: null,
  } satisfies TeamsDriveItem,
});

function setup(options: { items: MirrorItem[]; delta: (input: DeltaInput) => Promise<DeltaResult>; consent?: TeamsTenant['consent']; leased?: boolean }) {
  const cursor: DriftCursor = { linkId: 'l1', deltaLink: 'link-0', leaseUntil: options.leased ? new Date(NOW.getTime() + 60_000) : null, lastScanAt: null, lastError: null };
  const recorded: DriftObservation[] = [];
  const deltaCalls: Array<string | null> = [];
  const changed: string[] = [];
  const drifts: Partial<TeamsDriftRepository> = {
    scannableLinks: async () => [link],
    claimCursor: async (_link, _now, _until, scannedBefore) =>
      (cursor.leaseUntil && cursor.leaseUntil > NOW) || (scannedBefore && cursor.lastScanAt && cursor.lastScanAt > scannedBefore) ? null : { ...cursor },
    releaseCursor: async (_id, patch) => void Object.assign(cursor, patch, { leaseUntil: null }),
    mirroredItemsOfLink: async () => options.items,
    recordDrift: async (o) => {
      recorded.push(o);
      return {
        drift: { ...o, id: `drift-${o.itemId}`, linkId: 'l1', documentId: `doc-${o.itemId}`, werkgroepId: 'w1', resolvedAt: null, resolution: null, resolvedById: null, importedVersion: null },
        outcome: 'new',
      };
    },
  };
  const tenant: TeamsTenant = {
    id: 't1',
    regionId: 'r1',
    tenantId: 'tenant',
    name: 'Vmbo De Brug',
    consent: options.consent ?? 'GRANTED',
    consentError: null,
    consentChangedAt: EARLIER,
    createdAt: EARLIER,
  };
  const tenantUpdates: Array<Partial<TeamsTenant>> = [];
  const mirror: Partial<TeamsMirrorRepository> = {
    findTenant: async () => ({ ...tenant }),
    updateTenant: async (_id, patch) => (tenantUpdates.push(patch), Object.assign(tenant, patch)),
    addEvent: async () => undefined,
    updateItem: async () => ({}) as MirrorItem,
  };
  const drive: Partial<TeamsDrivePort> = {
    delta: async (input) => {
      deltaCalls.push(input.deltaLink);
      return options.delta(input);
    },
  };
  const werkgroepen = { changed: (_w: unknown, _k: string, id: string, action: string) => changed.push(`${id}:${action}`) } as unknown as WerkgroepenService;
  const scanner = new TeamsDriftScanner(
    drifts as TeamsDriftRepository,
    mirrorPorts({ repo: mirror, settings: { configured: true, maxAttempts: 5, leaseMs: 60_000 }, drive: drive as TeamsDrivePort, clock: { now: () => NOW } }),
    werkgroepen,
  );
  return { scanner, cursor, recorded, deltaCalls, changed, tenant, tenantUpdates };
}

describe('TeamsDriftScanner', () => {
  it('ignores our own eTags and files that are not ours; another eTag is CHANGED, a deleted facet DELETED', async () => {
    const t = setup({
      items: [item('a', '"a,1"'), item('b', '"b,1"'), item('c', '"c,1"')],
      delta: async () => ({
        deltaLink: 'link-1',
        changes: [
          upserted('drive-a', '"a,1"'),
          upserted('drive-b', '"b,2"'),
          { kind: 'deleted', driveId: 'drive', itemId: 'drive-c', name: 'c.txt', parentId: 'folder' },
          upserted('someone-else', '"x,1"'),
        ],
      }),
    });
    const result = await t.scanner.scanLink(link);
    expect(result).toEqual({ linkId: 'l1', recorded: 2, fullEnumeration: false, scanned: true });
    expect(t.recorded.map((o) => [o.itemId, o.kind, o.teamsETag, o.modifiedBy])).toEqual([
      ['b', 'CHANGED', '"b,2"', 'Mevr. Jansen'],
      ['c', 'DELETED', null, null],
    ]);
    expect(t.changed).toEqual(['doc-b:teams-drift', 'doc-c:teams-drift']);
    expect(t.cursor).toMatchObject({ deltaLink: 'link-1', leaseUntil: null, lastError: null });
  });

  it('keeps the old delta link when the mirror is busy with a changed item, so the next scan looks again', async () => {
    const t = setup({
      items: [item('a', '"a,1"', { leaseUntil: new Date(NOW.getTime() + 30_000) }), item('b', '"b,1"', { updatedAt: new Date(NOW.getTime() + 1) })],
      delta: async () => ({ deltaLink: 'link-1', changes: [upserted('drive-a', '"a,2"'), upserted('drive-b', '"b,2"')] }),
    });
    expect((await t.scanner.scanLink(link)).recorded).toBe(0);
    expect(t.cursor.deltaLink).toBe('link-0');
  });

  it('starts over after a 410 and takes our files missing from the full enumeration as DELETED', async () => {
    const t = setup({
      items: [item('a', '"a,1"'), item('b', '"b,1"'), item('gone', '"g,1"', { removedAt: EARLIER })],
      delta: async (input) => {
        if (input.deltaLink) throw new TeamsResyncRequired(410);
        return { deltaLink: 'fresh', changes: [upserted('drive-a', '"a,1"')] };
      },
    });
    const result = await t.scanner.scanLink(link);
    expect(t.deltaCalls).toEqual(['link-0', null]);
    expect(result.fullEnumeration).toBe(true);
    expect(t.recorded.map((o) => [o.itemId, o.kind])).toEqual([['b', 'DELETED']]);
    expect(t.cursor.deltaLink).toBe('fresh');
  });

  it('leaves a link alone while another node scans it, and makes no call for a tenant whose consent is revoked', async () => {
    const leased = setup({ items: [], leased: true, delta: async () => ({ deltaLink: 'x', changes: [] }) });
    expect(await leased.scanner.scanLink(link)).toMatchObject({ scanned: false });
    expect(leased.deltaCalls).toEqual([]);
    const revoked = setup({ items: [], consent: 'REVOKED', delta: async () => ({ deltaLink: 'x', changes: [] }) });
    await revoked.scanner.scanLink(link);
    expect(revoked.deltaCalls).toEqual([]);
    expect(revoked.cursor.leaseUntil).toBeNull();
  });

  it('asks delta for the linked folder only, and in the periodic scan leaves a link scanned less than half an interval ago (by any node) alone', async () => {
    const inputs: DeltaInput[] = [];
    const t = setup({ items: [], delta: async (input) => (inputs.push(input), { deltaLink: 'next', changes: [] }) });
    expect(await t.scanner.scanAll(60_000)).toBe(0);
    expect(inputs).toEqual([{ tenantId: 'tenant', driveId: link.driveId, teamId: link.teamId, folderId: link.folderId, deltaLink: 'link-0' }]); // counted on the team, as Graph does
    expect(t.cursor.lastScanAt).toEqual(NOW);
    await t.scanner.scanAll(60_000); // the other node's timer, moments later
    expect(inputs).toHaveLength(1);
    t.cursor.lastScanAt = new Date(NOW.getTime() - 30_000);
    await t.scanner.scanAll(60_000);
    expect(inputs).toHaveLength(2);
  });

  it('keeps the error on the cursor and releases the lease when the delta fails', async () => {
    const t = setup({ items: [], delta: async () => Promise.reject(new Error('netwerk weg')) });
    await expect(t.scanner.scanLink(link)).rejects.toThrow('netwerk weg');
    expect(t.cursor).toMatchObject({ deltaLink: 'link-0', leaseUntil: null, lastError: 'netwerk weg' });
  });

  it('moves the tenant to REVOKED with the reason when the scan meets revoked consent, and makes no call after that', async () => {
    const t = setup({ items: [], delta: async () => Promise.reject(new TeamsAuthFailed('consent-revoked', 400, 'AADSTS65001')) });
    await expect(t.scanner.scanLink(link)).rejects.toBeInstanceOf(TeamsAuthFailed);
    expect(t.tenantUpdates).toEqual([{ consent: 'REVOKED', consentError: expect.stringContaining('(AADSTS65001)'), consentChangedAt: NOW }]);
    expect(t.changed).toEqual(['null:teams-consent']);
    expect(t.cursor.leaseUntil).toBeNull();
    await t.scanner.scanLink(link);
    await t.scanner.scanLink(link);
    expect(t.deltaCalls).toEqual(['link-0']);
  });
});
