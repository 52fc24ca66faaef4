import { Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { AuthService } from '@verbinder/identity/core';
import { JsonLogger } from '@verbinder/platform/events';
import { readCookie, SESSION_COOKIE } from '@verbinder/platform/graphql';
import { Actor, DomainError } from '@verbinder/shared/kernel';
import { ServedImage, StoryImagesService, storyImageUrl } from '@verbinder/stories/core';
import { etagMatches, HttpFaultFilter } from '@verbinder/platform/public-web';
import { readMultipart, sendFileRouteError } from './multipart-upload';

/**
 * Browsers keep a public image for a year (its URL is its hash: the bytes never change); shared
 * caches (a CDN) revalidate after a minute, so an image that stops being public (story taken
 * offline, consent withdrawn) leaves them within a minute even without a purge.
 */
export const PUBLIC_IMAGE_CACHE_CONTROL = 'public, max-age=31536000, s-maxage=60, immutable';
/** The redactie's preview of an image that is not public (yet): never in a shared cache. */
export const PREVIEW_IMAGE_CACHE_CONTROL = 'private, no-cache';

/**
 * Story images over HTTP:
 *   POST /bestanden/verhalen/:storyId/afbeeldingen   upload (multipart: alt, file); the redactie of the story's region
 *   GET  /verhalen/afbeeldingen/:sha256               the image, while a public story shows it (or for the redactie)
 * An upload streams busboy → size/type check from the bytes → temp file; nothing is stored on a
 * refusal and the row is written only after the file is in place. Answers JSON: { image } or
 * { code, message, fields?, rule? } with 400/401/403/404/409/413/415.
 */
@UseFilters(HttpFaultFilter)
@Controller()
export class StoryImagesController {
  constructor(
    private readonly images: StoryImagesService,
    private readonly auth: AuthService,
    private readonly logger: JsonLogger,
  ) {}

  @Post('bestanden/verhalen/:storyId/afbeeldingen')
  async upload(@Param('storyId') storyId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const actor = await this.auth.resolveSession(readCookie(req.headers.cookie, SESSION_COOKIE));
      if (!actor) throw DomainError.unauthenticated();
      await this.images.assertCanUpload(actor, storyId);
      const { fields, file } = await readMultipart(req, {
        fields: ['alt'] as const,
        maxBytes: this.images.maxBytes,
        receive: (stream) => this.images.receive(stream),
        discard: (received) => received.staged.discard(),
      });
      const image = await this.images.add(actor, storyId, fields, file);
      res.status(201).json({
        image: { id: image.id, storyId: image.storyId, url: storyImageUrl(image.sha256), alt: image.alt, mimeType: image.mimeType, byteSize: image.byteSize, width: image.width, height: image.height },
      });
    } catch (error) {
      if (!req.readableEnded) req.resume();
      sendFileRouteError(res, error, this.logger, 'story image upload');
    }
  }

  @Get('verhalen/afbeeldingen/:sha256')
  async image(@Param('sha256') sha256: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const published = await this.images.publicImage(sha256);
      if (published) return await this.send(req, res, published, PUBLIC_IMAGE_CACHE_CONTROL);
      const actor = await this.actorOf(req);
      const preview = actor ? await this.images.previewImage(actor, sha256) : null;
      if (preview) return await this.send(req, res, preview, PREVIEW_IMAGE_CACHE_CONTROL);
      // Not public (never, not yet or no longer): as if it never existed; no cache may keep the answer.
      res.status(404).setHeader('Cache-Control', 'no-store');
      res.type('text/plain; charset=utf-8').send('Deze afbeelding bestaat niet of is niet (meer) openbaar.');
    } catch (error) {
      sendFileRouteError(res, error, this.logger, 'story image');
    }
  }

  private async actorOf(req: Request): Promise<Actor | null> {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    return token ? this.auth.resolveSession(token) : null;
  }

  private async send(req: Request, res: Response, image: ServedImage, cacheControl: string): Promise<void> {
    const etag = `"${image.sha256}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', cacheControl);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Only the redactie's preview depends on the session.
    if (cacheControl === PREVIEW_IMAGE_CACHE_CONTROL) res.setHeader('Vary', 'Cookie');
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    res.status(200);
    res.setHeader('Content-Type', image.mimeType);
    res.setHeader('Content-Length', String(image.byteSize));
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await pipeline(await image.open(), res);
  }
}
