// The werkgroep document library and draaiboek in the authorization and bad-input tables. The
// demo docent (Youssef) is a member (LID) of the Engels group, so he may read and write there.
// Uploads and downloads are HTTP routes, covered in werkgroepen-documents.e2e-spec.ts.
import type { AuthzCase, BadCase } from './types';

const NO_SUCH = '00000000-0000-4000-8000-0000000000d0';

export const WERKGROEP_DOCUMENTS_AUTHZ: Record<string, AuthzCase> = {
  werkgroepDocuments: { doc: 'query($w: ID!) { werkgroepDocuments(werkgroepId: $w) { id latest { version } versions { author { id } } } }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  documentFolders: { doc: 'query($w: ID!) { documentFolders(werkgroepId: $w) { id name } }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  werkgroepDocument: { doc: 'query($id: ID!) { werkgroepDocument(id: $id) { id title } }', vars: (i) => ({ id: i.engelsDocumentId }) },
  searchWerkgroepDocuments: { doc: 'query($w: ID!) { searchWerkgroepDocuments(werkgroepId: $w, query: "overdracht") { snippet } }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  draaiboek: { doc: 'query($w: ID!) { draaiboek(werkgroepId: $w) { version versions { version } } }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  draaiboekVersion: { doc: 'query($w: ID!) { draaiboekVersion(werkgroepId: $w, version: 1) { version body } }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  draaiboekDiff: { doc: 'query($w: ID!) { draaiboekDiff(werkgroepId: $w, from: 1, to: 2) { kind text } }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  createDocumentFolder: { doc: 'mutation($w: ID!) { createDocumentFolder(input: { werkgroepId: $w, name: "Autorisatietest" }) { id } }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  renameDocumentFolder: { doc: 'mutation($id: ID!) { renameDocumentFolder(id: $id, name: "Vergaderstukken 2026") { id } }', vars: (i) => ({ id: i.engelsFolderId }) },
  // The demo folder holds a document: the docent may try, the domain refuses a non-empty folder.
  deleteDocumentFolder: { doc: 'mutation($id: ID!) { deleteDocumentFolder(id: $id) }', vars: (i) => ({ id: i.engelsFolderId }), docentCode: 'CONFLICT' },
  updateDocument: { doc: 'mutation($id: ID!) { updateDocument(id: $id, input: { title: "Overdrachtsformulier vmbo-mbo (concept)" }) { id } }', vars: (i) => ({ id: i.engelsDocumentId }) },
  moveDocument: { doc: 'mutation($id: ID!, $f: ID) { moveDocument(id: $id, folderId: $f) { id } }', vars: (i) => ({ id: i.engelsDocumentId, f: i.engelsFolderId }) },
  saveDraaiboek: { doc: 'mutation($w: ID!) { saveDraaiboek(input: { werkgroepId: $w, body: "# Draaiboek", baseVersion: 3 }) { version } }', vars: (i) => ({ w: i.engelsWerkgroepId }) },
  // Last: it removes the demo document the cases above use.
  deleteDocument: { doc: 'mutation($id: ID!) { deleteDocument(id: $id) }', vars: (i) => ({ id: i.engelsDocumentId }) },
};

export const WERKGROEP_DOCUMENTS_BAD_INPUT: BadCase[] = [
  {
    mutation: 'createDocumentFolder',
    as: 'docent',
    doc: 'mutation($w: ID!) { createDocumentFolder(input: { werkgroepId: $w, name: "  " }) { id } }',
    vars: (i) => ({ w: i.engelsWerkgroepId }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'createDocumentFolder',
    as: 'docent',
    doc: 'mutation($w: ID!) { createDocumentFolder(input: { werkgroepId: $w, name: "vergaderstukken" }) { id } }',
    vars: (i) => ({ w: i.engelsWerkgroepId }),
    code: 'CONFLICT',
    extensions: { field: 'name' },
  },
  {
    mutation: 'createDocumentFolder',
    as: 'docent',
    doc: `mutation($w: ID!) { createDocumentFolder(input: { werkgroepId: $w, parentId: "${NO_SUCH}", name: "Sub" }) { id } }`,
    vars: (i) => ({ w: i.engelsWerkgroepId }),
    code: 'BAD_USER_INPUT',
  },
  // Not a member: the verbinder manages the group but adds nothing to it.
  {
    mutation: 'createDocumentFolder',
    as: 'verbinder',
    doc: 'mutation($w: ID!) { createDocumentFolder(input: { werkgroepId: $w, name: "Van buiten" }) { id } }',
    vars: (i) => ({ w: i.engelsWerkgroepId }),
    code: 'FORBIDDEN',
  },
  { mutation: 'renameDocumentFolder', as: 'docent', doc: 'mutation($id: ID!) { renameDocumentFolder(id: $id, name: "a/b") { id } }', vars: (i) => ({ id: i.engelsFolderId }), code: 'BAD_USER_INPUT' },
  { mutation: 'renameDocumentFolder', as: 'docent', doc: `mutation { renameDocumentFolder(id: "${NO_SUCH}", name: "X") { id } }`, code: 'NOT_FOUND' },
  { mutation: 'deleteDocumentFolder', as: 'docent', doc: 'mutation($id: ID!) { deleteDocumentFolder(id: $id) }', vars: (i) => ({ id: i.engelsFolderId }), code: 'CONFLICT' },
  { mutation: 'updateDocument', as: 'docent', doc: 'mutation($id: ID!) { updateDocument(id: $id, input: { title: " " }) { id } }', vars: (i) => ({ id: i.engelsDocumentId }), code: 'BAD_USER_INPUT' },
  { mutation: 'updateDocument', as: 'docent', doc: 'mutation { updateDocument(id: "geen-id", input: { title: "X" }) { id } }', code: 'NOT_FOUND' },
  { mutation: 'moveDocument', as: 'docent', doc: `mutation($id: ID!) { moveDocument(id: $id, folderId: "${NO_SUCH}") { id } }`, vars: (i) => ({ id: i.engelsDocumentId }), code: 'BAD_USER_INPUT' },
  { mutation: 'deleteDocument', as: 'docent', doc: `mutation { deleteDocument(id: "${NO_SUCH}") }`, code: 'NOT_FOUND' },
  { mutation: 'deleteDocument', as: 'verbinder', doc: 'mutation($id: ID!) { deleteDocument(id: $id) }', vars: (i) => ({ id: i.engelsDocumentId }), code: 'FORBIDDEN' },
  {
    mutation: 'saveDraaiboek',
    as: 'docent',
    doc: 'mutation($w: ID!) { saveDraaiboek(input: { werkgroepId: $w, body: "Oud", baseVersion: 1 }) { version } }',
    vars: (i) => ({ w: i.engelsWerkgroepId }),
    code: 'CONFLICT',
    extensions: { field: 'baseVersion' },
  },
  {
    mutation: 'saveDraaiboek',
    as: 'docent',
    doc: 'mutation($w: ID!, $b: String!) { saveDraaiboek(input: { werkgroepId: $w, body: $b, note: $b, baseVersion: 3 }) { version } }',
    vars: (i) => ({ w: i.engelsWerkgroepId, b: 'x'.repeat(501) }),
    code: 'BAD_USER_INPUT',
  },
  {
    mutation: 'saveDraaiboek',
    as: 'docent',
    doc: 'mutation($w: ID!, $b: String!) { saveDraaiboek(input: { werkgroepId: $w, body: $b, baseVersion: 3 }) { version } }',
    vars: (i) => ({ w: i.engelsWerkgroepId, b: 'é'.repeat(200_001) }),
    code: 'BAD_USER_INPUT',
  },
];

/** What the bad-input suite compares before and after, as the demo docent (a member of the Engels group). */
export const WERKGROEP_DOCUMENTS_FINGERPRINT = `query($w: ID!) { documentFolders(werkgroepId: $w) { id name parentId }
  werkgroepDocuments(werkgroepId: $w) { id title description folderId currentVersion versions { version sha256 note } }
  draaiboek(werkgroepId: $w) { version body note } }`;
