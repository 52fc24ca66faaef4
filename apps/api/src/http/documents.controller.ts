import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { AuthService } from '@verbinder/identity/core';
import { JsonLogger } from '@verbinder/platform/events';
import { httpStatusOf, readCookie, SESSION_COOKIE } from '@verbinder/platform/graphql';
import { Actor, DomainError, isDomainError } from '@verbinder/shared/kernel';
import { ReceivedFile, UPLOAD_RULES, WerkgroepDocument, WerkgroepDocumentsService } from '@verbinder/werkgroepen/core';
import { downloadUrl } from '@verbinder/werkgroepen/graphql';

const FIELDS = ['title', 'description', 'folderId', 'note'] as const;
type Fields = Partial<Record<(typeof FIELDS)[number], string>>;

/**
 * Werkgroep documents over HTTP (the session cookie signs in, as for GraphQL):
 *   POST /bestanden/werkgroepen/:werkgroepId            new document (multipart: title?, description?, folderId?, note?, file)
 *   POST /bestanden/documenten/:documentId/versies      new version (multipart: note?, file)
 *   GET  /bestanden/documenten/:documentId/versies/:v   download (ETag = sha256, 304 on If-None-Match)
 * Uploads stream busboy → hash/size/type check → temp file; nothing is stored on a refusal and
 * the rows are written only after the file is in place. Answers JSON: { document } or
 * { code, message, fields? } with 400/401/403/404/409/413/415.
 */
@Controller('bestanden')
export class DocumentsController {
  constructor(
    private readonly documents: WerkgroepDocumentsService,
    private readonly auth: AuthService,
    private readonly logger: JsonLogger,
  ) {}

  @Post('werkgroepen/:werkgroepId')
  async create(@Param('werkgroepId') werkgroepId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.handleUpload(req, res, 201, async (actor) => {
      await this.documents.assertCanUpload(actor, werkgroepId);
      return async (fields, file) => this.documents.create(actor, werkgroepId, fields, file);
    });
  }

  @Post('documenten/:documentId/versies')
  async addVersion(@Param('documentId') documentId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.handleUpload(req, res, 201, async (actor) => {
      await this.documents.assertCanAddVersion(actor, documentId);
      return async (fields, file) => this.documents.addVersion(actor, documentId, { note: fields.note }, file);
    });
  }

  @Get('documenten/:documentId/versies/:version')
  async download(@Param('documentId') documentId: string, @Param('version') version: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const actor = await this.actorOf(req);
      const found = await this.documents.download(actor, documentId, /^\d{1,9}$/.test(version) ? Number(version) : NaN);
      const etag = `"${found.version.sha256}"`;
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'private');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      const inm = req.headers['if-none-match'];
      if (inm && inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
        res.status(304).end();
        return;
      }
      const stream = await found.open();
      res.status(200);
      res.setHeader('Content-Type', found.version.contentType);
      res.setHeader('Content-Length', String(found.version.size));
      res.setHeader('Content-Disposition', contentDisposition(found.version.fileName));
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      await pipeline(stream, res);
    } catch (error) {
      this.fail(res, error);
    }
  }

  private async actorOf(req: Request): Promise<Actor> {
    const actor = await this.auth.resolveSession(readCookie(req.headers.cookie, SESSION_COOKIE));
    if (!actor) throw DomainError.unauthenticated();
    return actor;
  }

  /**
   * Signs in and checks access before reading the body, then streams the multipart body: the
   * one `file` part goes through the core's checks into a temp file, the text fields are kept.
   */
  private async handleUpload(
    req: Request,
    res: Response,
    status: number,
    prepare: (actor: Actor) => Promise<(fields: Fields, file: ReceivedFile | null) => Promise<WerkgroepDocument>>,
  ): Promise<void> {
    let received: Promise<ReceivedFile> | null = null;
    try {
      const actor = await this.actorOf(req);
      const save = await prepare(actor);
      let parser: ReturnType<typeof busboy>;
      try {
        parser = busboy({ headers: req.headers, limits: { files: 1, fields: 10, fieldSize: 10_000, fileSize: this.documents.maxBytes + 1 }, defParamCharset: 'utf8', preservePath: true });
      } catch {
        throw DomainError.badInput([{ field: 'file', message: 'Stuur het bestand als multipart/form-data.' }]);
      }
      const fields: Fields = {};
      parser.on('field', (name, value) => {
        if ((FIELDS as readonly string[]).includes(name)) fields[name as keyof Fields] = value;
      });
      parser.on('file', (name, stream, info) => {
        if (name !== 'file' || received) {
          stream.resume();
          return;
        }
        received = this.documents.receive(stream, info.filename);
        received.catch(() => undefined); // awaited below, after the body is read
      });
      await new Promise<void>((resolve, reject) => {
        parser.on('close', resolve);
        parser.on('error', reject);
        req.on('aborted', () => reject(new Error('upload aborted')));
        req.pipe(parser);
      });
      const file = received ? await (received as Promise<ReceivedFile>) : null;
      const document = await save(fields, file);
      const latest = { version: document.currentVersion, downloadUrl: downloadUrl(document.id, document.currentVersion) };
      res.status(status).json({
        document: {
          id: document.id,
          werkgroepId: document.werkgroepId,
          folderId: document.folderId,
          title: document.title,
          description: document.description,
          currentVersion: document.currentVersion,
          fileName: file?.fileName,
          contentType: file?.contentType,
          size: file?.staged.size,
          sha256: file?.staged.sha256,
          latest,
        },
      });
    } catch (error) {
      // A file still arriving is discarded by the core; the rest of the body is read and dropped.
      if (received) await (received as Promise<ReceivedFile>).then((f) => f.staged.discard(), () => undefined);
      if (!req.readableEnded) req.resume();
      this.fail(res, error);
    }
  }

  private fail(res: Response, error: unknown): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (isDomainError(error)) {
      const status = error.details.rule === UPLOAD_RULES.tooLarge ? 413 : error.details.rule === UPLOAD_RULES.type ? 415 : httpStatusOf(error.code);
      res.status(status).json({ code: error.code, message: error.message, ...(error.details.fields ? { fields: error.details.fields } : {}), ...(error.details.rule ? { rule: error.details.rule } : {}) });
      return;
    }
    if ((error as Error).message === 'upload aborted') return;
    this.logger.error('document route failed', { error: (error as Error).message, stack: (error as Error).stack });
    res.status(500).json({ code: 'INTERNAL', message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' });
  }
}

/** attachment; an ASCII fallback name and the exact name in RFC 5987 encoding. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
