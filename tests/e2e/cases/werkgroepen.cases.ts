// Werkgroepen in the authorization and bad-input tables. The demo docent (Youssef) is a plain
// member (LID) of the Engels group and not a member of the techniek group.
import { type AuthzCase, type BadCase, staffOnly } from './types';

const GROUP = 'regionId: $r, kind: INTERSCOLAIRE_VAKGROEP';

export const WERKGROEPEN_AUTHZ: Record<string, AuthzCase> = {
  werkgroepen: { doc: 'query($r: ID!) { werkgroepen(regionId: $r) { id } }', vars: (i) => ({ r: i.regionId }) },
  mijnWerkgroepen: { doc: '{ mijnWerkgroepen { id } }', neutral: true },
  werkgroep: { doc: 'query($id: ID!) { werkgroep(id: $id) { id members { personId } } }', vars: (i) => ({ id: i.engelsWerkgroepId }) },
  werkgroepSignals: { doc: 'query($r: ID!) { werkgroepSignals(regionId: $r) { signal { flagged } } }', vars: (i) => ({ r: i.regionId }), docentForbidden: true },
  createWerkgroep: { doc: `mutation($r: ID!) { createWerkgroep(input: { ${GROUP}, name: "Vakgroep Nederlands" }) { id } }`, vars: (i) => ({ r: i.regionId }), docentForbidden: true },
  updateWerkgroep: staffOnly(`mutation($id: ID!, $r: ID!) { updateWerkgroep(id: $id, input: { ${GROUP}, name: "Andere naam" }) { id } }`, (i) => ({ id: i.engelsWerkgroepId, r: i.regionId })),
  archiveWerkgroep: { doc: 'mutation($id: ID!) { archiveWerkgroep(id: $id, archived: true) { id } }', vars: (i) => ({ id: i.engelsWerkgroepId }), docentForbidden: true },
  upsertWerkgroepMember: staffOnly('mutation($w: ID!, $p: ID!) { upsertWerkgroepMember(input: { werkgroepId: $w, personId: $p, role: VOORZITTER }) { personId } }', (i) => ({
    w: i.engelsWerkgroepId,
    p: i.engelsMemberId,
  })),
  removeWerkgroepMember: staffOnly('mutation($w: ID!, $p: ID!) { removeWerkgroepMember(werkgroepId: $w, personId: $p) }', (i) => ({ w: i.engelsWerkgroepId, p: i.engelsMemberId })),
  markWerkgroepRead: { doc: 'mutation($w: ID!) { markWerkgroepRead(werkgroepId: $w) }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
};

export const WERKGROEPEN_SUBSCRIPTIONS = ['werkgroepChanged'];

export const WERKGROEPEN_BAD_INPUT: BadCase[] = [
  { mutation: 'createWerkgroep', doc: `mutation($r: ID!) { createWerkgroep(input: { ${GROUP}, name: "  ", cadenceDays: 0 }) { id } }`, vars: (i) => ({ r: i.regionId }), code: 'BAD_USER_INPUT' },
  {
    mutation: 'createWerkgroep',
    doc: `mutation($r: ID!) { createWerkgroep(input: { ${GROUP}, name: "interscolaire VAKGROEP engels" }) { id } }`,
    vars: (i) => ({ r: i.regionId }),
    code: 'CONFLICT',
    extensions: { field: 'name' },
  },
  {
    mutation: 'createWerkgroep',
    doc: `mutation($r: ID!, $l: ID!) { createWerkgroep(input: { ${GROUP}, name: "Met vreemde lijn", actielijnIds: [$l] }) { id } }`,
    vars: (i) => ({ r: i.otherRegionId, l: i.actielijnId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'updateWerkgroep',
    doc: `mutation($id: ID!, $r: ID!, $n: String!) { updateWerkgroep(id: $id, input: { ${GROUP}, name: $n }) { id } }`,
    vars: (i) => ({ id: i.engelsWerkgroepId, r: i.regionId, n: 'x'.repeat(121) }),
    code: 'BAD_USER_INPUT',
  },
  { mutation: 'updateWerkgroep', doc: `mutation($r: ID!) { updateWerkgroep(id: "geen-id", input: { ${GROUP}, name: "X" }) { id } }`, vars: (i) => ({ r: i.regionId }), code: 'NOT_FOUND' },
  { mutation: 'archiveWerkgroep', doc: 'mutation { archiveWerkgroep(id: "00000000-0000-4000-8000-000000000009", archived: true) { id } }', code: 'NOT_FOUND' },
  {
    mutation: 'upsertWerkgroepMember',
    doc: 'mutation($w: ID!, $p: ID!) { upsertWerkgroepMember(input: { werkgroepId: $w, personId: $p }) { personId } }',
    vars: (i) => ({ w: i.engelsWerkgroepId, p: i.outsiderPersonId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'upsertWerkgroepMember',
    doc: 'mutation($w: ID!, $p: ID!, $s: ID!) { upsertWerkgroepMember(input: { werkgroepId: $w, personId: $p, schoolId: $s }) { personId } }',
    vars: (i) => ({ w: i.engelsWerkgroepId, p: i.engelsMemberId, s: i.otherSchoolId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'removeWerkgroepMember',
    doc: 'mutation($w: ID!, $p: ID!) { removeWerkgroepMember(werkgroepId: $w, personId: $p) }',
    vars: (i) => ({ w: i.engelsWerkgroepId, p: i.outsiderPersonId }),
    code: 'NOT_FOUND',
  },
  { mutation: 'markWerkgroepRead', doc: 'mutation { markWerkgroepRead(werkgroepId: "geen-id") }', code: 'NOT_FOUND' },
];

/** What the bad-input suite compares before and after (as the platform beheerder, who sees every group). */
export const WERKGROEPEN_FINGERPRINT = `query($r: ID!) { werkgroepen(regionId: $r) { id name kind description sector visibility cadenceDays cadenceNote archivedAt
  actielijnen { id } members { personId schoolId layer role } } }`;
