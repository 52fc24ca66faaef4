import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { AuthService } from '@verbinder/identity/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { HttpFaultFilter, readCookie, SESSION_COOKIE, setPrivateHeaders } from '@verbinder/platform/public-web';
import { Actor, DomainError } from '@verbinder/shared/kernel';
import { PersonDataExportService } from './person-data-export';
import { renderPersonDataPage, renderPreparedExportPage } from './person-data-page';

/**
 * Inzage (AVG art. 15) over HTTP, signed in with the session cookie:
 *   GET /privacy/mijn-gegevens[.json]            your own data, as a Dutch page or as JSON (a download)
 *   GET /privacy/personen/:personId[.json]       a person's data, for a platform beheerder on their request
 *   GET /privacy/mijn-gegevens/status            your export prepared in the background (progress, or ready), or null; starts nothing
 * A large export is prepared in the background (PersonDataExportService.answerFor): until it is
 * ready the page shows the progress and the JSON address answers 202 with the status; then both
 * serve the prepared file until it expires.
 * Errors answer as every HTTP route does (401/403/404 with a stable code).
 */
@UseFilters(HttpFaultFilter)
@Controller('privacy')
export class PersonDataController {
  constructor(
    private readonly exports: PersonDataExportService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('mijn-gegevens')
  async ownPage(@Req() req: Request, @Res() res: Response): Promise<void> {
    const actor = await this.actorOf(req);
    await this.send(res, actor, actor.personId, 'html', '/privacy/mijn-gegevens');
  }

  @Get('mijn-gegevens.json')
  async ownJson(@Req() req: Request, @Res() res: Response): Promise<void> {
    const actor = await this.actorOf(req);
    await this.send(res, actor, actor.personId, 'json', '/privacy/mijn-gegevens');
  }

  @Get('mijn-gegevens/status')
  async ownStatus(@Req() req: Request, @Res() res: Response): Promise<void> {
    const actor = await this.actorOf(req);
    const prepared = await this.exports.ownPreparedExport(actor);
    setPrivateHeaders(res);
    res.type('application/json; charset=utf-8').send(JSON.stringify({ export: prepared }));
  }

  @Get('personen/:personId')
  async personPage(@Param('personId') personId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const id = personId.replace(/\.json$/, '');
    await this.send(res, await this.actorOf(req), id, personId.endsWith('.json') ? 'json' : 'html', `/privacy/personen/${encodeURIComponent(id)}`);
  }

  private async send(res: Response, actor: Actor, personId: string, format: 'html' | 'json', path: string): Promise<void> {
    const answer = await this.exports.answerFor(actor, personId);
    setPrivateHeaders(res);
    if (answer.kind === 'inline') {
      const data = answer.data;
      if (format === 'json') {
        res.setHeader('Content-Disposition', `attachment; filename="verbinder-gegevens-${data.generatedAt.slice(0, 10)}.json"`);
        res.type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2));
        return;
      }
      res.type('text/html; charset=utf-8').send(renderPersonDataPage(data, `${this.config.publicUrl}${path}`, `${path}.json`));
      return;
    }
    if (format === 'html') {
      res.type('text/html; charset=utf-8').send(renderPreparedExportPage(answer.person, answer.export, `${this.config.publicUrl}${path}`, `${path}.json`));
      return;
    }
    if (answer.file === null) {
      // In preparation: the status and the progress, to ask again later.
      res.status(202).setHeader('Retry-After', '5');
      res.type('application/json; charset=utf-8').send(JSON.stringify({ status: answer.export.status, person: { id: answer.person.id }, export: answer.export }));
      return;
    }
    const size = await stat(answer.file).then(
      (s) => s.size,
      () => null,
    );
    if (size === null) throw DomainError.notFound('Bestand');
    res.setHeader('Content-Disposition', `attachment; filename="verbinder-gegevens-${(answer.export.readyAt ?? answer.export.createdAt).slice(0, 10)}.json"`);
    res.setHeader('Content-Length', String(size));
    res.type('application/json; charset=utf-8');
    const stream = createReadStream(answer.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  private async actorOf(req: Request): Promise<Actor> {
    const actor = await this.auth.resolveSession(readCookie(req.headers.cookie, SESSION_COOKIE));
    if (!actor) throw DomainError.unauthenticated();
    return actor;
  }
}
