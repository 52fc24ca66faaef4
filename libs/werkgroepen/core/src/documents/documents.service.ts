import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import {
  Actor,
  detectFileType,
  DOCUMENT_STORE,
  DocumentStore,
  DomainError,
  formatBytes,
  isUuid,
  stateSyncJobKey,
  StagedFile,
  uploadRefusal,
  UPLOAD_RULES,
  InputCheck,
  KernelPorts,
} from '@verbinder/shared/kernel';
import { WerkgroepenService } from '../werkgroepen.service';
import type { Werkgroep } from '../werkgroepen.types';
import { DOCUMENT_CHANGED_JOB, DOCUMENT_FOLDER_CHANGED_JOB, DOCUMENT_LIMITS, DocumentChangedJob, DocumentFolderChangedJob, DocumentLimits, TEAMS_LINK_LOOKUP, TeamsLinkLookup } from './ports';
import { safeFileName } from './safe-name';
import { DOCUMENTS_REPOSITORY, DocumentFolder, DocumentSearchHit, DocumentsRepository, DocumentVersion, WerkgroepDocument } from './documents.types';

/** Text documents are searchable on their first megabyte. */
const TEXT_BYTES = 1024 * 1024;

/** An upload that passed every check, still staged: `commit` happens only in create/addVersion. */
export interface ReceivedFile {
  staged: StagedFile;
  fileName: string;
  contentType: string;
  text: string | null;
}

export interface DocumentInput {
  title?: string | null;
  description?: string | null;
  folderId?: string | null;
  note?: string | null;
}

/**
 * The document library of a werkgroep: folders, documents with versions (author and note),
 * Dutch full-text search. Bytes go to the DocumentStore port, content-addressed; a file is
 * checked (name, size, type from its content) before anything is stored, and the rows are
 * written in one transaction after the file is safely in place, with a Teams mirror job in the
 * outbox when the group is linked to Teams.
 */
@Injectable()
export class WerkgroepDocumentsService {
  constructor(
    private readonly werkgroepen: WerkgroepenService,
    @Inject(DOCUMENTS_REPOSITORY) private readonly repo: DocumentsRepository,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(DOCUMENT_LIMITS) private readonly limits: DocumentLimits,
    @Inject(TEAMS_LINK_LOOKUP) private readonly teams: TeamsLinkLookup,
    private readonly kernel: KernelPorts,
  ) {}

  get maxBytes(): number {
    return this.limits.maxBytes;
  }

  // ---------- reads ----------

  async folders(actor: Actor, werkgroepId: string): Promise<DocumentFolder[]> {
    await this.werkgroepen.readable(actor, werkgroepId);
    return this.repo.listFolders(werkgroepId);
  }

  async list(actor: Actor, werkgroepId: string, folderId: string | null): Promise<WerkgroepDocument[]> {
    await this.werkgroepen.readable(actor, werkgroepId);
    if (folderId) await this.folderIn(werkgroepId, folderId);
    return this.repo.listDocuments(werkgroepId, folderId ?? null);
  }

  async get(actor: Actor, id: string): Promise<WerkgroepDocument> {
    const document = await this.findDocument(id);
    await this.readableOr404(actor, document.werkgroepId);
    return document;
  }

  async search(actor: Actor, werkgroepId: string, query: string): Promise<DocumentSearchHit[]> {
    await this.werkgroepen.readable(actor, werkgroepId);
    const q = query.trim();
    if (q.length === 0) return [];
    if (q.length > 200) throw DomainError.badInput([{ field: 'query', message: 'Zoek met hoogstens 200 tekens.' }]);
    return this.repo.search(werkgroepId, q, 50);
  }

  versionsByDocumentIds = (ids: readonly string[]) => this.repo.versionsByDocumentIds(ids.filter(isUuid));

  /** A version for download, if the actor may read the group (otherwise NOT_FOUND, as for an unknown id). */
  async download(actor: Actor, documentId: string, version: number): Promise<{ version: DocumentVersion; open: () => Promise<Readable> }> {
    const document = await this.findDocument(documentId);
    await this.readableOr404(actor, document.werkgroepId);
    const found = Number.isInteger(version) && version > 0 ? await this.repo.findVersion(document.id, version) : null;
    if (!found) throw DomainError.notFound('Deze versie');
    return { version: found, open: () => this.store.open(found.sha256) };
  }

  // ---------- uploads ----------

  /** Checks, before reading the body, that the actor may add a document to the group. */
  async assertCanUpload(actor: Actor, werkgroepId: string): Promise<void> {
    await this.werkgroepen.writable(actor, werkgroepId);
  }

  /** Checks, before reading the body, that the actor may add a version to the document. */
  async assertCanAddVersion(actor: Actor, documentId: string): Promise<void> {
    const document = await this.findDocument(documentId);
    await this.werkgroepen.writable(actor, document.werkgroepId);
  }

  /**
   * Receives one file: safe name, not empty, within the limit, an allowed type by content.
   * Anything refused is discarded (nothing stored) and answered with a Dutch error.
   */
  async receive(source: Readable, rawName: string): Promise<ReceivedFile> {
    const name = safeFileName(rawName);
    if (!name.ok) {
      source.resume();
      throw uploadRefusal(UPLOAD_RULES.name, name.message);
    }
    const staged = await this.store.stage(source, { maxBytes: this.limits.maxBytes, headBytes: TEXT_BYTES });
    try {
      if (staged.tooLarge) throw uploadRefusal(UPLOAD_RULES.tooLarge, `Het bestand is groter dan ${formatBytes(this.limits.maxBytes)}.`);
      if (staged.size === 0) throw uploadRefusal(UPLOAD_RULES.empty, 'Het bestand is leeg.');
      const type = detectFileType(staged.head.subarray(0, 64 * 1024), staged.tail, name.name);
      if (!type.ok) throw uploadRefusal(UPLOAD_RULES.type, type.message);
      const text = type.text ? decodeText(staged.head) : null;
      return { staged, fileName: name.name, contentType: type.contentType, text };
    } catch (error) {
      await staged.discard();
      throw error;
    }
  }

  /** A new document with its first version. */
  async create(actor: Actor, werkgroepId: string, input: DocumentInput, file: ReceivedFile | null): Promise<WerkgroepDocument> {
    try {
      const { werkgroep } = await this.werkgroepen.writable(actor, werkgroepId);
      if (!file) throw uploadRefusal(UPLOAD_RULES.missing, 'Kies een bestand om te uploaden.');
      const check = new InputCheck();
      const title = check.text('title', input.title?.trim() ? input.title : stripExtension(file.fileName), { label: 'De titel', required: true, max: 200 }) ?? '';
      const description = check.text('description', input.description, { label: 'De omschrijving', max: 2000 });
      const note = check.text('note', input.note, { label: 'De toelichting', max: 500 });
      let folderId: string | null = null;
      if (input.folderId) {
        const folder = isUuid(input.folderId) ? await this.repo.findFolder(input.folderId) : null;
        if (!folder || folder.werkgroepId !== werkgroepId) check.fail('folderId', 'Deze map bestaat niet in deze werkgroep.');
        else folderId = folder.id;
      }
      check.done();
      await file.staged.commit();
      return await this.kernel.uow.run(async () => {
        const document = await this.repo.insertDocument({ werkgroepId, folderId, title, description, contentText: file.text, createdById: actor.personId });
        const version = await this.repo.insertVersion(this.versionRow(document.id, 1, file, actor, note));
        await this.mirror(werkgroep, document, version, 'created');
        this.werkgroepen.changed(werkgroep, 'document', document.id, 'created');
        return document;
      });
    } finally {
      await file?.staged.discard();
    }
  }

  /** A new version of a document, with an optional note. */
  async addVersion(actor: Actor, documentId: string, input: { note?: string | null }, file: ReceivedFile | null): Promise<WerkgroepDocument> {
    try {
      const { werkgroep } = await this.writableDocument(actor, documentId);
      if (!file) throw uploadRefusal(UPLOAD_RULES.missing, 'Kies een bestand om te uploaden.');
      const check = new InputCheck();
      const note = check.text('note', input.note, { label: 'De toelichting', max: 500 });
      check.done();
      await file.staged.commit();
      return await this.kernel.uow.run(async () => {
        const current = await this.findDocument(documentId);
        const number = current.currentVersion + 1;
        const version = await this.repo.insertVersion(this.versionRow(current.id, number, file, actor, note));
        const document = await this.repo.updateDocument(current.id, { currentVersion: number, contentText: file.text });
        await this.mirror(werkgroep, document, version, 'versioned');
        this.werkgroepen.changed(werkgroep, 'document', document.id, 'versioned');
        return document;
      });
    } finally {
      await file?.staged.discard();
    }
  }

  // ---------- document changes ----------

  async update(actor: Actor, id: string, input: { title: string; description?: string | null }): Promise<WerkgroepDocument> {
    const { werkgroep } = await this.writableDocument(actor, id);
    const check = new InputCheck();
    const title = check.text('title', input.title, { label: 'De titel', required: true, max: 200 }) ?? '';
    const description = check.text('description', input.description, { label: 'De omschrijving', max: 2000 });
    check.done();
    return this.kernel.uow.run(async () => {
      const document = await this.repo.updateDocument(id, { title, description });
      await this.mirrorLatest(werkgroep, document, 'renamed');
      this.werkgroepen.changed(werkgroep, 'document', id, 'renamed');
      return document;
    });
  }

  async move(actor: Actor, id: string, folderId: string | null): Promise<WerkgroepDocument> {
    const { werkgroep } = await this.writableDocument(actor, id);
    if (folderId) {
      const folder = isUuid(folderId) ? await this.repo.findFolder(folderId) : null;
      if (!folder || folder.werkgroepId !== werkgroep.id) throw DomainError.badInput([{ field: 'folderId', message: 'Deze map bestaat niet in deze werkgroep.' }]);
    }
    return this.kernel.uow.run(async () => {
      const document = await this.repo.updateDocument(id, { folderId: folderId ?? null });
      await this.mirrorLatest(werkgroep, document, 'moved');
      this.werkgroepen.changed(werkgroep, 'document', id, 'moved');
      return document;
    });
  }

  /** Soft delete: the versions stay for the record; the document disappears from lists and search. */
  async delete(actor: Actor, id: string): Promise<boolean> {
    const { werkgroep } = await this.writableDocument(actor, id);
    return this.kernel.uow.run(async () => {
      const document = await this.repo.updateDocument(id, { deletedAt: this.kernel.clock.now() });
      await this.mirrorLatest(werkgroep, document, 'deleted');
      this.werkgroepen.changed(werkgroep, 'document', id, 'deleted');
      return true;
    });
  }

  // ---------- folders ----------

  async createFolder(actor: Actor, input: { werkgroepId: string; parentId?: string | null; name: string }): Promise<DocumentFolder> {
    const { werkgroep } = await this.werkgroepen.writable(actor, input.werkgroepId);
    const name = this.folderName(input.name);
    const parentId = input.parentId ?? null;
    if (parentId) await this.folderIn(werkgroep.id, parentId, 'parentId');
    return this.kernel.uow.run(async () => {
      if (await this.repo.findFolderByName(werkgroep.id, parentId, name)) throw DomainError.conflict('Er is hier al een map met deze naam.', 'name');
      const folder = await this.repo.insertFolder({ werkgroepId: werkgroep.id, parentId, name });
      this.werkgroepen.changed(werkgroep, 'folder', folder.id, 'created');
      return folder;
    });
  }

  async renameFolder(actor: Actor, id: string, rawName: string): Promise<DocumentFolder> {
    const { existing, werkgroep } = await this.writableFolder(actor, id);
    const name = this.folderName(rawName);
    return this.kernel.uow.run(async () => {
      const clash = await this.repo.findFolderByName(werkgroep.id, existing.parentId, name);
      if (clash && clash.id !== id) throw DomainError.conflict('Er is hier al een map met deze naam.', 'name');
      const fromPath = await this.folderPath(id);
      const folder = await this.repo.renameFolder(id, name);
      if (existing.name !== name) await this.mirrorFolder(werkgroep, id, 'renamed', fromPath);
      this.werkgroepen.changed(werkgroep, 'folder', id, 'renamed');
      return folder;
    });
  }

  async deleteFolder(actor: Actor, id: string): Promise<boolean> {
    const { werkgroep } = await this.writableFolder(actor, id);
    return this.kernel.uow.run(async () => {
      if ((await this.repo.folderContentCount(id)) > 0) throw DomainError.conflict('Deze map is niet leeg. Verplaats of verwijder eerst wat erin staat.');
      await this.repo.deleteFolder(id);
      this.werkgroepen.changed(werkgroep, 'folder', id, 'deleted');
      return true;
    });
  }

  // ---------- helpers ----------

  private async findDocument(id: string): Promise<WerkgroepDocument> {
    const document = isUuid(id) ? await this.repo.findDocument(id) : null;
    if (!document || document.deletedAt) throw DomainError.notFound('Dit document');
    return document;
  }

  /** The document and its werkgroep, when the actor may change that werkgroep. */
  private async writableDocument(actor: Actor, id: string) {
    const existing = await this.findDocument(id);
    return { existing, ...(await this.werkgroepen.writable(actor, existing.werkgroepId)) };
  }

  /** The folder and its werkgroep, when the actor may change that werkgroep. */
  private async writableFolder(actor: Actor, id: string) {
    const existing = await this.findFolder(id);
    return { existing, ...(await this.werkgroepen.writable(actor, existing.werkgroepId)) };
  }

  private async findFolder(id: string): Promise<DocumentFolder> {
    const folder = isUuid(id) ? await this.repo.findFolder(id) : null;
    if (!folder) throw DomainError.notFound('Deze map');
    return folder;
  }

  /** Readable, or NOT_FOUND for whoever may not read the content (nothing about the document is revealed). */
  private async readableOr404(actor: Actor, werkgroepId: string): Promise<void> {
    const access = await this.werkgroepen.access(actor, werkgroepId);
    if (!access.canRead) throw DomainError.notFound('Dit document');
  }

  private async folderIn(werkgroepId: string, folderId: string, field = 'folderId'): Promise<DocumentFolder> {
    const folder = isUuid(folderId) ? await this.repo.findFolder(folderId) : null;
    if (!folder || folder.werkgroepId !== werkgroepId) throw DomainError.badInput([{ field, message: 'Deze map bestaat niet in deze werkgroep.' }]);
    return folder;
  }

  private folderName(raw: string): string {
    const check = new InputCheck();
    const name = check.text('name', raw, { label: 'De naam van de map', required: true, max: 100 }) ?? '';
    if (name && (/[/\\]/.test(name) || name === '.' || name === '..')) check.fail('name', 'De naam van een map mag geen / of \\ bevatten.');
    check.done();
    return name;
  }

  private versionRow(documentId: string, version: number, file: ReceivedFile, actor: Actor, note: string | null) {
    return { documentId, version, fileName: file.fileName, contentType: file.contentType, size: file.staged.size, sha256: file.staged.sha256, authorId: actor.personId, note };
  }

  private async mirrorLatest(werkgroep: Werkgroep, document: WerkgroepDocument, action: DocumentChangedJob['action']): Promise<void> {
    if (!(await this.teams.hasLinks(werkgroep.id))) return;
    const version = await this.repo.findVersion(document.id, document.currentVersion);
    if (version) await this.mirror(werkgroep, document, version, action);
  }

  /** Queues the Teams mirror job in the current transaction, only when the group is linked to Teams. */
  private async mirror(werkgroep: Werkgroep, document: WerkgroepDocument, version: DocumentVersion, action: DocumentChangedJob['action']): Promise<void> {
    if (!(await this.teams.hasLinks(werkgroep.id))) return;
    const payload: DocumentChangedJob = {
      werkgroepId: werkgroep.id,
      documentId: document.id,
      version: version.version,
      action,
      sha256: version.sha256,
      fileName: version.fileName,
      folderPath: await this.folderPath(document.folderId),
    };
    await this.kernel.outbox.enqueue({ kind: DOCUMENT_CHANGED_JOB, payload, key: stateSyncJobKey(DOCUMENT_CHANGED_JOB, `${document.id}:v${version.version}:${action}`) });
    await this.teams.documentQueued?.(payload);
  }

  /** Queues the Teams job of a renamed or moved folder in the current transaction, only when the group is linked. */
  private async mirrorFolder(werkgroep: Werkgroep, folderId: string, action: DocumentFolderChangedJob['action'], fromPath: string[]): Promise<void> {
    if (!(await this.teams.hasLinks(werkgroep.id))) return;
    const payload: DocumentFolderChangedJob = { werkgroepId: werkgroep.id, folderId, action, fromPath, toPath: await this.folderPath(folderId) };
    await this.kernel.outbox.enqueue({ kind: DOCUMENT_FOLDER_CHANGED_JOB, payload, key: stateSyncJobKey(DOCUMENT_FOLDER_CHANGED_JOB, `${folderId}:${action}`) });
  }

  private async folderPath(folderId: string | null): Promise<string[]> {
    const path: string[] = [];
    let current = folderId;
    while (current && path.length < 50) {
      const folder = await this.repo.findFolder(current);
      if (!folder) break;
      path.unshift(folder.name);
      current = folder.parentId;
    }
    return path;
  }
}

function decodeText(head: Buffer): string {
  return new TextDecoder('utf-8').decode(head.subarray(0, TEXT_BYTES)).replace(/\uFFFD$/, '');
}

function stripExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
