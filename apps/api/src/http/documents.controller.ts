import { Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { AuthService } from '@verbinder/identity/core';
import { JsonLogger } from '@verbinder/platform/events';
import { readCookie, SESSION_COOKIE } from '@verbinder/platform/graphql';
import { Actor, DomainError } from '@verbinder/shared/kernel';
import { ReceivedFile, WerkgroepDocument, WerkgroepDocumentsService } from '@verbinder/werkgroepen/core';
import { downloadUrl } from '@verbinder/werkgroepen/graphql';
import { etagMatches, HttpFaultFilter } from '@verbinder/platform/public-web';
import { readMultipart, sendFileRouteError } from './multipart-upload';

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
@UseFilters(HttpFaultFilter)
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
      if (etagMatches(req.headers['if-none-match'], etag)) {
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

  /** Signs in and checks access before reading the body, then streams it (see readMultipart). */
  private async handleUpload(
    req: Request,
    res: Response,
    status: number,
    prepare: (actor: Actor) => Promise<(fields: Fields, file: ReceivedFile | null) => Promise<WerkgroepDocument>>,
  ): Promise<void> {
    try {
      const actor = await this.actorOf(req);
      const save = await prepare(actor);
      const { fields, file } = await readMultipart(req, {
        fields: FIELDS,
        maxBytes: this.documents.maxBytes,
        receive: (stream, fileName) => this.documents.receive(stream, fileName),
        discard: (received) => received.staged.discard(),
      });
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
      if (!req.readableEnded) req.resume();
      this.fail(res, error);
    }
  }

  private fail(res: Response, error: unknown): void {
    sendFileRouteError(res, error, this.logger, 'document route');
  }
}

/** attachment; an ASCII fallback name and the exact name in RFC 5987 encoding. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
