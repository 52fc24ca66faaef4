// Teams announcements end to end: the built API posts to a Workflows webhook on the HTTPS Teams
// fake (tools/teams-fake, webhook-receiver.ts). A burst of uploads gives exactly one message that
// lists every document; 429s with Retry-After are waited out; a webhook that answers 404 fails the
// announcement with the fix on the link; the URL is validated; only beheerders set it.
import { demoIds } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { uploadDocument, teamsSuite } from '../support/teams-mirror-fixtures';
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
  const teams = teamsSuite('verbinder-announce-', { TEAMS_ANNOUNCE_WINDOW_SECONDS: String(WINDOW_SECONDS) });
  let engels: string;
  let engelsName: string;
  let linkId: string;
  let hook: { hookId: string; url: string };

  beforeAll(async () => {
    const { regionId } = await demoIds(teams.beheerder);
    engels = (await werkgroepIds(teams.beheerder, regionId)).engelsWerkgroepId;
    engelsName = (await teams.docent.request<{ werkgroep: { name: string } }>('query($id: ID!) { werkgroep(id: $id) { name } }', { id: engels })).werkgroep.name;

    const { registerTeamsTenant } = await teams.beheerder.request<{ registerTeamsTenant: { id: string } }>('mutation($i: TeamsTenantInput!) { registerTeamsTenant(input: $i) { id } }', {
      i: { regionId, tenantId: teams.school.tenantGuid, name: 'Vmbo De Brug' },
    });
    hook = teams.fake.createWebhook();
    // An http:// address is refused with a Dutch message on the field.
    const refused = await teams.beheerder.query('mutation($i: TeamsLinkInput!) { linkTeamsChannel(input: $i) { id } }', {
      i: { werkgroepId: engels, tenantId: registerTeamsTenant.id, teamId: teams.school.teamId, channelId: teams.school.channelId, announcementWebhookUrl: hook.url.replace('https:', 'http:') },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.['fields']).toEqual([{ field: 'announcementWebhookUrl', message: 'Het webhookadres moet een volledig adres zijn dat begint met https://' }]);
    const { linkTeamsChannel } = await teams.beheerder.request<{ linkTeamsChannel: { id: string } }>('mutation($i: TeamsLinkInput!) { linkTeamsChannel(input: $i) { id } }', {
      i: { werkgroepId: engels, tenantId: registerTeamsTenant.id, teamId: teams.school.teamId, channelId: teams.school.channelId, announcementWebhookUrl: hook.url },
    });
    linkId = linkTeamsChannel.id;
  }, 120_000);

  const link = async (client: GraphqlHttpClient = teams.beheerder): Promise<LinkView> => {
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
    expect(await link(teams.beheerder)).toMatchObject({ announcementsEnabled: true, announcementWebhookUrl: hook.url, lastAnnouncement: null });
    // The URL is a credential for the channel: members see that announcements are on, not where they go.
    expect(await link(teams.docent)).toMatchObject({ announcementsEnabled: true, announcementWebhookUrl: null, lastAnnouncement: null });
    // The existing documents are mirrored (link sync) but not announced.
    await waitFor('existing documents mirrored', async () => {
      const { documentMirrors } = await teams.docent.request<{ documentMirrors: Array<{ status: string }> }>('query($w: ID!) { documentMirrors(werkgroepId: $w) { status } }', { w: engels });
      return documentMirrors.length > 0 && documentMirrors.every((m) => m.status === 'MIRRORED');
    });
    await new Promise((r) => setTimeout(r, (WINDOW_SECONDS + 1) * 1000));
    expect(teams.fake.webhooks.received()).toEqual([]);
  }, 60_000);

  it('announces a burst of 5 uploads in exactly one message that lists all 5 with links', async () => {
    const titles = ['Notulen 3 november', 'Toetsmatrijs leesvaardigheid', 'Jaarplanning Engels', 'PTA havo 4', 'Stagehandboek'];
    const docs = await Promise.all(titles.map((title, i) => uploadDocument(teams.api.url, teams.docent, engels, { name: `doc${i}.txt`, bytes: Buffer.from(`${title}\n`) }, { title })));
    const announcement = await settledAnnouncement(5);
    expect(announcement).toMatchObject({ attempts: 1, lastError: null });
    // Nothing else arrives after the window.
    await new Promise((r) => setTimeout(r, 1500));
    const posts = teams.fake.webhooks.received(hook.hookId);
    expect(posts).toHaveLength(1);
    const [title, ...lines] = posts[0].texts;
    expect(title).toBe(`5 nieuwe documenten in werkgroep ${engelsName}`);
    expect(lines).toHaveLength(5);
    for (const [i, doc] of docs.entries()) {
      expect(lines).toContain(`- [${titles[i]}](${teams.api.url}/werkgroep/${engels}/documenten?document=${doc.id})`);
    }
    const card = (posts[0].body as { attachments: Array<{ content: { actions: Array<{ url: string }> } }> }).attachments[0].content;
    expect(card.actions[0].url).toBe(`${teams.api.url}/werkgroep/${engels}/documenten`);
  }, 60_000);

  it('waits out 429s with Retry-After and then posts once', async () => {
    teams.fake.requests = [];
    teams.fake.addFault({ status: 429, retryAfterSeconds: 1, count: 2, pathIncludes: '/_webhooks/' });
    await uploadDocument(teams.api.url, teams.docent, engels, { name: 'rooster.txt', bytes: Buffer.from('Rooster\n') }, { title: 'Rooster toetsweek' });
    const announcement = await settledAnnouncement(1);
    expect(announcement.attempts).toBe(3);
    const calls = teams.fake.requestLog({ kind: 'webhook' });
    expect(calls.map((c) => c.status)).toEqual([429, 429, 202]);
    for (let i = 1; i < calls.length; i++) expect(Date.parse(calls[i].at) - Date.parse(calls[i - 1].at)).toBeGreaterThanOrEqual(1000);
    const posts = teams.fake.webhooks.received(hook.hookId);
    expect(posts).toHaveLength(2);
    expect(posts[1].texts).toEqual([`1 nieuw document in werkgroep ${engelsName}`, expect.stringContaining('[Rooster toetsweek]')]);
  }, 60_000);

  it('stops at once when the webhook answers 404 and shows the fix on the link', async () => {
    const gone = teams.fake.createWebhook();
    teams.fake.webhooks.remove(gone.hookId);
    await teams.beheerder.request('mutation($id: ID!, $u: String) { setTeamsLinkAnnouncements(id: $id, webhookUrl: $u) { id } }', { id: linkId, u: gone.url });
    teams.fake.requests = [];
    await uploadDocument(teams.api.url, teams.docent, engels, { name: 'weg.txt', bytes: Buffer.from('Weg\n') }, { title: 'Verslag excursie' });
    const failed = await settledAnnouncement(1, 'FAILED');
    expect(failed.attempts).toBe(1);
    // Only "failed" and the fix: never the remote's HTTP status or body (no probing of hosts through us).
    expect(failed.lastError).toBe(
      'Het bericht kon niet worden afgeleverd bij de webhook. Maak in Teams opnieuw een workflow "Post to a channel when a webhook request is received" en zet het nieuwe adres bij de koppeling.',
    );
    expect(teams.api.logs()).toMatch(/"msg":"webhook attempt"[^\n]*"status":404/);
    expect(teams.fake.requestLog({ kind: 'webhook' })).toHaveLength(1);
    // The docent sees the status too (not the address).
    expect((await link(teams.docent)).lastAnnouncement).toMatchObject({ status: 'FAILED' });
  }, 60_000);

  it('lets only beheerders change the webhook, validates it, and announces nothing once it is cleared', async () => {
    const forbidden = await teams.docent.query('mutation($id: ID!) { setTeamsLinkAnnouncements(id: $id, webhookUrl: null) { id } }', { id: linkId });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const [url, message] of [
      ['ftp://example.org/hook', 'Het webhookadres moet een volledig adres zijn dat begint met https://'],
      [`https://example.org/${'a'.repeat(2000)}`, 'Het webhookadres mag hoogstens 2000 tekens hebben.'],
      ['https://user:pw@example.org/hook', 'Het webhookadres mag geen gebruikersnaam of wachtwoord bevatten.'],
    ]) {
      const bad = await teams.beheerder.query('mutation($id: ID!, $u: String) { setTeamsLinkAnnouncements(id: $id, webhookUrl: $u) { id } }', { id: linkId, u: url });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'webhookUrl', message }] });
    }
    const { setTeamsLinkAnnouncements } = await teams.beheerder.request<{ setTeamsLinkAnnouncements: LinkView }>(
      `mutation($id: ID!) { setTeamsLinkAnnouncements(id: $id, webhookUrl: "  ") { ${LINK_FIELDS} } }`,
      { id: linkId },
    );
    expect(setTeamsLinkAnnouncements).toMatchObject({ announcementsEnabled: false, announcementWebhookUrl: null, lastAnnouncement: { status: 'FAILED' } });
    const before = teams.fake.webhooks.received().length;
    teams.fake.requests = [];
    await uploadDocument(teams.api.url, teams.docent, engels, { name: 'stil.txt', bytes: Buffer.from('Stil\n') }, { title: 'Zonder aankondiging' });
    await new Promise((r) => setTimeout(r, (WINDOW_SECONDS + 1) * 1000));
    expect(teams.fake.requestLog({ kind: 'webhook' })).toEqual([]);
    expect(teams.fake.webhooks.received()).toHaveLength(before);
    expect((await link()).lastAnnouncement).toMatchObject({ status: 'FAILED', documentCount: 1 });
  }, 60_000);
});
