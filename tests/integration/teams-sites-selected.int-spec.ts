// Least privilege (issue #17): the real Graph adapter in `permissionModel: 'selected'` against the
// fake Graph server with a tenant that consented to Sites.Selected only. The channel folder is found
// through the team's site (no filesFolder); a site without a grant answers 403 accessDenied, which is
// TeamsSiteAccessDenied (one site waits), never TeamsAuthFailed (the whole tenant).
import { MsGraphTeamsDrive, GraphPermissionModel } from '@verbinder/integrations/ms-graph';
import { forTeam, TeamsAuthFailed, TeamsNotProvisioned, TeamsRateLimiter, TeamsRetryPolicy, TeamsSiteAccessDenied, uploadLargeFile, UPLOAD_RANGE_UNIT_BYTES } from '@verbinder/teams-mirror/core';
import { graphAdapters } from '../support/graph-adapters';

jest.setTimeout(60_000);

describe('Teams drive adapter under Sites.Selected, against the fake Graph server', () => {
  const graph = graphAdapters();

  const newAdapter = (permissionModel: GraphPermissionModel, gate?: TeamsRateLimiter): MsGraphTeamsDrive => graph.adapter({ permissionModel, gate });

  /** A tenant that consented to Sites.Selected, with two teams; only `granted` has a site grant. */
  const selectedSchool = (options: { provisioned?: boolean } = {}) => {
    const tenant = graph.fake.createTenant({ displayName: 'Vmbo De Brug', permissionModel: 'selected' });
    const team = (name: string) => {
      const created = graph.fake.createTeam({ tenantId: tenant.id, displayName: name });
      const channel = graph.fake.createChannel({ teamId: created.id, displayName: name, provisioned: options.provisioned });
      return { tenantId: tenant.id, teamId: created.id, channelId: channel.id, driveId: created.driveId };
    };
    const granted = team('Techniek');
    const other = team('Engels');
    graph.fake.grantSite(granted.teamId, ['write']);
    return { tenantId: tenant.id, granted, other };
  };

  it('finds the channel folder through the granted team site (no filesFolder) and writes there, also by upload session', async () => {
    const { tenantId, granted } = selectedSchool();
    const adapter = newAdapter('selected');
    graph.fake.requests = [];
    const folder = await adapter.resolveChannelFolder(granted);
    expect(folder).toMatchObject({ driveId: granted.driveId, name: 'Techniek' });
    const paths = graph.fake.requestLog({ kind: 'graph' }).map((r) => r.path);
    expect(paths.some((p) => p.includes('/filesFolder'))).toBe(false);
    expect(paths.some((p) => p.includes(`/groups/${granted.teamId}/sites/root`))).toBe(true);

    const ref = { tenantId, driveId: folder.driveId };
    const sub = await adapter.ensureFolder({ ...ref, parentId: folder.folderId, path: 'Notulen/2026' });
    const small = await adapter.uploadSmall({ ...ref, parentId: sub.id, name: 'agenda.txt', content: Buffer.from('agenda'), conflict: 'fail' });
    expect(small.name).toBe('agenda.txt');
    const big = Buffer.alloc(UPLOAD_RANGE_UNIT_BYTES * 17, 7);
    const done = await uploadLargeFile(adapter, {
      ...ref,
      parentId: sub.id,
      name: 'groot.bin',
      size: big.length,
      conflict: 'fail',
      read: async (start, length) => big.subarray(start, start + length),
      rangeBytes: UPLOAD_RANGE_UNIT_BYTES * 16,
    });
    expect(done.size).toBe(big.length);
    // the same folder as filesFolder names for a tenant-wide app
    const wide = graph.fake.createTenant({ displayName: 'Breed' });
    const wideTeam = graph.fake.createTeam({ tenantId: wide.id });
    const wideChannel = graph.fake.createChannel({ teamId: wideTeam.id, displayName: 'Algemeen' });
    const viaFilesFolder = await newAdapter('all').resolveChannelFolder({ tenantId: wide.id, teamId: wideTeam.id, channelId: wideChannel.id });
    const viaSite = await newAdapter('selected').resolveChannelFolder({ tenantId: wide.id, teamId: wideTeam.id, channelId: wideChannel.id });
    expect(viaSite).toEqual(viaFilesFolder);
  });

  it("two nodes: one finding the folder of a new link counts on the team's drive, with the other's uploads there (never 5 in a second)", async () => {
    const { tenantId, granted } = selectedSchool();
    const second = graph.fake.createChannel({ teamId: granted.teamId, displayName: 'Techniek bovenbouw' });
    const third = graph.fake.createChannel({ teamId: granted.teamId, displayName: 'Techniek onderbouw' });
    // One gate for both nodes, as the Redis store shares it between processes.
    const gate = new TeamsRateLimiter({ nowMs: () => performance.now() });
    const nodeA = forTeam(newAdapter('selected', gate), granted.teamId);
    const nodeB = newAdapter('selected', gate);
    const folder = await nodeA.resolveChannelFolder(granted);
    graph.fake.requests = [];
    await Promise.all([
      ...Array.from({ length: 16 }, (_, i) =>
        nodeA.uploadSmall({ tenantId, driveId: folder.driveId, parentId: folder.folderId, name: `notulen-${i}.txt`, content: Buffer.from(`notulen ${i}`), conflict: 'fail' }),
      ),
      // node B has not seen this team yet: its lookups (channel, site, library, folder) go before it knows the drive
      nodeB.resolveChannelFolder({ tenantId, teamId: granted.teamId, channelId: second.id }),
      nodeB.resolveChannelFolder({ tenantId, teamId: granted.teamId, channelId: third.id }),
    ]);
    expect(graph.fake.requestLog({ kind: 'graph' }).length).toBeGreaterThanOrEqual(16 + 2 + 2 + 2);
    expect(graph.fake.violations().channelRate).toEqual([]);
  });

  it('answers TeamsSiteAccessDenied (not an auth failure) for a site without a grant, and works once the grant is added', async () => {
    const { tenantId, granted, other } = selectedSchool();
    const adapter = newAdapter('selected');
    const error = await adapter.resolveChannelFolder(other).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamsSiteAccessDenied);
    expect(error).not.toBeInstanceOf(TeamsAuthFailed);
    expect(error).toMatchObject({ status: 403, vendorCode: 'accessDenied' });
    expect((error as Error).message).toContain('Sites.Selected-toegang (schrijven)');
    expect(new TeamsRetryPolicy({}, () => 0.5).decide(error, 1)).toEqual({ action: 'reschedule', delayMs: expect.any(Number) });
    // the token is fine: the granted site keeps working with it
    await expect(adapter.resolveChannelFolder(granted)).resolves.toMatchObject({ driveId: granted.driveId });
    expect(graph.fake.requestLog({ kind: 'graph', status: 403 }).every((r) => r.tenantId === tenantId)).toBe(true);

    graph.fake.grantSite(other.teamId, ['write']);
    await expect(adapter.resolveChannelFolder(other)).resolves.toMatchObject({ driveId: other.driveId, name: 'Engels' });
  });

  it('a removed grant, or a read-only one, refuses writes to that drive with TeamsSiteAccessDenied', async () => {
    const { tenantId, granted } = selectedSchool();
    const adapter = newAdapter('selected');
    const folder = await adapter.resolveChannelFolder(granted);
    const ref = { tenantId, driveId: folder.driveId, parentId: folder.folderId, conflict: 'fail' as const };

    graph.fake.grantSite(granted.teamId, ['read']);
    await expect(adapter.getItem({ tenantId, driveId: folder.driveId, itemId: folder.folderId })).resolves.toMatchObject({ isFolder: true });
    await expect(adapter.uploadSmall({ ...ref, name: 'a.txt', content: Buffer.from('a') })).rejects.toBeInstanceOf(TeamsSiteAccessDenied);

    graph.fake.grantSite(granted.teamId, []);
    await expect(adapter.getItem({ tenantId, driveId: folder.driveId, itemId: folder.folderId })).rejects.toBeInstanceOf(TeamsSiteAccessDenied);

    graph.fake.grantSite(granted.teamId, ['write']);
    await expect(adapter.uploadSmall({ ...ref, name: 'a.txt', content: Buffer.from('a') })).resolves.toMatchObject({ name: 'a.txt' });
  });

  it('waits for Teams (TeamsNotProvisioned) while the channel folder does not exist in the granted site', async () => {
    const { granted } = selectedSchool({ provisioned: false });
    const adapter = newAdapter('selected');
    await expect(adapter.resolveChannelFolder(granted)).rejects.toBeInstanceOf(TeamsNotProvisioned);
    graph.fake.provision(granted.teamId, granted.channelId);
    await expect(adapter.resolveChannelFolder(granted)).resolves.toMatchObject({ name: 'Techniek' });
  });

  it('the fake refuses filesFolder under Sites.Selected: an app configured for `all` meets a 403 on that site only', async () => {
    const { granted } = selectedSchool();
    await expect(newAdapter('all').resolveChannelFolder(granted)).rejects.toBeInstanceOf(TeamsSiteAccessDenied);
  });
});
