import { TeamsMirrorService } from '@verbinder/teams-mirror/core';
import { Actor } from '@verbinder/shared/kernel';

/**
 * The region's first school tenant, as a beheerder registers it: the tenant the fake Graph
 * server (`npm run dev:teams-fake`) seeds, so a newcomer can link a werkgroep to its
 * "Techniek" channel (team 9c1d2e3f-4a5b-4c6d-8e7f-000000000002, channel 19:demo-techniek@thread.tacv2).
 * No group is linked: the Teams pages show the plain "not linked yet" state.
 */
export const DEMO_TEAMS_TENANT_ID = '7b0d1e2f-3a4b-4c5d-8e6f-000000000001';

export async function seedTeamsMirrorDemo(deps: { teamsMirror: TeamsMirrorService; regionId: string; beheerder: Actor }): Promise<void> {
  await deps.teamsMirror.registerTenant(deps.beheerder, { regionId: deps.regionId, tenantId: DEMO_TEAMS_TENANT_ID, name: 'Demo vmbo (Microsoft 365)' });
}
