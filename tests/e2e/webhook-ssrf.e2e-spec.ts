// Outgoing webhooks (docs/security.md "Outgoing webhooks (SSRF)"): without the test-only
// WEBHOOK_ALLOW_PRIVATE_ADDRESSES, a Teams announcement webhook must lead to a public address.
// The built API runs against the HTTPS Teams fake on localhost (a real private target): every
// spelling of a loopback, private, link-local or metadata host is refused when saved, with one
// Dutch message and only for someone allowed to set it; nothing reaches the fake. Production
// refuses to start with the allowance switched on.
import { startApi } from '../support/api-process';
import { signedIn } from '../support/fixtures';
import { linkGroup, teamsSuite } from '../support/teams-mirror-fixtures';
import { demoEngels } from '../support/werkgroepen-fixtures';

const REFUSED = 'Het webhookadres moet naar een openbaar adres op internet wijzen (https, geen intern of lokaal adres).';
const SET = 'mutation($id: ID!, $u: String) { setTeamsLinkAnnouncements(id: $id, webhookUrl: $u) { id announcementsEnabled } }';

describe('Teams webhook URLs lead only to public addresses', () => {
  const teams = teamsSuite('verbinder-ssrf-', { WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'false' }, { readyTimeoutMs: 180_000, timeoutMs: 200_000 });
  let port: string;
  let linkId: string;
  let engels: string;
  let tenantId: string;

  beforeAll(async () => {
    port = new URL(teams.fake.url).port;
    const { regionId, engelsId } = await demoEngels(teams.beheerder);
    engels = engelsId;
    linkId = await linkGroup(teams.beheerder, regionId, engels, teams.school);
    const { teamsMirror } = await teams.beheerder.request<{ teamsMirror: { tenants: Array<{ id: string }> } }>('query($w: ID!) { teamsMirror(werkgroepId: $w) { tenants { id } } }', { w: engels });
    tenantId = teamsMirror.tenants[0].id;
  }, 240_000);

  const hookPath = () => {
    const url = new URL(teams.fake.createWebhook().url);
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
    teams.fake.requests = [];
    for (const url of privateUrls()) {
      const result = await teams.beheerder.query(SET, { id: linkId, u: url });
      expect({ url, error: result.errors?.[0].extensions }).toEqual({
        url,
        error: { code: 'BAD_USER_INPUT', fields: [{ field: 'webhookUrl', message: url.includes('@') ? expect.any(String) : REFUSED }] },
      });
    }
    const linked = await teams.beheerder.query('mutation($i: TeamsLinkInput!) { linkTeamsChannel(input: $i) { id } }', {
      i: { werkgroepId: engels, tenantId, teamId: teams.school.teamId, channelId: `${teams.school.channelId}-2`, announcementWebhookUrl: `https://localhost:${port}${hookPath()}` },
    });
    expect(linked.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'announcementWebhookUrl', message: REFUSED }] });
    expect(teams.fake.requestLog({ kind: 'webhook' })).toEqual([]);
    expect(teams.fake.webhooks.received()).toEqual([]);
    const { teamsMirror } = await teams.beheerder.request<{ teamsMirror: { links: Array<{ id: string; announcementsEnabled: boolean }> } }>(
      'query($w: ID!) { teamsMirror(werkgroepId: $w) { links { id announcementsEnabled } } }',
      { w: engels },
    );
    expect(teamsMirror.links).toEqual([{ id: linkId, announcementsEnabled: false }]);
  });

  it('checks the address only for someone allowed to set it (no probing through the refusal message)', async () => {
    for (const persona of ['verbinder', 'docent']) {
      const client = await signedIn(teams.api.url, persona);
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
