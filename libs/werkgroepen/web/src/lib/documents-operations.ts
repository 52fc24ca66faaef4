/**
 * GraphQL operations of the documents and draaiboek tabs (libs/werkgroepen/graphql:
 * WerkgroepDocument, DocumentVersion, DocumentFolder, Draaiboek). Operation names are unique in
 * the app: live refetches use them.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';

export interface PersonRef {
  id: string;
  name: string;
}

export interface DocVersion {
  id: string;
  version: number;
  fileName: string;
  contentType: string;
  size: number;
  author: PersonRef | null;
  note: string | null;
  createdAt: string;
  downloadUrl: string;
}

export interface Doc {
  id: string;
  werkgroepId: string;
  folderId: string | null;
  title: string;
  description: string | null;
  currentVersion: number;
  updatedAt: string;
  latest: DocVersion;
}

export interface DocFolder {
  id: string;
  parentId: string | null;
  name: string;
}

export interface GroupHeader {
  id: string;
  name: string;
  permissions: { canRead: boolean; canWrite: boolean };
}

const VERSION_FIELDS = 'id version fileName contentType size note createdAt downloadUrl author { id name }';

export const WERKGROEP_HEADER: TypedDocumentNode<{ werkgroep: GroupHeader }, { id: string }> = gql`
  query WerkgroepDocsHeader($id: ID!) {
    werkgroep(id: $id) { id name permissions { canRead canWrite } }
  }
`;

export const DOCUMENTS: TypedDocumentNode<{ werkgroepDocuments: Doc[]; documentFolders: DocFolder[] }, { werkgroepId: string; folderId: string | null }> = gql`
  query WerkgroepDocuments($werkgroepId: ID!, $folderId: ID) {
    documentFolders(werkgroepId: $werkgroepId) { id parentId name }
    werkgroepDocuments(werkgroepId: $werkgroepId, folderId: $folderId) {
      id werkgroepId folderId title description currentVersion updatedAt
      latest { ${VERSION_FIELDS} }
    }
  }
`;

export const DOCUMENT_VERSIONS: TypedDocumentNode<{ werkgroepDocument: Doc & { versions: DocVersion[] } }, { id: string }> = gql`
  query WerkgroepDocumentVersions($id: ID!) {
    werkgroepDocument(id: $id) {
      id werkgroepId folderId title description currentVersion updatedAt
      latest { ${VERSION_FIELDS} }
      versions { ${VERSION_FIELDS} }
    }
  }
`;

export const SEARCH_DOCUMENTS: TypedDocumentNode<{ searchWerkgroepDocuments: Array<{ document: Doc; snippet: string }> }, { werkgroepId: string; query: string }> = gql`
  query SearchWerkgroepDocuments($werkgroepId: ID!, $query: String!) {
    searchWerkgroepDocuments(werkgroepId: $werkgroepId, query: $query) {
      snippet
      document { id werkgroepId folderId title description currentVersion updatedAt latest { ${VERSION_FIELDS} } }
    }
  }
`;

export const CREATE_FOLDER: TypedDocumentNode<{ createDocumentFolder: DocFolder }, { werkgroepId: string; parentId: string | null; name: string }> = gql`
  mutation CreateDocumentFolder($werkgroepId: ID!, $parentId: ID, $name: String!) {
    createDocumentFolder(input: { werkgroepId: $werkgroepId, parentId: $parentId, name: $name }) { id parentId name }
  }
`;

export const RENAME_FOLDER: TypedDocumentNode<{ renameDocumentFolder: DocFolder }, { id: string; name: string }> = gql`
  mutation RenameDocumentFolder($id: ID!, $name: String!) {
    renameDocumentFolder(id: $id, name: $name) { id parentId name }
  }
`;

export const DELETE_FOLDER: TypedDocumentNode<{ deleteDocumentFolder: boolean }, { id: string }> = gql`
  mutation DeleteDocumentFolder($id: ID!) {
    deleteDocumentFolder(id: $id)
  }
`;

export const UPDATE_DOCUMENT: TypedDocumentNode<{ updateDocument: { id: string; title: string; description: string | null } }, { id: string; title: string; description: string | null }> = gql`
  mutation UpdateWerkgroepDocument($id: ID!, $title: String!, $description: String) {
    updateDocument(id: $id, input: { title: $title, description: $description }) { id title description }
  }
`;

export const MOVE_DOCUMENT: TypedDocumentNode<{ moveDocument: { id: string; folderId: string | null } }, { id: string; folderId: string | null }> = gql`
  mutation MoveWerkgroepDocument($id: ID!, $folderId: ID) {
    moveDocument(id: $id, folderId: $folderId) { id folderId }
  }
`;

export const DELETE_DOCUMENT: TypedDocumentNode<{ deleteDocument: boolean }, { id: string }> = gql`
  mutation DeleteWerkgroepDocument($id: ID!) {
    deleteDocument(id: $id)
  }
`;

// ---- draaiboek ----

export interface DraaiboekData {
  werkgroepId: string;
  version: number;
  body: string;
  note: string | null;
  updatedAt: string | null;
  author: PersonRef | null;
  versions: Array<{ version: number; note: string | null; createdAt: string; author: PersonRef | null }>;
}

export const DRAAIBOEK: TypedDocumentNode<{ draaiboek: DraaiboekData }, { werkgroepId: string }> = gql`
  query WerkgroepDraaiboek($werkgroepId: ID!) {
    draaiboek(werkgroepId: $werkgroepId) {
      werkgroepId version body note updatedAt author { id name }
      versions { version note createdAt author { id name } }
    }
  }
`;

export const DRAAIBOEK_VERSION: TypedDocumentNode<{ draaiboekVersion: { version: number; body: string } }, { werkgroepId: string; version: number }> = gql`
  query WerkgroepDraaiboekVersion($werkgroepId: ID!, $version: Int!) {
    draaiboekVersion(werkgroepId: $werkgroepId, version: $version) { version body }
  }
`;

export const DRAAIBOEK_DIFF: TypedDocumentNode<{ draaiboekDiff: Array<{ kind: 'ADDED' | 'REMOVED' | 'SAME'; text: string }> }, { werkgroepId: string; from: number; to: number }> = gql`
  query WerkgroepDraaiboekDiff($werkgroepId: ID!, $from: Int!, $to: Int!) {
    draaiboekDiff(werkgroepId: $werkgroepId, from: $from, to: $to) { kind text }
  }
`;

export const SAVE_DRAAIBOEK: TypedDocumentNode<{ saveDraaiboek: { version: number } }, { werkgroepId: string; body: string; note: string | null; baseVersion: number }> = gql`
  mutation SaveDraaiboek($werkgroepId: ID!, $body: String!, $note: String, $baseVersion: Int!) {
    saveDraaiboek(input: { werkgroepId: $werkgroepId, body: $body, note: $note, baseVersion: $baseVersion }) { version }
  }
`;
