// Outgoing webhooks (docs/security.md "Outgoing webhooks (SSRF)"): without the test-only
// WEBHOOK_ALLOW_PRIVATE_ADDRESSES, a Teams announcement webhook must lead to a public address.
// The built API runs against the HTTPS Teams fake on localhost (a real private target): every
// spelling of a loopback, private, link-local or metadata host is refused when saved, with one
// Dutch message and only for someone allowed to set it; nothing reaches the fake. Production
// refuses to start with the allowance switched on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTeamsFake, TeamsFake } from '@verbinder/testing/teams-fake';
import { ApiHandle, startApi } from '../support/api-process';
import { demoIds, signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { fakeSchool, linkGroup, teamsFakeEnv } from '../support/teams-mirror-fixtures';
import { werkgroepIds } from '../support/werkgroepen-fixtures';

const REFUSED = 'Het webhookadres moet naar een openbaar adres op internet wijzen (https, geen intern of lokaal adres).';
const SET = 'mutation($id: ID!, $u: String) { setTeamsLinkAnnouncements(id: $id, webhookUrl: $u) { id announcementsEnabled } }';

describe('Teams webhook URLs lead only to public addresses', () => {
  let fake: TeamsFake;
  let api: ApiHandle;
  let dataDir: string;
  let beheerder: GraphqlHttpClient;
  let linkId: string;
  let engels: string;
  let tenantId: string;
  let school: ReturnType<typeof fakeSchool>;
  let port: string;

  beforeAll(async () => {
    fake = await startTeamsFake();
    port = new URL(fake.url).port;
    dataDir = mkdtempSync(join(tmpdir(), 'verbinder-ssrf-'));
    school = fakeSchool(fake);
    api = await startApi({ dataDir, env: teamsFakeEnv(fake, dataDir, { WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'false' }), readyTimeoutMs: 180_000 });
    beheerder = await signedIn(api.url, 'beheerder');
    const { regionId } = await demoIds(beheerder);
    engels = (await werkgroepIds(beheerder, regionId)).engelsWerkgroepId;
    linkId = await linkGroup(beheerder, regionId, engels, school);
    const { teamsMirror } = await beheerder.request<{ teamsMirror: { tenants: Array<{ id: string }> } }>('query($w: ID!) { teamsMirror(werkgroepId: $w) { tenants { id } } }', { w: engels });
    tenantId = teamsMirror.tenants[0].id;
  }, 240_000);

  afterAll(async () => {
    await api?.stop().catch(() => undefined);
    await fake?.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const hookPath = () => {
    const url = new URL(fake.createWebhook().url);
    return url.pathname + url.search;
  };
  const privateUrls = () => [
    `https://localhost:${port}${hookPath()}`,
    `https://LOCALHOST.:${port}${hookPath()}`,
    `https://127.0.0.1:${port}${hookPath()}`,
    `https://127.1:${port}${hookPath()}`,
    `https://0x7f000001:${port}${hookPath()}`,
    `https://2130706433:${port}${hookPath()}`,
    `https://0177.0.0.1:${port}${hookPath()}`,
    `https://[::1]:${port}${hookPath()}`,
    `https://[::ffff:127.0.0.1]:${port}${hookPath()}`,
    `https://prod-01.westeurope.logic.azure.com@127.0.0.1:${port}${hookPath()}`,
    'https://169.254.169.254/latest/meta-data/',
    'https://[fd00:ec2::254]/latest/meta-data/',
    'https://metadata.google.internal/computeMetadata/v1/',
    'https://10.0.0.1/hook',
    'https://172.16.5.4/hook',
    'https://192.168.1.1/hook',
    'https://100.64.0.1/hook',
    'https://[fe80::1]/hook',
    'https://[fc00::1]/hook',
    'https://0.0.0.0/hook',
    'https://224.0.0.1/hook',
    'https://intranet/hook',
  ];

  it('refuses every private spelling when a beheerder saves it, and nothing reaches the fake', async () => {
    fake.requests = [];
    for (const url of privateUrls()) {
      const result = await beheerder.query(SET, { id: linkId, u: url });
      expect({ url, error: result.errors?.[0].extensions }).toEqual({
        url,
        error: { code: 'BAD_USER_INPUT', fields: [{ field: 'webhookUrl', message: url.includes('@') ? expect.any(String) : REFUSED }] },
      });
    }
    const linked = await beheerder.query('mutation($i: TeamsLinkInput!) { linkTeamsChannel(input: $i) { id } }', {
      i: { werkgroepId: engels, tenantId, teamId: school.teamId, channelId: `${school.channelId}-2`, announcementWebhookUrl: `https://localhost:${port}${hookPath()}` },
    });
    expect(linked.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'announcementWebhookUrl', message: REFUSED }] });
    expect(fake.requestLog({ kind: 'webhook' })).toEqual([]);
    expect(fake.webhooks.received()).toEqual([]);
    const { teamsMirror } = await beheerder.request<{ teamsMirror: { links: Array<{ id: string; announcementsEnabled: boolean }> } }>(
      'query($w: ID!) { teamsMirror(werkgroepId: $w) { links { id announcementsEnabled } } }',
      { w: engels },
    );
    expect(teamsMirror.links).toEqual([{ id: linkId, announcementsEnabled: false }]);
  });

  it('checks the address only for someone allowed to set it (no probing through the refusal message)', async () => {
    for (const persona of ['verbinder', 'docent']) {
      const client = await signedIn(api.url, persona);
      const result = await client.query(SET, { id: linkId, u: 'https://169.254.169.254/latest/meta-data/' });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('will not start in production with the allowance switched on', async () => {
    await expect(startApi({ env: { NODE_ENV: 'production', DEMO_MODE: 'false', SEED_DEMO: 'false', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' }, readyTimeoutMs: 120_000 })).rejects.toThrow(
      /WEBHOOK_ALLOW_PRIVATE_ADDRESSES: is for tests against a local fake only and cannot be true in production/,
    );
  }, 150_000);
});
