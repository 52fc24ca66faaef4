// Revoked consent met only by the drift scan (issue #17): the built API (drift scan every 2 s)
// against the HTTPS fake Graph server. The school revokes consent while nothing is uploaded; the
// next scan meets it → the tenant is REVOKED with Microsoft's reason within one interval, and from
// then on nothing asks that school's token endpoint for a token (several intervals later, still
// zero) until a beheerder marks consent granted again; then the scan runs again.
import { allMirrored, linkEngels, uploadDocument, teamsSuite } from '../support/teams-mirror-fixtures';
import { waitFor } from '../support/timing';

jest.setTimeout(120_000);

const INTERVAL_MS = 2_000;

interface Tenant {
  id: string;
  tenantId: string;
  consent: string;
  consentError: string | null;
}

describe('Teams: revoked consent met by the drift scan', () => {
  const teams = teamsSuite('verbinder-teams-consent-', { MS_GRAPH_DRIFT_INTERVAL_MS: String(INTERVAL_MS) }, { readyTimeoutMs: 180_000, timeoutMs: 240_000 });
  let regionId: string;
  let engels: string;

  beforeAll(async () => {
    ({ regionId, engels } = await linkEngels(teams.beheerder, teams.school));
    await uploadDocument(teams.api.url, teams.docent, engels, { name: 'leesplan.txt', bytes: Buffer.from('Leesplan uit Verbinder.\n') }, { title: 'Leesplan' });
    await allMirrored(teams.docent, engels);
  }, 400_000);

  const tenant = async (): Promise<Tenant> => {
    const { teamsTenants } = await teams.beheerder.request<{ teamsTenants: Tenant[] }>('query($r: ID!) { teamsTenants(regionId: $r) { id tenantId consent consentError } }', { r: regionId });
    const found = teamsTenants.find((t) => t.tenantId === teams.school.tenantGuid.toLowerCase());
    if (!found) throw new Error('tenant not registered');
    return found;
  };
  const tokenRequests = () => teams.fake.requestLog({ kind: 'token' }).filter((r) => r.tenantId === teams.school.tenantGuid).length;
  const scans = () => teams.fake.requestLog({ kind: 'graph' }).filter((r) => r.path.includes('/delta')).length;

  it('moves the tenant to REVOKED with the reason within one interval, then asks for no token until it is granted again', async () => {
    expect((await tenant()).consent).toBe('GRANTED');
    const scansBefore = scans();
    await waitFor('a drift scan while consent is granted', async () => scans() > scansBefore, 20_000);

    teams.fake.setConsent(teams.school.tenantGuid, false);
    const logAtRevocation = teams.fake.requests.length;
    const revoked = await waitFor(
      'the tenant REVOKED',
      async () => {
        const t = await tenant();
        return t.consent === 'REVOKED' ? t : null;
      },
      30_000,
      100,
    );
    expect(revoked.consentError).toContain('AADSTS65001');
    // Within one interval: the first scan that met the revocation (one delta, refused) moved the tenant.
    const failedScans = teams.fake.requests.slice(logAtRevocation).filter((r) => r.kind === 'graph' && r.path.includes('/delta'));
    expect(failedScans.map((r) => r.status)).toEqual([401]);

    // Several intervals later: not a single token request for that school, and no Graph call either.
    const tokensAtRevocation = tokenRequests();
    const graphAtRevocation = teams.fake.requestLog({ kind: 'graph' }).length;
    await new Promise((resolve) => setTimeout(resolve, 4 * INTERVAL_MS));
    expect(tokenRequests()).toBe(tokensAtRevocation);
    expect(teams.fake.requestLog({ kind: 'graph' }).length).toBe(graphAtRevocation);

    // The school grants consent again and the beheerder records it: the scan runs again.
    teams.fake.setConsent(teams.school.tenantGuid, true);
    await teams.beheerder.request('mutation($id: ID!) { setTeamsTenantConsent(id: $id, consent: GRANTED) { consent } }', { id: revoked.id });
    const scansAfter = scans();
    await waitFor('a drift scan after the grant', async () => scans() > scansAfter, 20_000);
    expect(tokenRequests()).toBeGreaterThan(tokensAtRevocation);
    expect((await tenant()).consent).toBe('GRANTED');
  });
});
