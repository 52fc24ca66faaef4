/**
 * Standalone fake Graph server: `npm run dev:teams-fake`. Seeds one school tenant with a team
 * and a provisioned channel, writes the certificate to disk and prints what to configure.
 * Environment: TEAMS_FAKE_PORT (default 8443), TEAMS_FAKE_DATA_DIR (default .data/teams-fake).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startTeamsFake } from './teams-fake';

async function main(): Promise<void> {
  const port = Number(process.env.TEAMS_FAKE_PORT ?? 8443);
  const dataDir = resolve(process.env.TEAMS_FAKE_DATA_DIR ?? '.data/teams-fake');
  const fake = await startTeamsFake({ port, logRequests: process.env.TEAMS_FAKE_QUIET !== '1' });
  const tenant = fake.createTenant({ tenantId: '7b0d1e2f-3a4b-4c5d-8e6f-000000000001', displayName: 'Demo vmbo' });
  const team = fake.createTeam({ tenantId: tenant.id, teamId: '9c1d2e3f-4a5b-4c6d-8e7f-000000000002', displayName: 'Werkgroep Techniek' });
  const channel = fake.createChannel({ teamId: team.id, channelId: '19:demo-techniek@thread.tacv2', displayName: 'Techniek' });
  const webhook = fake.createWebhook('demo-techniek');
  mkdirSync(dataDir, { recursive: true });
  const caPath = join(dataDir, 'ca.pem');
  writeFileSync(caPath, fake.ca);
  const lines = [
    `Teams fake (Microsoft Graph + Entra ID token service) listening on ${fake.url}`,
    '',
    'Configure Verbinder (or any client) with:',
    `  MS_GRAPH_AUTHORITY_HOST=${fake.url}`,
    `  MS_GRAPH_BASE_URL=${fake.graphBaseUrl}`,
    `  MS_GRAPH_CLIENT_ID=${fake.clientId}`,
    `  MS_GRAPH_CLIENT_SECRET=${fake.clientSecret}`,
    `  MS_GRAPH_CA_FILE=${caPath}        (or NODE_EXTRA_CA_CERTS=${caPath} for the whole process)`,
    '',
    'Seeded:',
    `  tenant  ${tenant.id} (${tenant.displayName})`,
    `  team    ${team.id} (drive ${team.driveId})`,
    `  channel ${channel.id} (provisioned, folder ${channel.folderId})`,
    `  Workflows webhook for announcements (paste it on the link in Verbinder):`,
    `    ${webhook.url}`,
    `    messages received: curl --cacert ${caPath} ${fake.url}/_fake/webhooks`,
    '',
    `Control API: ${fake.url}/_fake/state, /_fake/requests, POST /_fake/faults ... (docs/teams-mirror.md)`,
    `  curl --cacert ${caPath} ${fake.url}/_fake/state`,
  ];
  console.log(lines.join('\n'));
  const stop = (): void => {
    void fake.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
