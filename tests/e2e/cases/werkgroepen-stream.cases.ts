// The werkgroep stream, the taalbrug and meetings of a group in the authorization and bad-input
// tables. The demo docent (Youssef) is a member (LID) of the Engels group; the beheerder is a
// member of neither group. Post ids are not known to the fixtures (only members read posts), so
// the post mutations are called with an unknown id here; their rules are tested in
// tests/e2e/werkgroepen-stream.e2e-spec.ts.
import type { AuthzCase, BadCase } from './types';

export const UNKNOWN_POST = '00000000-0000-4000-8000-0000000000c1';

export const STREAM_AUTHZ: Record<string, AuthzCase> = {
  werkgroepPosts: { doc: 'query($w: ID!) { werkgroepPosts(werkgroepId: $w) { id replies { id } } }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  createWerkgroepPost: { doc: 'mutation($w: ID!) { createWerkgroepPost(input: { werkgroepId: $w, body: "Hallo allemaal" }) { id } }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  editWerkgroepPost: { doc: `mutation { editWerkgroepPost(id: "${UNKNOWN_POST}", body: "Anders") { id } }`, docentCode: 'NOT_FOUND' },
  deleteWerkgroepPost: { doc: `mutation { deleteWerkgroepPost(id: "${UNKNOWN_POST}") { id } }`, docentCode: 'NOT_FOUND' },
  reactToWerkgroepPost: { doc: `mutation { reactToWerkgroepPost(id: "${UNKNOWN_POST}", reaction: "👍") { id } }`, docentCode: 'NOT_FOUND' },
  glossary: { doc: 'query($r: ID!) { glossary(regionId: $r, search: "stage") { id term meanings { meaning } } }', vars: (i) => ({ r: i.regionId }) },
  glossaryTerm: { doc: 'query($id: ID!) { glossaryTerm(id: $id) { id term werkgroep { id } } }', vars: (i) => ({ id: i.glossaryTermId }) },
  saveGlossaryTerm: { doc: 'mutation($r: ID!) { saveGlossaryTerm(input: { regionId: $r, term: "Loopbaanbegeleiding" }) { id } }', vars: (i) => ({ r: i.regionId }) },
  addGlossaryMeaning: {
    doc: 'mutation($t: ID!) { addGlossaryMeaning(input: { termId: $t, sector: "mbo", meaning: "Heet daar OER." }) { id } }',
    vars: (i) => ({ t: i.glossaryTermId }),
  },
  deleteGlossaryMeaning: { doc: 'mutation($id: ID!) { deleteGlossaryMeaning(id: $id) { id } }', vars: (i) => ({ id: i.glossaryMeaningId }) },
  // The docent did not add the term and is no verbinder.
  deleteGlossaryTerm: { doc: 'mutation($id: ID!) { deleteGlossaryTerm(id: $id) }', vars: (i) => ({ id: i.glossaryTermId }), docentForbidden: true },
};

export const STREAM_BAD_INPUT: BadCase[] = [
  {
    mutation: 'createWerkgroepPost',
    doc: 'mutation($w: ID!) { createWerkgroepPost(input: { werkgroepId: $w, body: "   " }) { id } }',
    vars: (i) => ({ w: i.engelsWerkgroepId }),
    code: 'BAD_USER_INPUT',
    as: 'docent',
  },
  {
    mutation: 'createWerkgroepPost',
    doc: 'mutation($w: ID!, $b: String!) { createWerkgroepPost(input: { werkgroepId: $w, body: $b }) { id } }',
    vars: (i) => ({ w: i.engelsWerkgroepId, b: 'x'.repeat(5001) }),
    code: 'BAD_USER_INPUT',
    as: 'docent',
  },
  {
    mutation: 'createWerkgroepPost',
    doc: 'mutation($w: ID!, $p: ID!) { createWerkgroepPost(input: { werkgroepId: $w, body: "@Henk kijk je mee?", mentionIds: [$p] }) { id } }',
    vars: (i) => ({ w: i.engelsWerkgroepId, p: i.outsiderPersonId }),
    code: 'BAD_USER_INPUT',
    extensions: { fields: [{ field: 'mentionIds', message: 'Henk Dijkstra is geen lid van deze werkgroep.' }] },
    as: 'docent',
  },
  {
    mutation: 'createWerkgroepPost',
    doc: `mutation($w: ID!) { createWerkgroepPost(input: { werkgroepId: $w, body: "Reactie", parentId: "${UNKNOWN_POST}" }) { id } }`,
    vars: (i) => ({ w: i.engelsWerkgroepId }),
    code: 'BAD_USER_INPUT',
    as: 'docent',
  },
  // A member of the region who is not in the group: nothing revealed.
  {
    mutation: 'createWerkgroepPost',
    doc: 'mutation($w: ID!) { createWerkgroepPost(input: { werkgroepId: $w, body: "Hallo" }) { id } }',
    vars: (i) => ({ w: i.techniekWerkgroepId }),
    code: 'NOT_FOUND',
    as: 'docent',
  },
  { mutation: 'editWerkgroepPost', doc: 'mutation { editWerkgroepPost(id: "geen-id", body: "Anders") { id } }', code: 'NOT_FOUND', as: 'docent' },
  { mutation: 'deleteWerkgroepPost', doc: `mutation { deleteWerkgroepPost(id: "${UNKNOWN_POST}") { id } }`, code: 'NOT_FOUND', as: 'docent' },
  { mutation: 'reactToWerkgroepPost', doc: 'mutation { reactToWerkgroepPost(id: "geen-id", reaction: "🤡") { id } }', code: 'NOT_FOUND', as: 'docent' },
  { mutation: 'saveGlossaryTerm', doc: 'mutation($r: ID!) { saveGlossaryTerm(input: { regionId: $r, term: "  " }) { id } }', vars: (i) => ({ r: i.regionId }), code: 'BAD_USER_INPUT' },
  {
    mutation: 'saveGlossaryTerm',
    doc: 'mutation($r: ID!) { saveGlossaryTerm(input: { regionId: $r, term: "pta" }) { id } }',
    vars: (i) => ({ r: i.regionId }),
    code: 'CONFLICT',
    extensions: { field: 'term' },
  },
  {
    mutation: 'saveGlossaryTerm',
    doc: 'mutation($r: ID!, $w: ID!) { saveGlossaryTerm(input: { regionId: $r, term: "Nieuw begrip", werkgroepId: $w }) { id } }',
    vars: (i) => ({ r: i.regionId, w: i.techniekWerkgroepId }),
    code: 'BAD_USER_INPUT',
    as: 'docent',
  },
  {
    mutation: 'saveGlossaryTerm',
    doc: 'mutation($r: ID!) { saveGlossaryTerm(input: { regionId: $r, term: "Elders" }) { id } }',
    vars: (i) => ({ r: i.otherRegionId }),
    code: 'FORBIDDEN',
    as: 'docent',
  },
  {
    mutation: 'addGlossaryMeaning',
    doc: 'mutation($t: ID!, $s: ID!) { addGlossaryMeaning(input: { termId: $t, schoolId: $s, sector: "mbo", meaning: "Twee keer" }) { id } }',
    vars: (i) => ({ t: i.glossaryTermId, s: i.schoolId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'addGlossaryMeaning',
    doc: 'mutation($t: ID!) { addGlossaryMeaning(input: { termId: $t, meaning: "Van niemand" }) { id } }',
    vars: (i) => ({ t: i.glossaryTermId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'addGlossaryMeaning',
    doc: 'mutation($t: ID!, $s: ID!) { addGlossaryMeaning(input: { termId: $t, schoolId: $s, meaning: "Andere regio" }) { id } }',
    vars: (i) => ({ t: i.glossaryTermId, s: i.otherSchoolId }),
    code: 'BAD_USER_INPUT',
  },
  { mutation: 'deleteGlossaryMeaning', doc: 'mutation { deleteGlossaryMeaning(id: "geen-id") { id } }', code: 'NOT_FOUND' },
  { mutation: 'deleteGlossaryTerm', doc: 'mutation { deleteGlossaryTerm(id: "00000000-0000-4000-8000-0000000000c2") }', code: 'NOT_FOUND' },
  {
    mutation: 'createActivity',
    doc: 'mutation($r: ID!, $w: ID!) { createActivity(input: { regionId: $r, kind: WORKSHOP, title: "Overleg", startsAt: "2031-03-05T15:00:00+01:00", endsAt: "2031-03-05T16:00:00+01:00", werkgroepId: $w }) { id } }',
    vars: (i) => ({ r: i.otherRegionId, w: i.engelsWerkgroepId }),
    code: 'BAD_USER_INPUT',
  },
];

/** The taalbrug of the region, compared before and after the bad-input cases (as the beheerder). */
export const STREAM_FINGERPRINT = 'query($r: ID!) { glossary(regionId: $r) { id term sharedMeaning werkgroep { id } meanings { id sector meaning school { id } } } }';
