// Least privilege with Sites.Selected (issue #17): the built API with the default
// MS_GRAPH_PERMISSION_MODEL (selected) against the HTTPS fake Graph server, whose two school tenants
// consented to Sites.Selected only. The Engels group is linked to three channels: school A's team
// (granted), and two teams of school B, one granted and one not. The channel on the site without a
// grant waits with the Dutch reason for the beheerder, school B stays GRANTED, and the other links
// keep mirroring; once the school's IT admin grants the site, the next attempt mirrors every
// document there exactly once, without a beheerder doing anything.
import { teamsSuite, uploadDocument } from '../support/teams-mirror-fixtures';
import { waitFor } from '../support/timing';
import { demoEngels } from '../support/werkgroepen-fixtures';

jest.setTimeout(300_000);

const SITE_REASON = 'Verbinder heeft geen toegang tot de site van dit team. Vraag de IT-beheerder van de school om Sites.Selected-toegang (schrijven) voor deze site te verlenen.';

interface Mirror {
  linkId: string;
  documentId: string;
  documentTitle: string;
  status: string;
  mirroredName: string | null;
  lastError: string | null;
  waitingReason: string | null;
}

describe('Teams: least privilege with Sites.Selected', () => {
  const teams = teamsSuite('verbinder-teams-selected-', {}, { readyTimeoutMs: 180_000, timeoutMs: 200_000 });
  let regionId: string;
  let engels: string;
  const links = { a: '', b: '', denied: '' };
  const tenants = { a: '', b: '' };
  let deniedTeam: { id: string; driveId: string };
  let deniedChannel: string;

  const register = async (tenantId: string, name: string): Promise<string> => {
    const { registerTeamsTenant } = await teams.beheerder.request<{ registerTeamsTenant: { id: string } }>('mutation($i: TeamsTenantInput!) { registerTeamsTenant(input: $i) { id } }', {
      i: { regionId, tenantId, name },
    });
    return registerTeamsTenant.id;
  };
  const link = async (tenantRef: string, teamId: string, channelId: string): Promise<string> => {
    const { linkTeamsChannel } = await teams.beheerder.request<{ linkTeamsChannel: { id: string } }>('mutation($i: TeamsLinkInput!) { linkTeamsChannel(input: $i) { id } }', {
      i: { werkgroepId: engels, tenantId: tenantRef, teamId, channelId },
    });
    return linkTeamsChannel.id;
  };
  const mirrors = async (): Promise<Mirror[]> =>
    (
      await teams.docent.request<{ documentMirrors: Mirror[] }>('query($w: ID!) { documentMirrors(werkgroepId: $w) { linkId documentId documentTitle status mirroredName lastError waitingReason } }', {
        w: engels,
      })
    ).documentMirrors;
  const consentOf = async (tenantRef: string): Promise<{ consent: string; consentError: string | null }> => {
    const { teamsTenants } = await teams.beheerder.request<{ teamsTenants: Array<{ id: string; consent: string; consentError: string | null }> }>(
      'query($r: ID!) { teamsTenants(regionId: $r) { id consent consentError } }',
      { r: regionId },
    );
    const found = teamsTenants.find((t) => t.id === tenantRef);
    if (!found) throw new Error('tenant not registered');
    return found;
  };
  const ofLink = (all: Mirror[], linkId: string) => all.filter((m) => m.linkId === linkId);
  /** The links of the group as the beheerder sees them: counts and why a link waits. */
  const linkStates = async (): Promise<Map<string, { waiting: number; waitingReason: string | null }>> => {
    const { teamsMirror } = await teams.beheerder.request<{ teamsMirror: { links: Array<{ id: string; waitingReason: string | null; counts: { waiting: number } }> } }>(
      'query($w: ID!) { teamsMirror(werkgroepId: $w) { links { id waitingReason counts { waiting } } } }',
      { w: engels },
    );
    return new Map(teamsMirror.links.map((l) => [l.id, { waiting: l.counts.waiting, waitingReason: l.waitingReason }]));
  };

  beforeAll(async () => {
    // Two more schools, which consented to Sites.Selected (+ Channel.ReadBasic.All) only.
    const schoolA = teams.fake.createTenant({ displayName: 'Vmbo De Brug', permissionModel: 'selected' });
    const schoolB = teams.fake.createTenant({ displayName: 'Mbo Rijnland', permissionModel: 'selected' });
    const teamA = teams.fake.createTeam({ tenantId: schoolA.id, displayName: 'Vakgroep Engels' });
    const channelA = teams.fake.createChannel({ teamId: teamA.id, displayName: 'Engels' });
    const teamB = teams.fake.createTeam({ tenantId: schoolB.id, displayName: 'Sectie Engels' });
    const channelB = teams.fake.createChannel({ teamId: teamB.id, displayName: 'Engels' });
    deniedTeam = teams.fake.createTeam({ tenantId: schoolB.id, displayName: 'Sectie Talen' });
    deniedChannel = teams.fake.createChannel({ teamId: deniedTeam.id, displayName: 'Talen' }).id;
    teams.fake.grantSite(teamA.id, ['write']);
    teams.fake.grantSite(teamB.id, ['write']);
    ({ regionId, engelsId: engels } = await demoEngels(teams.beheerder));
    tenants.a = await register(schoolA.id, 'Vmbo De Brug');
    tenants.b = await register(schoolB.id, 'Mbo Rijnland');
    links.a = await link(tenants.a, teamA.id, channelA.id);
    links.b = await link(tenants.b, teamB.id, channelB.id);
    links.denied = await link(tenants.b, deniedTeam.id, deniedChannel);
  }, 400_000);

  it('an ungranted site waits with the reason while the tenant stays GRANTED and other links mirror; a grant mirrors each document there exactly once', async () => {
    // The granted links mirror the group's documents; the channel on the ungranted site waits.
    const settled = await waitFor(
      'granted links mirrored, the ungranted one waiting',
      async () => {
        const all = await mirrors();
        const granted = [...ofLink(all, links.a), ...ofLink(all, links.b)];
        const denied = ofLink(all, links.denied);
        if (granted.length === 0 || denied.length === 0) return null;
        if (granted.some((m) => m.status === 'FAILED') || denied.some((m) => m.status === 'FAILED')) throw new Error(`failed: ${JSON.stringify(all)}`);
        return granted.every((m) => m.status === 'MIRRORED') && denied.every((m) => m.status === 'WAITING') ? all : null;
      },
      120_000,
    );
    const denied = ofLink(settled, links.denied);
    expect(denied.every((m) => m.lastError === SITE_REASON && m.waitingReason === SITE_REASON)).toBe(true);
    const states = await linkStates();
    expect(states.get(links.denied)).toEqual({ waiting: denied.length, waitingReason: SITE_REASON });
    expect(states.get(links.a)?.waitingReason).toBeNull();
    expect(states.get(links.b)?.waitingReason).toBeNull();
    // Per site, not per tenant: school B is GRANTED (its other team mirrored), without a reason.
    expect(await consentOf(tenants.b)).toMatchObject({ consent: 'GRANTED', consentError: null });
    expect((await consentOf(tenants.a)).consent).toBe('GRANTED');
    // What Graph saw for the ungranted team: 403 accessDenied on its site, never filesFolder.
    const graph = teams.fake.requestLog({ kind: 'graph' });
    expect(graph.some((r) => r.path.includes('/filesFolder'))).toBe(false);
    expect(graph.filter((r) => r.status === 403).every((r) => r.path.includes(`/groups/${deniedTeam.id}/sites/root`))).toBe(true);
    expect(graph.some((r) => r.status === 403)).toBe(true);

    // A new document while the site waits: the other links keep mirroring it.
    const added = await uploadDocument(teams.api.url, teams.docent, engels, { name: 'leesplan.txt', bytes: Buffer.from('Leesplan uit Verbinder.\n') }, { title: 'Leesplan' });
    await waitFor(
      'the new document mirrored on the granted links, waiting on the other',
      async () => {
        const mine = (await mirrors()).filter((m) => m.documentId === added.id);
        const on = (linkId: string) => mine.find((m) => m.linkId === linkId)?.status;
        return on(links.a) === 'MIRRORED' && on(links.b) === 'MIRRORED' && on(links.denied) === 'WAITING';
      },
      60_000,
    );
    expect((await consentOf(tenants.b)).consent).toBe('GRANTED');
    expect(teams.fake.creations.filter((c) => c.driveId === deniedTeam.driveId)).toEqual([]);

    // The school's IT admin grants the site (POST /sites/{id}/permissions, roles write): the next
    // planned attempt mirrors everything there, without anyone in Verbinder acting.
    teams.fake.grantSite(deniedTeam.id, ['write']);
    const mirrored = await waitFor(
      'the ungranted link mirrored after the grant',
      async () => {
        const mine = ofLink(await mirrors(), links.denied);
        return mine.length > 0 && mine.every((m) => m.status === 'MIRRORED') ? mine : null;
      },
      150_000,
      500,
    );
    expect(mirrored.every((m) => m.lastError === null && m.waitingReason === null)).toBe(true);
    expect((await linkStates()).get(links.denied)).toEqual({ waiting: 0, waitingReason: null });
    const created = teams.fake.creations.filter((c) => c.driveId === deniedTeam.driveId);
    expect(created).toHaveLength(mirrored.length);
    for (const mirror of mirrored) expect(created.filter((c) => c.name === mirror.mirroredName)).toHaveLength(1);
    expect(await consentOf(tenants.b)).toMatchObject({ consent: 'GRANTED', consentError: null });
  });
});
