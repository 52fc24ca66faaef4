// The real Microsoft Graph adapter (MsGraphTeamsDrive) against the HTTPS Teams fake, for the
// integration specs: the fake runs for the whole suite, every adapter made is closed after it.
import { type GraphPermissionModel, MsGraphTeamsDrive } from '@verbinder/integrations/ms-graph';
import type { TeamsRateLimiter } from '@verbinder/teams-mirror/core';
import { startTeamsFake, type TeamsFake } from '@verbinder/testing/teams-fake';

export interface GraphAdapters {
  /** The fake (set in beforeAll). */
  readonly fake: TeamsFake;
  /** A new adapter with the fake's credentials and certificate (the adapter's default permission model unless given). */
  adapter(options?: { permissionModel?: GraphPermissionModel; gate?: TeamsRateLimiter }): MsGraphTeamsDrive;
}

/** Registers the beforeAll (start the fake) and afterAll (close every adapter, stop the fake). */
export function graphAdapters(): GraphAdapters {
  let fake: TeamsFake | undefined;
  const made: MsGraphTeamsDrive[] = [];
  const started = (): TeamsFake => {
    if (!fake) throw new Error('the Teams fake did not start');
    return fake;
  };
  beforeAll(async () => {
    fake = await startTeamsFake();
  });
  afterAll(async () => {
    made.forEach((adapter) => adapter.close());
    await fake?.stop();
  });
  return {
    get fake() {
      return started();
    },
    adapter({ permissionModel, gate } = {}) {
      const f = started();
      const adapter = new MsGraphTeamsDrive({
        clientId: f.clientId,
        clientSecret: f.clientSecret,
        authorityHost: f.url,
        graphBaseUrl: f.graphBaseUrl,
        caCertificate: f.ca,
        permissionModel,
        gate,
      });
      made.push(adapter);
      return adapter;
    },
  };
}
