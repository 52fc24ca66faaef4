export interface DocumentFolder {
  id: string;
  werkgroepId: string;
  parentId: string | null;
  name: string;
  createdAt: Date;
}

export interface WerkgroepDocument {
  id: string;
  werkgroepId: string;
  folderId: string | null;
  title: string;
  description: string | null;
  currentVersion: number;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

export interface DocumentVersion {
  id: string;
  documentId: string;
  version: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  authorId: string | null;
  note: string | null;
  createdAt: Date;
}

export interface DocumentSearchHit {
  document: WerkgroepDocument;
  snippet: string;
}

export interface DraaiboekVersion {
  werkgroepId: string;
  version: number;
  body: string;
  authorId: string | null;
  note: string | null;
  createdAt: Date;
}

export type DiffKind = 'ADDED' | 'REMOVED' | 'SAME';
export interface DiffLine {
  kind: DiffKind;
  text: string;
}

export const DOCUMENTS_REPOSITORY = Symbol('DOCUMENTS_REPOSITORY');

export interface DocumentsRepository {
  listFolders(werkgroepId: string): Promise<DocumentFolder[]>;
  findFolder(id: string): Promise<DocumentFolder | null>;
  findFolderByName(werkgroepId: string, parentId: string | null, name: string): Promise<DocumentFolder | null>;
  insertFolder(data: { werkgroepId: string; parentId: string | null; name: string }): Promise<DocumentFolder>;
  renameFolder(id: string, name: string): Promise<DocumentFolder>;
  deleteFolder(id: string): Promise<void>;
  /** Sub-folders plus documents that are not deleted. */
  folderContentCount(id: string): Promise<number>;

  /** Documents (not deleted) in a folder (null = root), by title. */
  listDocuments(werkgroepId: string, folderId: string | null): Promise<WerkgroepDocument[]>;
  findDocument(id: string): Promise<WerkgroepDocument | null>;
  insertDocument(data: { werkgroepId: string; folderId: string | null; title: string; description: string | null; contentText: string | null; createdById: string }): Promise<WerkgroepDocument>;
  updateDocument(
    id: string,
    data: Partial<Pick<WerkgroepDocument, 'title' | 'description' | 'folderId' | 'currentVersion' | 'deletedAt'>> & { contentText?: string | null },
  ): Promise<WerkgroepDocument>;
  insertVersion(data: Omit<DocumentVersion, 'id' | 'createdAt'>): Promise<DocumentVersion>;
  /** Versions of several documents, newest first. */
  versionsByDocumentIds(ids: readonly string[]): Promise<DocumentVersion[]>;
  findVersion(documentId: string, version: number): Promise<DocumentVersion | null>;
  /** Dutch full-text search over title, description and text content; best first. */
  search(werkgroepId: string, query: string, limit: number): Promise<DocumentSearchHit[]>;

  latestDraaiboek(werkgroepId: string): Promise<DraaiboekVersion | null>;
  draaiboekVersion(werkgroepId: string, version: number): Promise<DraaiboekVersion | null>;
  /** Newest first, without bodies' use in mind (bodies included, the list is short). */
  draaiboekVersions(werkgroepId: string): Promise<DraaiboekVersion[]>;
  /** Null when the version number is taken already (someone else saved first). */
  insertDraaiboekVersion(data: Omit<DraaiboekVersion, 'createdAt'>): Promise<DraaiboekVersion | null>;
}
