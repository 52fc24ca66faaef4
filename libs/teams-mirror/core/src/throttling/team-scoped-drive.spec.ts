import type { TeamsDrivePort } from '../teams-drive.port';
import { forTeam } from './team-scoped-drive';

// The port for one link's work: every call on a drive names the link's team (the adapter's
// request gate counts it there); resolving a channel's folder is passed on as it is.

function recordingDrive() {
  const calls: Array<{ operation: string; input: unknown }> = [];
  const drive = new Proxy({} as TeamsDrivePort, {
    get: (_target, operation: string) => async (input: unknown) => void calls.push({ operation, input }),
  });
  return { drive, calls };
}

describe('forTeam', () => {
  it('names the team on every drive call', async () => {
    const { drive, calls } = recordingDrive();
    const scoped = forTeam(drive, 'team-a');
    await scoped.getItem({ tenantId: 't', driveId: 'd', itemId: 'i' });
    await scoped.ensureFolder({ tenantId: 't', driveId: 'd', teamId: 'other', parentId: 'p', path: 'A/B' });
    await scoped.delta({ tenantId: 't', driveId: 'd', folderId: 'f', deltaLink: null });
    expect(calls).toEqual([
      { operation: 'getItem', input: { tenantId: 't', driveId: 'd', itemId: 'i', teamId: 'team-a' } },
      { operation: 'ensureFolder', input: { tenantId: 't', driveId: 'd', teamId: 'team-a', parentId: 'p', path: 'A/B' } },
      { operation: 'delta', input: { tenantId: 't', driveId: 'd', folderId: 'f', deltaLink: null, teamId: 'team-a' } },
    ]);
  });

  it('passes the channel on unchanged when it resolves the channel folder', async () => {
    const { drive, calls } = recordingDrive();
    await forTeam(drive, 'team-a').resolveChannelFolder({ tenantId: 't', teamId: 'team-b', channelId: 'c' });
    expect(calls).toEqual([{ operation: 'resolveChannelFolder', input: { tenantId: 't', teamId: 'team-b', channelId: 'c' } }]);
  });
});
