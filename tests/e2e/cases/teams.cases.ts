// The Teams mirror in the authorization and bad-input tables. Tenants and links are for
// beheerders of the region (the platform beheerder here); members of a group see its links and
// the status per document. The demo has one tenant ("Demo vmbo") and no links.
import { type AuthzCase, type BadCase, staffOnly } from './types';

const NO_SUCH = '00000000-0000-4000-8000-0000000000e5';
const TEAM = '9c1d2e3f-4a5b-4c6d-8e7f-000000000002';
const CHANNEL = '19:demo-techniek@thread.tacv2';

export const TEAMS_AUTHZ: Record<string, AuthzCase> = {
  teamsTenants: { doc: 'query($r: ID!) { teamsTenants(regionId: $r) { id } }', vars: (i) => ({ r: i.regionId }), docentForbidden: true },
  teamsMirror: { doc: 'query($w: ID!) { teamsMirror(werkgroepId: $w) { configured canManage links { id } } }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  documentMirrors: { doc: 'query($w: ID!) { documentMirrors(werkgroepId: $w) { id status } }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  documentMirrorHistory: { doc: 'query($d: ID!) { documentMirrorHistory(documentId: $d) { id outcome } }', vars: (i) => ({ d: i.engelsDocumentId }) },
  registerTeamsTenant: staffOnly('mutation($r: ID!) { registerTeamsTenant(input: { regionId: $r, tenantId: "11111111-2222-4333-8444-555555555555", name: "Andere school" }) { id } }', (i) => ({
    r: i.regionId,
  })),
  setTeamsTenantConsent: { doc: 'mutation($id: ID!) { setTeamsTenantConsent(id: $id, consent: GRANTED) { id } }', vars: (i) => ({ id: i.teamsTenantId }), docentForbidden: true },
  linkTeamsChannel: staffOnly(`mutation($w: ID!, $t: ID!) { linkTeamsChannel(input: { werkgroepId: $w, tenantId: $t, teamId: "${TEAM}", channelId: "${CHANNEL}" }) { id } }`, (i) => ({
    w: i.engelsWerkgroepId,
    t: i.teamsTenantId,
  })),
  // No link or mirror item in the demo: the docent is answered NOT_FOUND (the beheerder-only check comes after).
  unlinkTeamsChannel: { doc: `mutation { unlinkTeamsChannel(id: "${NO_SUCH}") }`, docentCode: 'NOT_FOUND' },
  retryDocumentMirror: { doc: `mutation { retryDocumentMirror(id: "${NO_SUCH}") { id } }`, docentCode: 'NOT_FOUND' },
  setTeamsLinkAnnouncements: { doc: `mutation { setTeamsLinkAnnouncements(id: "${NO_SUCH}", webhookUrl: null) { id } }`, docentCode: 'NOT_FOUND' },
};

export const TEAMS_BAD_INPUT: BadCase[] = [
  {
    mutation: 'registerTeamsTenant',
    doc: 'mutation($r: ID!) { registerTeamsTenant(input: { regionId: $r, tenantId: "school-a", name: " " }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
    extensions: { fields: [expectField('tenantId'), expectField('name')] },
  },
  {
    mutation: 'registerTeamsTenant',
    doc: 'mutation($r: ID!) { registerTeamsTenant(input: { regionId: $r, tenantId: "7B0D1E2F-3A4B-4C5D-8E6F-000000000001", name: "Dubbel" }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'CONFLICT',
    extensions: { field: 'tenantId' },
  },
  {
    mutation: 'registerTeamsTenant',
    doc: `mutation { registerTeamsTenant(input: { regionId: "${NO_SUCH}", tenantId: "11111111-2222-4333-8444-555555555555", name: "X" }) { id } }`,
    code: 'NOT_FOUND',
  },
  {
    mutation: 'registerTeamsTenant',
    as: 'verbinder',
    doc: 'mutation($r: ID!) { registerTeamsTenant(input: { regionId: $r, tenantId: "11111111-2222-4333-8444-555555555555", name: "X" }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'FORBIDDEN',
  },
  { mutation: 'setTeamsTenantConsent', doc: `mutation { setTeamsTenantConsent(id: "${NO_SUCH}", consent: REVOKED) { id } }`, code: 'NOT_FOUND' },
  {
    mutation: 'setTeamsTenantConsent',
    doc: 'mutation($id: ID!, $n: String) { setTeamsTenantConsent(id: $id, consent: REVOKED, note: $n) { id } }',
    vars: (i) => ({ id: i.teamsTenantId, n: 'x'.repeat(501) }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'linkTeamsChannel',
    doc: `mutation($w: ID!, $t: ID!) { linkTeamsChannel(input: { werkgroepId: $w, tenantId: $t, teamId: "${TEAM}", channelId: "kanaal met spaties", subfolder: "a/../b", announcementWebhookUrl: "http://example.org/hook" }) { id } }`,
    vars: (i) => ({ w: i.engelsWerkgroepId, t: i.teamsTenantId }),
    code: 'BAD_USER_INPUT',
    extensions: { fields: [expectField('channelId'), expectField('subfolder'), expectField('announcementWebhookUrl')] },
  },
  {
    // A team id that is not a GUID (a team name, a whole link) is refused with a Dutch explanation.
    mutation: 'linkTeamsChannel',
    doc: `mutation($w: ID!, $t: ID!) { linkTeamsChannel(input: { werkgroepId: $w, tenantId: $t, teamId: "Vakgroep-Engels", channelId: "${CHANNEL}" }) { id } }`,
    vars: (i) => ({ w: i.engelsWerkgroepId, t: i.teamsTenantId }),
    code: 'BAD_USER_INPUT',
    extensions: { fields: [{ field: 'teamId', message: expect.stringContaining('De team-id is een GUID') }] },
  },
  {
    mutation: 'linkTeamsChannel',
    doc: `mutation($w: ID!) { linkTeamsChannel(input: { werkgroepId: $w, tenantId: "${NO_SUCH}", teamId: "${TEAM}", channelId: "${CHANNEL}" }) { id } }`,
    vars: (i) => ({ w: i.engelsWerkgroepId }),
    code: 'BAD_USER_INPUT',
    extensions: { fields: [expectField('tenantId')] },
  },
  {
    mutation: 'linkTeamsChannel',
    doc: `mutation($t: ID!) { linkTeamsChannel(input: { werkgroepId: "${NO_SUCH}", tenantId: $t, teamId: "${TEAM}", channelId: "${CHANNEL}" }) { id } }`,
    vars: (i) => ({ t: i.teamsTenantId }),
    code: 'NOT_FOUND',
  },
  {
    mutation: 'linkTeamsChannel',
    as: 'verbinder',
    doc: `mutation($w: ID!, $t: ID!) { linkTeamsChannel(input: { werkgroepId: $w, tenantId: $t, teamId: "${TEAM}", channelId: "${CHANNEL}" }) { id } }`,
    vars: (i) => ({ w: i.techniekWerkgroepId, t: i.teamsTenantId }),
    code: 'FORBIDDEN',
  },
  { mutation: 'unlinkTeamsChannel', doc: `mutation { unlinkTeamsChannel(id: "${NO_SUCH}") }`, code: 'NOT_FOUND' },
  { mutation: 'unlinkTeamsChannel', doc: 'mutation { unlinkTeamsChannel(id: "geen-id") }', code: 'NOT_FOUND' },
  { mutation: 'retryDocumentMirror', doc: `mutation { retryDocumentMirror(id: "${NO_SUCH}") { id } }`, code: 'NOT_FOUND' },
  // The address is checked before the link is looked up (the e2e of announcements covers a real link).
  {
    mutation: 'setTeamsLinkAnnouncements',
    doc: `mutation { setTeamsLinkAnnouncements(id: "${NO_SUCH}", webhookUrl: "http://prod-01.westeurope.logic.azure.com/workflows/x") { id } }`,
    code: 'BAD_USER_INPUT',
    extensions: { fields: [expectField('webhookUrl')] },
  },
  {
    mutation: 'setTeamsLinkAnnouncements',
    doc: `mutation { setTeamsLinkAnnouncements(id: "${NO_SUCH}", webhookUrl: "https://prod-01.westeurope.logic.azure.com/workflows/x") { id } }`,
    code: 'NOT_FOUND',
  },
];

/** What the bad-input suite compares before and after, as the platform beheerder. */
export const TEAMS_FINGERPRINT = `query($r: ID!, $w: ID!, $t: ID!) {
  teamsTenants(regionId: $r) { id tenantId name consent consentError consentChangedAt }
  engels: teamsMirror(werkgroepId: $w) { links { id channelId subfolder } }
  techniek: teamsMirror(werkgroepId: $t) { links { id channelId subfolder } }
}`;

function expectField(field: string): Record<string, unknown> {
  return expect.objectContaining({ field }) as unknown as Record<string, unknown>;
}
