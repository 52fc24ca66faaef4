import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TeamsFake } from '@verbinder/testing/teams-fake';

/**
 * The API's environment for talking to a running Teams fake: client credentials, the fake's token
 * service and Graph URL, and its CA (written to `dir/teams-fake-ca.pem`), plus a fast outbox.
 */
export function teamsFakeEnv(fake: TeamsFake, dir: string, extra: Record<string, string> = {}): Record<string, string> {
  const caFile = join(dir, 'teams-fake-ca.pem');
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
