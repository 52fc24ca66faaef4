import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { LoketService, REQUEST_TYPE_TEXT, STATUS_TEXT } from '@verbinder/loket/core';
import { dutchDateTime } from '@verbinder/meetups/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { httpStatusOf } from '@verbinder/platform/graphql';
import { ErrorCode } from '@verbinder/shared/contracts';
import { isDomainError } from '@verbinder/shared/kernel';
import { escapeHtml, renderPage } from '../public-site/layout';

const AUTHOR_TEXT: Record<string, string> = { BEDRIJF: 'Jij', LOKET: 'Bedrijvenloket' };

/**
 * The company's private status page behind the link from the confirmation e-mail: state,
 * handler, schools and the conversation (internal notes never), with a reply form. Unknown,
 * malformed and guessed tokens all get the same 404 page. Everything is escaped.
 */
@Controller()
export class LoketSiteController {
  constructor(
    private readonly loket: LoketService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('loket/status/:token')
  async status(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.render(res, token);
  }

  @HttpCode(200)
  @Post('loket/status/:token')
  async reply(@Param('token') token: string, @Body() body: { body?: string }, @Res() res: Response): Promise<void> {
    try {
      await this.loket.companyReply(token, String(body?.body ?? ''));
      await this.render(res, token, 'Je bericht is verstuurd.');
    } catch (error) {
      if (!isDomainError(error) || error.code === ErrorCode.NOT_FOUND) return this.render(res, token);
      await this.render(res, token, null, error.message, httpStatusOf(error.code));
    }
  }

  private async render(res: Response, token: string, notice: string | null = null, problem: string | null = null, status = 200): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Robots-Tag', 'noindex');
    const canonicalUrl = `${this.config.publicUrl}/loket`;
    let view;
    try {
      view = await this.loket.publicView(token);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      res.status(404).type('html').send(renderPage({ title: 'Aanvraag niet gevonden', description: 'Bedrijvenloket', canonicalUrl, body: `<h1>Aanvraag niet gevonden</h1><p>${escapeHtml(error.message)}</p>` }));
      return;
    }
    const { request: r, company } = view;
    const thread = view.messages
      .map(
        (m) => `<article class="actie" data-author="${escapeHtml(m.author)}">
<p class="meta"><strong>${escapeHtml(m.author === 'LOKET' ? `${m.authorName} (${AUTHOR_TEXT.LOKET})` : AUTHOR_TEXT[m.author] ?? m.authorName)}</strong><span>${escapeHtml(dutchDateTime(m.createdAt))}</span></p>
<p style="white-space:pre-wrap">${escapeHtml(m.body)}</p>
</article>`,
      )
      .join('\n');
    const form =
      r.status === 'AFGEROND'
        ? '<p>Deze aanvraag is afgerond.</p>'
        : `<form method="post" action="/loket/status/${escapeHtml(encodeURIComponent(token))}">
<p><label for="bericht">Je reactie of aanvulling</label><br><textarea id="bericht" name="body" required maxlength="4000" rows="5" cols="60"></textarea></p>
<p><button type="submit">Versturen</button></p>
</form>`;
    const body = `<h1>Je aanvraag ${escapeHtml(r.reference)}</h1>
${notice ? `<p class="lead" role="status">${escapeHtml(notice)}</p>` : ''}${problem ? `<p class="lead" role="alert">${escapeHtml(problem)}</p>` : ''}
<section class="line">
<p class="meta"><span>${escapeHtml(company.name)}</span><span>${escapeHtml(REQUEST_TYPE_TEXT[r.type])}</span><span>Ingediend ${escapeHtml(dutchDateTime(r.createdAt))}</span></p>
<p>Status: <strong data-status="${escapeHtml(r.status)}">${escapeHtml(STATUS_TEXT[r.status])}</strong></p>
<p>Behandeld door: ${escapeHtml(view.handlerName ?? 'nog niet toegewezen')}</p>
${view.schoolNames.length ? `<p>Scholen: ${escapeHtml(view.schoolNames.join(', '))}</p>` : ''}
${r.period ? `<p>Periode: ${escapeHtml(r.period)}</p>` : ''}
</section>
<h2>Gesprek</h2>
<section class="line">${thread || '<p>Nog geen berichten.</p>'}</section>
${form}`;
    res.status(status).type('html').send(renderPage({ title: `Aanvraag ${r.reference}`, description: 'Bedrijvenloket: de voortgang van je aanvraag', canonicalUrl, body }));
  }
}
