/**
 * GraphQL operations of the documents and draaiboek tabs (libs/werkgroepen/graphql:
 * WerkgroepDocument, DocumentVersion, DocumentFolder, Draaiboek). Operation names are unique in
 * the app: live refetches use them.
 */
import { graphql, type DocumentVersionFieldsFragment, type WerkgroepDocsHeaderQuery, type WerkgroepDocumentsQuery, type WerkgroepDraaiboekQuery } from '@verbinder/web/api-client';

export type DocVersion = DocumentVersionFieldsFragment;
export type PersonRef = NonNullable<DocVersion['author']>;
export type Doc = WerkgroepDocumentsQuery['werkgroepDocuments'][number];
export type DocFolder = WerkgroepDocumentsQuery['documentFolders'][number];
export type GroupHeader = NonNullable<WerkgroepDocsHeaderQuery['werkgroep']>;
export type DraaiboekData = WerkgroepDraaiboekQuery['draaiboek'];

export const VERSION_FIELDS = graphql(`
  fragment DocumentVersionFields on DocumentVersion {
    id
    version
    fileName
    contentType
    size
    note
    createdAt
    downloadUrl
    author {
      id
      name
    }
  }
`);

export const WERKGROEP_HEADER = graphql(`
  query WerkgroepDocsHeader($id: ID!) {
    werkgroep(id: $id) { id name permissions { canRead canWrite } }
  }
`);

export const DOCUMENTS = graphql(`
  query WerkgroepDocuments($werkgroepId: ID!, $folderId: ID) {
    documentFolders(werkgroepId: $werkgroepId) { id parentId name }
    werkgroepDocuments(werkgroepId: $werkgroepId, folderId: $folderId) {
      id werkgroepId folderId title description currentVersion updatedAt
      latest { ...DocumentVersionFields }
    }
  }
`);

export const DOCUMENT_VERSIONS = graphql(`
  query WerkgroepDocumentVersions($id: ID!) {
    werkgroepDocument(id: $id) {
      id werkgroepId folderId title description currentVersion updatedAt
      latest { ...DocumentVersionFields }
      versions { ...DocumentVersionFields }
    }
  }
`);

export const SEARCH_DOCUMENTS = graphql(`
  query SearchWerkgroepDocuments($werkgroepId: ID!, $query: String!) {
    searchWerkgroepDocuments(werkgroepId: $werkgroepId, query: $query) {
      snippet
      document { id werkgroepId folderId title description currentVersion updatedAt latest { ...DocumentVersionFields } }
    }
  }
`);

export const CREATE_FOLDER = graphql(`
  mutation CreateDocumentFolder($werkgroepId: ID!, $parentId: ID, $name: String!) {
    createDocumentFolder(input: { werkgroepId: $werkgroepId, parentId: $parentId, name: $name }) { id parentId name }
  }
`);

export const RENAME_FOLDER = graphql(`
  mutation RenameDocumentFolder($id: ID!, $name: String!) {
    renameDocumentFolder(id: $id, name: $name) { id parentId name }
  }
`);

export const DELETE_FOLDER = graphql(`
  mutation DeleteDocumentFolder($id: ID!) {
    deleteDocumentFolder(id: $id)
  }
`);

export const UPDATE_DOCUMENT = graphql(`
  mutation UpdateWerkgroepDocument($id: ID!, $title: String!, $description: String) {
    updateDocument(id: $id, input: { title: $title, description: $description }) { id title description }
  }
`);

export const MOVE_DOCUMENT = graphql(`
  mutation MoveWerkgroepDocument($id: ID!, $folderId: ID) {
    moveDocument(id: $id, folderId: $folderId) { id folderId }
  }
`);

export const DELETE_DOCUMENT = graphql(`
  mutation DeleteWerkgroepDocument($id: ID!) {
    deleteDocument(id: $id)
  }
`);

// ---- draaiboek ----

export const DRAAIBOEK = graphql(`
  query WerkgroepDraaiboek($werkgroepId: ID!) {
    draaiboek(werkgroepId: $werkgroepId) {
      werkgroepId version body note updatedAt author { id name }
      versions { version note createdAt author { id name } }
    }
  }
`);

export const DRAAIBOEK_VERSION = graphql(`
  query WerkgroepDraaiboekVersion($werkgroepId: ID!, $version: Int!) {
    draaiboekVersion(werkgroepId: $werkgroepId, version: $version) { version body }
  }
`);

export const DRAAIBOEK_DIFF = graphql(`
  query WerkgroepDraaiboekDiff($werkgroepId: ID!, $from: Int!, $to: Int!) {
    draaiboekDiff(werkgroepId: $werkgroepId, from: $from, to: $to) { kind text }
  }
`);

export const SAVE_DRAAIBOEK = graphql(`
  mutation SaveDraaiboek($werkgroepId: ID!, $body: String!, $note: String, $baseVersion: Int!) {
    saveDraaiboek(input: { werkgroepId: $werkgroepId, body: $body, note: $note, baseVersion: $baseVersion }) { version }
  }
`);
