import type { DocumentFolder, DocumentsRepository, DocumentVersion, DraaiboekVersion, WerkgroepDocument } from '../documents/documents.types';
import { uuid } from './werkgroepen-fakes';
import { insertRow, removeRow } from '@verbinder/shared/kernel/testing';

/** The DocumentsRepository in memory (rows are returned as copies, as from a database). */
export class MemoryDocumentsRepository implements DocumentsRepository {
  readonly folders: DocumentFolder[] = [];
  readonly documents: Array<WerkgroepDocument & { contentText?: string | null }> = [];
  readonly versions: DocumentVersion[] = [];
  readonly draaiboek: DraaiboekVersion[] = [];
  private next = 900;

  async listFolders(werkgroepId: string) {
    return this.folders.filter((f) => f.werkgroepId === werkgroepId);
  }
  async findFolder(id: string) {
    const folder = this.folders.find((f) => f.id === id);
    return folder ? { ...folder } : null;
  }
  async findFolderByName(werkgroepId: string, parentId: string | null, name: string) {
    return this.folders.find((f) => f.werkgroepId === werkgroepId && f.parentId === parentId && f.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  async insertFolder(data: { werkgroepId: string; parentId: string | null; name: string }) {
    return { ...insertRow(this.folders, { id: uuid(this.next++), createdAt: new Date(0), ...data }) };
  }
  async renameFolder(id: string, name: string) {
    return { ...Object.assign(this.folders.find((f) => f.id === id) as DocumentFolder, { name }) };
  }
  async deleteFolder(id: string) {
    removeRow(this.folders, id);
  }
  async folderContentCount(id: string) {
    return this.folders.filter((f) => f.parentId === id).length + this.documents.filter((d) => d.folderId === id && !d.deletedAt).length;
  }
  async listDocuments(werkgroepId: string, folderId: string | null) {
    return this.documents.filter((d) => d.werkgroepId === werkgroepId && d.folderId === folderId && !d.deletedAt);
  }
  async findDocument(id: string) {
    const document = this.documents.find((d) => d.id === id);
    return document ? { ...document } : null;
  }
  async insertDocument(data: { werkgroepId: string; folderId: string | null; title: string; description: string | null; contentText: string | null; createdById: string }) {
    return { ...insertRow(this.documents, { id: uuid(this.next++), currentVersion: 1, createdAt: new Date(0), updatedAt: new Date(0), deletedAt: null, ...data }) };
  }
  async updateDocument(id: string, data: Partial<WerkgroepDocument> & { contentText?: string | null }) {
    return { ...Object.assign(this.documents.find((d) => d.id === id) as WerkgroepDocument, data) };
  }
  async insertVersion(data: Omit<DocumentVersion, 'id' | 'createdAt'>) {
    return insertRow(this.versions, { id: uuid(this.next++), createdAt: new Date(0), ...data });
  }
  async versionsByDocumentIds(ids: readonly string[]) {
    return this.versions.filter((v) => ids.includes(v.documentId)).reverse();
  }
  async findVersion(documentId: string, version: number) {
    return this.versions.find((v) => v.documentId === documentId && v.version === version) ?? null;
  }
  async search(werkgroepId: string, query: string, limit: number) {
    return this.documents
      .filter((d) => d.werkgroepId === werkgroepId && !d.deletedAt && `${d.title} ${d.contentText ?? ''}`.toLowerCase().includes(query.toLowerCase()))
      .slice(0, limit)
      .map((document) => ({ document, snippet: document.title }));
  }
  async latestDraaiboek(werkgroepId: string) {
    return this.draaiboek.filter((v) => v.werkgroepId === werkgroepId).sort((a, b) => b.version - a.version)[0] ?? null;
  }
  async draaiboekVersion(werkgroepId: string, version: number) {
    return this.draaiboek.find((v) => v.werkgroepId === werkgroepId && v.version === version) ?? null;
  }
  async draaiboekVersions(werkgroepId: string) {
    return this.draaiboek.filter((v) => v.werkgroepId === werkgroepId).sort((a, b) => b.version - a.version);
  }
  /** Null when the version exists already, like the unique key of the table. */
  async insertDraaiboekVersion(data: Omit<DraaiboekVersion, 'createdAt'>) {
    if (this.draaiboek.some((v) => v.werkgroepId === data.werkgroepId && v.version === data.version)) return null;
    return insertRow(this.draaiboek, { ...data, createdAt: new Date(0) });
  }
}
