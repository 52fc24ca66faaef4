// The curriculum comparison in the authorization and bad-input tables. The demo docent
// (Youssef) is a member (LID) of the Engels group, whose comparison the demo fills; the
// verbinder (Sanne) manages the region but is not a member of Engels; the techniek group is
// invisible to the docent.
import type { AuthzCase, BadCase } from './types';

const ITEM = 'mutation($input: CurriculumItemInput!) { saveCurriculumItem(input: $input) { id } }';
const PAIR = 'mutation($input: CurriculumPairInput!) { saveCurriculumPair(input: $input) { id } }';
const IMPORT = 'mutation($w: ID!, $csv: String!) { importCurriculumCsv(werkgroepId: $w, csv: $csv) { created updated } }';
const HEADER = 'kant;soort;code;titel;omschrijving;school;studie-uren';

export const CURRICULUM_AUTHZ: Record<string, AuthzCase> = {
  curriculum: { doc: 'query($w: ID!) { curriculum(werkgroepId: $w) { summary { hoursFreed } pairs { owner { id } voItem { school { id } } } } }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  exportCurriculumCsv: { doc: 'query($w: ID!) { exportCurriculumCsv(werkgroepId: $w) }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  saveCurriculumItem: {
    doc: ITEM,
    vars: (i) => ({ input: { werkgroepId: i.engelsWerkgroepId, side: 'VO', kind: 'PTA_COMPONENT', code: 'EN-PTA-AUTHZ', title: 'Literatuur (leesdossier)' } }),
  },
  deleteCurriculumItem: { doc: 'mutation($id: ID!) { deleteCurriculumItem(id: $id) }', vars: (i) => ({ id: i.curriculumUnpairedItemId }) },
  importCurriculumCsv: { doc: IMPORT, vars: (i) => ({ w: i.engelsWerkgroepId, csv: `${HEADER}\nmbo;oer-onderdeel;OER-EN-AUTHZ;Engels in de beroepspraktijkvorming;;;20` }) },
  saveCurriculumPair: {
    doc: PAIR,
    vars: (i) => ({
      input: { id: i.curriculumFitPairId, werkgroepId: i.engelsWerkgroepId, voItemId: i.curriculumFitVoItemId, mboItemId: i.curriculumFitMboItemId, relation: 'FIT', decision: 'VERDIEPEN' },
    }),
  },
  deleteCurriculumPair: { doc: 'mutation($id: ID!) { deleteCurriculumPair(id: $id) }', vars: (i) => ({ id: i.curriculumOpenPairId }) },
};

const item = (patch: Record<string, unknown>) => (i: { engelsWerkgroepId: string }) => ({
  input: { werkgroepId: i.engelsWerkgroepId, side: 'VO', kind: 'PTA_COMPONENT', code: 'EN-PTA-NIEUW', title: 'Nieuw onderdeel', ...patch },
});

export const CURRICULUM_BAD_INPUT: BadCase[] = [
  { mutation: 'saveCurriculumItem', doc: ITEM, vars: item({ kind: 'KEUZEDEEL' }), code: 'BAD_USER_INPUT', as: 'docent' },
  { mutation: 'saveCurriculumItem', doc: ITEM, vars: item({ side: 'MBO', kind: 'EINDTERM' }), code: 'BAD_USER_INPUT', as: 'docent' },
  { mutation: 'saveCurriculumItem', doc: ITEM, vars: item({ code: ' ', title: '', studyHours: 2001 }), code: 'BAD_USER_INPUT', as: 'docent' },
  { mutation: 'saveCurriculumItem', doc: ITEM, vars: (i) => item({ schoolId: i.mboSchoolId })(i), code: 'BAD_USER_INPUT', as: 'docent' },
  { mutation: 'saveCurriculumItem', doc: ITEM, vars: (i) => item({ schoolId: i.otherSchoolId })(i), code: 'BAD_USER_INPUT', as: 'docent' },
  { mutation: 'saveCurriculumItem', doc: ITEM, vars: item({ code: 'EN-PTA-LV' }), code: 'CONFLICT', extensions: { field: 'code' }, as: 'docent' },
  { mutation: 'saveCurriculumItem', doc: ITEM, vars: item({ id: '00000000-0000-4000-8000-00000000c001' }), code: 'NOT_FOUND', as: 'docent' },
  { mutation: 'saveCurriculumItem', doc: ITEM, vars: (i) => ({ input: { ...item({})(i).input, werkgroepId: i.techniekWerkgroepId } }), code: 'NOT_FOUND', as: 'docent' },
  { mutation: 'saveCurriculumItem', doc: ITEM, vars: item({}), code: 'FORBIDDEN', as: 'verbinder' },
  { mutation: 'deleteCurriculumItem', doc: 'mutation { deleteCurriculumItem(id: "geen-id") }', code: 'NOT_FOUND', as: 'docent' },
  { mutation: 'deleteCurriculumItem', doc: 'mutation($id: ID!) { deleteCurriculumItem(id: $id) }', vars: (i) => ({ id: i.curriculumVoItemId }), code: 'FORBIDDEN', as: 'verbinder' },
  { mutation: 'importCurriculumCsv', doc: IMPORT, vars: (i) => ({ w: i.engelsWerkgroepId, csv: 'kant;soort;code;titel\nvo;keuzevak;X;Y' }), code: 'CSV_INVALID', as: 'docent' },
  {
    mutation: 'importCurriculumCsv',
    doc: IMPORT,
    vars: (i) => ({ w: i.engelsWerkgroepId, csv: `${HEADER}\nvo;pta-onderdeel;EN-PTA-LV;Gewijzigd;;;80\nhavo;keuzevak;;;;;veel` }),
    code: 'CSV_INVALID',
    as: 'docent',
  },
  { mutation: 'importCurriculumCsv', doc: IMPORT, vars: (i) => ({ w: i.engelsWerkgroepId, csv: `${HEADER}\nvo;keuzevak;X;Y;;;` }), code: 'FORBIDDEN', as: 'verbinder' },
  {
    mutation: 'saveCurriculumPair',
    doc: PAIR,
    vars: (i) => ({ input: { werkgroepId: i.engelsWerkgroepId, voItemId: i.curriculumVoItemId, mboItemId: i.curriculumUnpairedItemId, relation: 'OVERLAP', hoursFreed: 40 } }),
    code: 'BAD_USER_INPUT',
    as: 'docent',
  },
  {
    mutation: 'saveCurriculumPair',
    doc: PAIR,
    vars: (i) => ({ input: { werkgroepId: i.engelsWerkgroepId, voItemId: i.curriculumVoItemId, mboItemId: i.curriculumUnpairedItemId, relation: 'OVERLAP', decision: 'SCHRAPPEN', hoursFreed: 1601 } }),
    code: 'BAD_USER_INPUT',
    as: 'docent',
  },
  {
    mutation: 'saveCurriculumPair',
    doc: PAIR,
    vars: (i) => ({ input: { werkgroepId: i.engelsWerkgroepId, voItemId: i.curriculumMboItemId, mboItemId: i.curriculumVoItemId, relation: 'OVERLAP' } }),
    code: 'BAD_USER_INPUT',
    as: 'docent',
  },
  {
    mutation: 'saveCurriculumPair',
    doc: PAIR,
    vars: (i) => ({ input: { werkgroepId: i.engelsWerkgroepId, voItemId: i.curriculumVoItemId, mboItemId: i.curriculumUnpairedItemId, relation: 'OVERLAP', ownerId: i.outsiderPersonId } }),
    code: 'BAD_USER_INPUT',
    as: 'docent',
  },
  {
    mutation: 'saveCurriculumPair',
    doc: PAIR,
    vars: (i) => ({ input: { werkgroepId: i.engelsWerkgroepId, voItemId: i.curriculumVoItemId, mboItemId: i.curriculumMboItemId, relation: 'FIT' } }),
    code: 'CONFLICT',
    as: 'docent',
  },
  {
    mutation: 'saveCurriculumPair',
    doc: PAIR,
    vars: (i) => ({ input: { werkgroepId: i.engelsWerkgroepId, voItemId: i.curriculumVoItemId, mboItemId: i.curriculumUnpairedItemId, relation: 'GAP' } }),
    code: 'FORBIDDEN',
    as: 'verbinder',
  },
  { mutation: 'deleteCurriculumPair', doc: 'mutation { deleteCurriculumPair(id: "00000000-0000-4000-8000-00000000c002") }', code: 'NOT_FOUND', as: 'docent' },
  { mutation: 'deleteCurriculumPair', doc: 'mutation($id: ID!) { deleteCurriculumPair(id: $id) }', vars: (i) => ({ id: i.curriculumFitPairId }), code: 'FORBIDDEN', as: 'verbinder' },
];

/** What the bad-input suite compares before and after, read by the docent (a member of the Engels group). */
export const CURRICULUM_FINGERPRINT = `query($w: ID!) { curriculum(werkgroepId: $w) {
  items { id side kind code title description studyHours school { id } }
  pairs { id relation decision hoursFreed note decidedAt updatedAt owner { id } voItem { id } mboItem { id } } } }`;
