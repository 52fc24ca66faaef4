import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RollupService } from '@verbinder/actieagenda/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { ErrorCode } from '@verbinder/shared/contracts';
import { isDomainError } from '@verbinder/shared/kernel';
import { sendPublic } from '../public-site/http';
import { escapeHtml, regionNotFoundPage, renderPage } from '../public-site/layout';
import { HttpFaultFilter } from './http-fault.filter';

const STATUS_TEXT = {
  OP_KOERS: 'Op koers',
  RISICO: 'Vraagt aandacht',
  ACHTER: 'Loopt achter',
  GEPAUZEERD: 'Even gepauzeerd',
} as const;

const CLOSURE_TEXT = { BEHAALD: 'Afgerond: gelukt', DEELS: 'Afgerond: deels gelukt', GEMIST: 'Afgerond: niet gelukt', GESTOPT: 'Gestopt' } as const;

/** The public site (server-rendered HTML, no JavaScript needed). */
@UseFilters(HttpFaultFilter)
@Controller('publiek')
export class PublicSiteController {
  constructor(
    private readonly actieagenda: RollupService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Progress of a region's actieagenda for parents, pupils and companies: only published acties. */
  @Get(':slug/actieagenda')
  async progress(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const canonicalUrl = `${this.config.publicUrl}/publiek/${encodeURIComponent(slug)}/actieagenda`;
    let data;
    try {
      data = await this.actieagenda.publicProgress(slug);
    } catch (error) {
      if (isDomainError(error) && error.code === ErrorCode.NOT_FOUND) {
        sendPublic(req, res, regionNotFoundPage(canonicalUrl), { cache: 'public', status: 404 });
        return;
      }
      throw error;
    }
    const { region, agenda, lines } = data;
    const dateFmt = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const period = agenda ? `${dateFmt.format(new Date(`${agenda.periodStart}T00:00:00Z`))} tot ${dateFmt.format(new Date(`${agenda.periodEnd}T00:00:00Z`))}` : '';
    const body = !agenda || lines.length === 0
      ? `<h1>Wat de scholen in ${escapeHtml(region.name)} samen doen</h1>
<p class="lead">Er is nog geen voortgang gepubliceerd. De scholen delen hier wat ze bereiken zodra er iets te melden is.</p>`
      : `<h1>Wat de scholen in ${escapeHtml(region.name)} samen doen</h1>
<p class="lead">${escapeHtml(agenda.title)} (${escapeHtml(period)}). De vo-scholen en het mbo werken samen zodat leerlingen makkelijker doorstromen van het vmbo naar het mbo. Hieronder staat hoe de afspraken ervoor staan.</p>
${lines
  .map(
    (line) => `<section class="line" aria-labelledby="lijn-${line.number}">
<h2 id="lijn-${line.number}">${line.number}. ${escapeHtml(line.title)} ${line.inFocus ? '<span class="focus">Dit jaar extra aandacht</span>' : ''}</h2>
${line.description ? `<p>${escapeHtml(line.description)}</p>` : ''}
${line.acties
  .map(
    (a) => `<article class="actie">
<h3>${escapeHtml(a.title)}</h3>
<p>${escapeHtml(a.summary)}</p>
<p class="meta"><span class="status s-${a.status}">${a.closure ? CLOSURE_TEXT[a.closure] : STATUS_TEXT[a.status]}</span>
<span class="bar" role="img" aria-label="${a.progress} procent klaar"><span style="width:${a.progress}%"></span></span>
<span>${a.progress}% klaar</span></p>
</article>`,
  )
  .join('\n')}
</section>`,
  )
  .join('\n')}`;
    sendPublic(
      req,
      res,
      renderPage({
        title: `Voortgang samenwerking vmbo–mbo in ${region.name}`,
        description: `Hoe de scholen in ${region.name} samenwerken aan de overstap van vmbo naar mbo, en hoe ver ze zijn.`,
        canonicalUrl,
        regionName: region.name,
        regionSlug: region.slug,
        body,
      }),
      { cache: 'public' },
    );
  }
}
