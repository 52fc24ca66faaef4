import { Injectable } from '@nestjs/common';
import type { DocumentFolder, DocumentSearchHit, DocumentsRepository, DocumentVersion, DraaiboekVersion, WerkgroepDocument } from '@verbinder/werkgroepen/core';
import { DrizzleRepository } from '@verbinder/platform/db';
import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { documentFolders, documents, documentVersions, draaiboekVersions } from './werkgroepen.tables';

const DOCUMENT_COLUMNS = {
  id: documents.id,
  werkgroepId: documents.werkgroepId,
  folderId: documents.folderId,
  title: documents.title,
  description: documents.description,
  currentVersion: documents.currentVersion,
  createdById: documents.createdById,
  createdAt: documents.createdAt,
  updatedAt: documents.updatedAt,
  deletedAt: documents.deletedAt,
};

/** Start and stop markers of ts_headline (control characters, stripped from the plain-text snippet). */
const MARK_START = '\u0002';
const MARK_STOP = '\u0003';

@Injectable()
export class DrizzleDocumentsRepository extends DrizzleRepository implements DocumentsRepository {
  listFolders(werkgroepId: string): Promise<DocumentFolder[]> {
    return this.db.select().from(documentFolders).where(eq(documentFolders.werkgroepId, werkgroepId)).orderBy(asc(documentFolders.name));
  }

  findFolder(id: string): Promise<DocumentFolder | null> {
    return this.findOne(documentFolders, eq(documentFolders.id, id));
  }

  findFolderByName(werkgroepId: string, parentId: string | null, name: string): Promise<DocumentFolder | null> {
    return this.findOne(
      documentFolders,
      and(eq(documentFolders.werkgroepId, werkgroepId), parentId ? eq(documentFolders.parentId, parentId) : isNull(documentFolders.parentId), sql`lower(${documentFolders.name}) = lower(${name})`),
    );
  }

  insertFolder(data: { werkgroepId: string; parentId: string | null; name: string }): Promise<DocumentFolder> {
    return this.insertOne(documentFolders, data);
  }

  renameFolder(id: string, name: string): Promise<DocumentFolder> {
    return this.updateOne(documentFolders, eq(documentFolders.id, id), { name });
  }

  async deleteFolder(id: string): Promise<void> {
    await this.db.delete(documentFolders).where(eq(documentFolders.id, id));
  }

  async folderContentCount(id: string): Promise<number> {
    const [folders] = await this.db.select({ n: count() }).from(documentFolders).where(eq(documentFolders.parentId, id));
    const [docs] = await this.db
      .select({ n: count() })
      .from(documents)
      .where(and(eq(documents.folderId, id), isNull(documents.deletedAt)));
    return Number(folders.n) + Number(docs.n);
  }

  listDocuments(werkgroepId: string, folderId: string | null): Promise<WerkgroepDocument[]> {
    return this.db
      .select(DOCUMENT_COLUMNS)
      .from(documents)
      .where(and(eq(documents.werkgroepId, werkgroepId), folderId ? eq(documents.folderId, folderId) : isNull(documents.folderId), isNull(documents.deletedAt)))
      .orderBy(sql`lower(${documents.title})`, asc(documents.createdAt));
  }

  async findDocument(id: string): Promise<WerkgroepDocument | null> {
    const [row] = await this.db.select(DOCUMENT_COLUMNS).from(documents).where(eq(documents.id, id));
    return row ?? null;
  }

  async insertDocument(data: { werkgroepId: string; folderId: string | null; title: string; description: string | null; contentText: string | null; createdById: string }): Promise<WerkgroepDocument> {
    const [row] = await this.db
      .insert(documents)
      .values({ ...data, currentVersion: 1 })
      .returning({ id: documents.id });
    await this.refreshSearch(row.id);
    return (await this.findDocument(row.id)) as WerkgroepDocument;
  }

  async updateDocument(
    id: string,
    data: Partial<Pick<WerkgroepDocument, 'title' | 'description' | 'folderId' | 'currentVersion' | 'deletedAt'>> & { contentText?: string | null },
  ): Promise<WerkgroepDocument> {
    await this.db
      .update(documents)
      .set({ ...data, updatedAt: new Date() })
      .where(eq(documents.id, id));
    if (data.title !== undefined || data.description !== undefined || data.contentText !== undefined) await this.refreshSearch(id);
    return (await this.findDocument(id)) as WerkgroepDocument;
  }

  /** Title weighs most, then the description, then the text of the document (Dutch stemming). */
  private async refreshSearch(id: string): Promise<void> {
    await this.db
      .update(documents)
      .set({
        search: sql`setweight(to_tsvector('dutch', ${documents.title}), 'A') || setweight(to_tsvector('dutch', coalesce(${documents.description}, '')), 'B') || setweight(to_tsvector('dutch', coalesce(${documents.contentText}, '')), 'C')`,
      })
      .where(eq(documents.id, id));
  }

  insertVersion(data: Omit<DocumentVersion, 'id' | 'createdAt'>): Promise<DocumentVersion> {
    return this.insertOne(documentVersions, data);
  }

  versionsByDocumentIds(ids: readonly string[]): Promise<DocumentVersion[]> {
    return this.findIn(documentVersions, documentVersions.documentId, ids, desc(documentVersions.version));
  }

  findVersion(documentId: string, version: number): Promise<DocumentVersion | null> {
    return this.findOne(documentVersions, and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, version)));
  }

  async search(werkgroepId: string, query: string, limit: number): Promise<DocumentSearchHit[]> {
    const q = sql`websearch_to_tsquery('dutch', ${query})`;
    const options = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
    const rows = await this.db
      .select({
        ...DOCUMENT_COLUMNS,
        snippet: sql<string>`ts_headline('dutch', coalesce(nullif(${documents.contentText}, ''), nullif(${documents.description}, ''), ${documents.title}), ${q}, ${options})`,
      })
      .from(documents)
      .where(and(eq(documents.werkgroepId, werkgroepId), isNull(documents.deletedAt), sql`${documents.search} @@ ${q}`))
      .orderBy(sql`ts_rank(${documents.search}, ${q}) desc`, asc(documents.title))
      .limit(limit);
    return rows.map(({ snippet, ...document }) => ({ document, snippet: plainSnippet(snippet) }));
  }

  async latestDraaiboek(werkgroepId: string): Promise<DraaiboekVersion | null> {
    const [row] = await this.db.select().from(draaiboekVersions).where(eq(draaiboekVersions.werkgroepId, werkgroepId)).orderBy(desc(draaiboekVersions.version)).limit(1);
    return row ?? null;
  }

  draaiboekVersion(werkgroepId: string, version: number): Promise<DraaiboekVersion | null> {
    return this.findOne(draaiboekVersions, and(eq(draaiboekVersions.werkgroepId, werkgroepId), eq(draaiboekVersions.version, version)));
  }

  draaiboekVersions(werkgroepId: string): Promise<DraaiboekVersion[]> {
    return this.db.select().from(draaiboekVersions).where(eq(draaiboekVersions.werkgroepId, werkgroepId)).orderBy(desc(draaiboekVersions.version));
  }

  async insertDraaiboekVersion(data: Omit<DraaiboekVersion, 'createdAt'>): Promise<DraaiboekVersion | null> {
    const [row] = await this.db.insert(draaiboekVersions).values(data).onConflictDoNothing().returning();
    return row ?? null;
  }
}

/** ts_headline's output as plain text: markers gone, whitespace tidied. */
function plainSnippet(snippet: string): string {
  return snippet.split(MARK_START).join('').split(MARK_STOP).join('').replace(/\s+/g, ' ').trim();
}
