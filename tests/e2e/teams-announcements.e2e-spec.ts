// Teams announcements end to end: the built API posts to a Workflows webhook on the HTTPS Teams
// fake (tools/teams-fake, webhook-receiver.ts). A burst of uploads gives exactly one message that
// lists every document; 429s with Retry-After are waited out; a webhook that answers 404 fails the
// announcement with the fix on the link; the URL is validated; only beheerders set it.
import type { TeamsFake } from '@verbinder/testing/teams-fake';
import { ApiHandle } from '../support/api-process';
import { demoIds } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { uploadDocument, startTeamsApi, type TeamsApi } from '../support/teams-mirror-fixtures';
import { waitFor } from '../support/timing';
import { werkgroepIds } from '../support/werkgroepen-fixtures';

interface Announcement {
  status: string;
  documentCount: number;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  nextAttemptAt: string | null;
}
interface LinkView {
  id: string;
  announcementsEnabled: boolean;
  announcementWebhookUrl: string | null;
  lastAnnouncement: Announcement | null;
}
const LINK_FIELDS = 'id announcementsEnabled announcementWebhookUrl lastAnnouncement { status documentCount attempts lastError sentAt nextAttemptAt }';
const WINDOW_SECONDS = 3;

describe('Teams announcements through a Workflows webhook on the fake', () => {
  let fake: TeamsFake;
  let api: ApiHandle;
  let teams: TeamsApi;
  let beheerder: GraphqlHttpClient;
  let docent: GraphqlHttpClient;
  let engels: string;
  let engelsName: string;
  let linkId: string;
  let hook: { hookId: string; url: string };

  beforeAll(async () => {
    teams = await startTeamsApi('verbinder-announce-', { TEAMS_ANNOUNCE_WINDOW_SECONDS: String(WINDOW_SECONDS) });
    ({ fake, api, beheerder, docent } = teams);
    const school = teams.school;
    const { regionId } = await demoIds(beheerder);
    engels = (await werkgroepIds(beheerder, regionId)).engelsWerkgroepId;
    engelsName = (await docent.request<{ werkgroep: { name: string } }>('query($id: ID!) { werkgroep(id: $id) { name } }', { id: engels })).werkgroep.name;

    const { registerTeamsTenant } = await beheerder.request<{ registerTeamsTenant: { id: string } }>('mutation($i: TeamsTenantInput!) { registerTeamsTenant(input: $i) { id } }', {
      i: { regionId, tenantId: school.tenantGuid, name: 'Vmbo De Brug' },
    });
    hook = fake.createWebhook();
    // An http:// address is refused with a Dutch message on the field.
    const refused = await beheerder.query('mutation($i: TeamsLinkInput!) { linkTeamsChannel(input: $i) { id } }', {
      i: { werkgroepId: engels, tenantId: registerTeamsTenant.id, teamId: school.teamId, channelId: school.channelId, announcementWebhookUrl: hook.url.replace('https:', 'http:') },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.['fields']).toEqual([{ field: 'announcementWebhookUrl', message: 'Het webhookadres moet een volledig adres zijn dat begint met https://' }]);
    const { linkTeamsChannel } = await beheerder.request<{ linkTeamsChannel: { id: string } }>('mutation($i: TeamsLinkInput!) { linkTeamsChannel(input: $i) { id } }', {
      i: { werkgroepId: engels, tenantId: registerTeamsTenant.id, teamId: school.teamId, channelId: school.channelId, announcementWebhookUrl: hook.url },
    });
    linkId = linkTeamsChannel.id;
  }, 120_000);

  afterAll(async () => {
    await teams?.stop();
  });

  const link = async (client: GraphqlHttpClient = beheerder): Promise<LinkView> => {
    const { teamsMirror } = await client.request<{ teamsMirror: { links: LinkView[] } }>(`query($w: ID!) { teamsMirror(werkgroepId: $w) { links { ${LINK_FIELDS} } } }`, { w: engels });
    const found = teamsMirror.links.find((l) => l.id === linkId);
    if (!found) throw new Error('link not found');
    return found;
  };

  const settledAnnouncement = (documentCount: number, status = 'SENT') =>
    waitFor(
      `announcement of ${documentCount} ${status}`,
      async () => {
        const a = (await link()).lastAnnouncement;
        return a && a.documentCount === documentCount && a.status === status ? a : null;
      },
      60_000,
    );

  it('shows the webhook only to beheerders, and announces nothing for the documents that existed before the link', async () => {
    expect(await link(beheerder)).toMatchObject({ announcementsEnabled: true, announcementWebhookUrl: hook.url, lastAnnouncement: null });
    // The URL is a credential for the channel: members see that announcements are on, not where they go.
    expect(await link(docent)).toMatchObject({ announcementsEnabled: true, announcementWebhookUrl: null, lastAnnouncement: null });
    // The existing documents are mirrored (link sync) but not announced.
    await waitFor('existing documents mirrored', async () => {
      const { documentMirrors } = await docent.request<{ documentMirrors: Array<{ status: string }> }>('query($w: ID!) { documentMirrors(werkgroepId: $w) { status } }', { w: engels });
      return documentMirrors.length > 0 && documentMirrors.every((m) => m.status === 'MIRRORED');
    });
    await new Promise((r) => setTimeout(r, (WINDOW_SECONDS + 1) * 1000));
    expect(fake.webhooks.received()).toEqual([]);
  }, 60_000);

  it('announces a burst of 5 uploads in exactly one message that lists all 5 with links', async () => {
    const titles = ['Notulen 3 november', 'Toetsmatrijs leesvaardigheid', 'Jaarplanning Engels', 'PTA havo 4', 'Stagehandboek'];
    const docs = await Promise.all(titles.map((title, i) => uploadDocument(api.url, docent, engels, { name: `doc${i}.txt`, bytes: Buffer.from(`${title}\n`) }, { title })));
    const announcement = await settledAnnouncement(5);
    expect(announcement).toMatchObject({ attempts: 1, lastError: null });
    // Nothing else arrives after the window.
    await new Promise((r) => setTimeout(r, 1500));
    const posts = fake.webhooks.received(hook.hookId);
    expect(posts).toHaveLength(1);
    const [title, ...lines] = posts[0].texts;
    expect(title).toBe(`5 nieuwe documenten in werkgroep ${engelsName}`);
    expect(lines).toHaveLength(5);
    for (const [i, doc] of docs.entries()) {
      expect(lines).toContain(`- [${titles[i]}](${api.url}/werkgroep/${engels}/documenten?document=${doc.id})`);
    }
    const card = (posts[0].body as { attachments: Array<{ content: { actions: Array<{ url: string }> } }> }).attachments[0].content;
    expect(card.actions[0].url).toBe(`${api.url}/werkgroep/${engels}/documenten`);
  }, 60_000);

  it('waits out 429s with Retry-After and then posts once', async () => {
    fake.requests = [];
    fake.addFault({ status: 429, retryAfterSeconds: 1, count: 2, pathIncludes: '/_webhooks/' });
    await uploadDocument(api.url, docent, engels, { name: 'rooster.txt', bytes: Buffer.from('Rooster\n') }, { title: 'Rooster toetsweek' });
    const announcement = await settledAnnouncement(1);
    expect(announcement.attempts).toBe(3);
    const calls = fake.requestLog({ kind: 'webhook' });
    expect(calls.map((c) => c.status)).toEqual([429, 429, 202]);
    for (let i = 1; i < calls.length; i++) expect(Date.parse(calls[i].at) - Date.parse(calls[i - 1].at)).toBeGreaterThanOrEqual(1000);
    const posts = fake.webhooks.received(hook.hookId);
    expect(posts).toHaveLength(2);
    expect(posts[1].texts).toEqual([`1 nieuw document in werkgroep ${engelsName}`, expect.stringContaining('[Rooster toetsweek]')]);
  }, 60_000);

  it('stops at once when the webhook answers 404 and shows the fix on the link', async () => {
    const gone = fake.createWebhook();
    fake.webhooks.remove(gone.hookId);
    await beheerder.request('mutation($id: ID!, $u: String) { setTeamsLinkAnnouncements(id: $id, webhookUrl: $u) { id } }', { id: linkId, u: gone.url });
    fake.requests = [];
    await uploadDocument(api.url, docent, engels, { name: 'weg.txt', bytes: Buffer.from('Weg\n') }, { title: 'Verslag excursie' });
    const failed = await settledAnnouncement(1, 'FAILED');
    expect(failed.attempts).toBe(1);
    // Only "failed" and the fix: never the remote's HTTP status or body (no probing of hosts through us).
    expect(failed.lastError).toBe(
      'Het bericht kon niet worden afgeleverd bij de webhook. Maak in Teams opnieuw een workflow "Post to a channel when a webhook request is received" en zet het nieuwe adres bij de koppeling.',
    );
    expect(api.logs()).toMatch(/"msg":"webhook attempt"[^\n]*"status":404/);
    expect(fake.requestLog({ kind: 'webhook' })).toHaveLength(1);
    // The docent sees the status too (not the address).
    expect((await link(docent)).lastAnnouncement).toMatchObject({ status: 'FAILED' });
  }, 60_000);

  it('lets only beheerders change the webhook, validates it, and announces nothing once it is cleared', async () => {
    const forbidden = await docent.query('mutation($id: ID!) { setTeamsLinkAnnouncements(id: $id, webhookUrl: null) { id } }', { id: linkId });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const [url, message] of [
      ['ftp://example.org/hook', 'Het webhookadres moet een volledig adres zijn dat begint met https://'],
      [`https://example.org/${'a'.repeat(2000)}`, 'Het webhookadres mag hoogstens 2000 tekens hebben.'],
      ['https://user:pw@example.org/hook', 'Het webhookadres mag geen gebruikersnaam of wachtwoord bevatten.'],
    ]) {
      const bad = await beheerder.query('mutation($id: ID!, $u: String) { setTeamsLinkAnnouncements(id: $id, webhookUrl: $u) { id } }', { id: linkId, u: url });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'webhookUrl', message }] });
    }
    const { setTeamsLinkAnnouncements } = await beheerder.request<{ setTeamsLinkAnnouncements: LinkView }>(
      `mutation($id: ID!) { setTeamsLinkAnnouncements(id: $id, webhookUrl: "  ") { ${LINK_FIELDS} } }`,
      { id: linkId },
    );
    expect(setTeamsLinkAnnouncements).toMatchObject({ announcementsEnabled: false, announcementWebhookUrl: null, lastAnnouncement: { status: 'FAILED' } });
    const before = fake.webhooks.received().length;
    fake.requests = [];
    await uploadDocument(api.url, docent, engels, { name: 'stil.txt', bytes: Buffer.from('Stil\n') }, { title: 'Zonder aankondiging' });
    await new Promise((r) => setTimeout(r, (WINDOW_SECONDS + 1) * 1000));
    expect(fake.requestLog({ kind: 'webhook' })).toEqual([]);
    expect(fake.webhooks.received()).toHaveLength(before);
    expect((await link()).lastAnnouncement).toMatchObject({ status: 'FAILED', documentCount: 1 });
  }, 60_000);
});
