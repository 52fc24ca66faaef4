// Helpers for end-to-end tests of the Teams mirror against tools/teams-fake.
import { writeFileSync } from 'node:fs';
import type { TeamsFake } from '@verbinder/testing/teams-fake';
import { GraphqlHttpClient } from './graphql-client';

export { waitFor } from './teams-mirror-fixtures';

/** Uploads a document over multipart as `client` (POST /bestanden/werkgroepen/:id). */
export async function uploadDocument(apiUrl: string, client: GraphqlHttpClient, werkgroepId: string, file: { name: string; bytes: Buffer }, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([file.bytes]), file.name);
  const response = await fetch(`${apiUrl}/bestanden/werkgroepen/${werkgroepId}`, { method: 'POST', body: form, headers: { cookie: client.cookieHeader() } });
  const body = (await response.json()) as { document?: { id: string; currentVersion: number } };
  if (response.status !== 201 || !body.document) throw new Error(`upload failed (HTTP ${response.status}): ${JSON.stringify(body)}`);
  return body.document;
}

/** A school tenant on the fake with one team and one provisioned channel. */
export function fakeSchool(fake: TeamsFake, names = { tenant: 'Vmbo De Brug', team: 'Vakgroep Engels', channel: 'Engels' }) {
  const tenantGuid = fake.createTenant({ displayName: names.tenant }).id;
  const team = fake.createTeam({ tenantId: tenantGuid, displayName: names.team });
  const channel = fake.createChannel({ teamId: team.id, displayName: names.channel });
  const channelFolderId = fake.provision(team.id, channel.id).folderId;
  return { tenantGuid, teamId: team.id, driveId: team.driveId, channelId: channel.id, channelFolderId };
}

/** The API's environment for the fake (its CA written to `caFile`), with a fast outbox. */
export function teamsFakeEnv(fake: TeamsFake, caFile: string, extra: Record<string, string> = {}): Record<string, string> {
  writeFileSync(caFile, fake.ca);
  return {
    MS_GRAPH_CLIENT_ID: fake.clientId,
    MS_GRAPH_CLIENT_SECRET: fake.clientSecret,
    MS_GRAPH_AUTHORITY_HOST: fake.url,
    MS_GRAPH_BASE_URL: fake.graphBaseUrl,
    MS_GRAPH_CA_FILE: caFile,
    OUTBOX_POLL_MS: '200',
    ...extra,
  };
}
