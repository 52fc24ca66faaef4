import { TeamsDrivePort } from '../teams-drive.port';
import { DelegatingTeamsDrive, DriveOperation } from './delegating-teams-drive';

/**
 * The port for the work of one Teams link: every call on the link's drive names the link's team
 * (`DriveRef.teamId`), so the adapter's request gate counts it on the team, where Graph counts
 * the 4 requests/s, on every node alike, whether that node already knew the drive or not.
 */
export function forTeam(drive: TeamsDrivePort, teamId: string): TeamsDrivePort {
  return new TeamScopedDrive(drive, teamId);
}

class TeamScopedDrive extends DelegatingTeamsDrive {
  constructor(
    inner: TeamsDrivePort,
    private readonly teamId: string,
  ) {
    super(inner);
  }

  /** Every call on a drive names the team; resolving the channel's folder names its channel already. */
  protected forward<I, R>(operation: DriveOperation, input: I, call: (input: I) => Promise<R>): Promise<R> {
    const scoped = operation === 'resolveChannelFolder' ? input : { ...input, teamId: this.teamId };
    return call(scoped as I);
  }
}
