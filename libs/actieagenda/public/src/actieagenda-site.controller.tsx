import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RollupService } from '@verbinder/actieagenda/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { HttpFaultFilter, orRegionNotFound, renderPage, sendPublic } from '@verbinder/platform/public-web';
import { PLAIN_ACTIE_CLOSURE_TEXT, PLAIN_ACTIE_STATUS_TEXT } from '@verbinder/shared/contracts';

/** The public site (server-rendered HTML, no JavaScript needed). */
@UseFilters(HttpFaultFilter)
@Controller('publiek')
export class ActieagendaSiteController {
  constructor(
    private readonly actieagenda: RollupService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Progress of a region's actieagenda for parents, pupils and companies: only published acties. */
  @Get(':slug/actieagenda')
  async progress(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const canonicalUrl = `${this.config.publicUrl}/publiek/${encodeURIComponent(slug)}/actieagenda`;
    const data = await orRegionNotFound(req, res, canonicalUrl, () => this.actieagenda.publicProgress(slug));
    if (!data) return;
    const { region, agenda, lines } = data;
    const dateFmt = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const period = agenda ? `${dateFmt.format(new Date(`${agenda.periodStart}T00:00:00Z`))} tot ${dateFmt.format(new Date(`${agenda.periodEnd}T00:00:00Z`))}` : '';
    const heading = <h1>Wat de scholen in {region.name} samen doen</h1>;
    const body =
      !agenda || lines.length === 0 ? (
        <>
          {heading}
          <p className="lead">Er is nog geen voortgang gepubliceerd. De scholen delen hier wat ze bereiken zodra er iets te melden is.</p>
        </>
      ) : (
        <>
          {heading}
          <p className="lead">
            {agenda.title} ({period}). De vo-scholen en het mbo werken samen zodat leerlingen makkelijker doorstromen van het vmbo naar het mbo. Hieronder staat hoe de afspraken ervoor staan.
          </p>
          {lines.map((line) => (
            <section key={line.number} className="line" aria-labelledby={`lijn-${line.number}`}>
              <h2 id={`lijn-${line.number}`}>
                {line.number}. {line.title} {line.inFocus ? <span className="focus">Dit jaar extra aandacht</span> : null}
              </h2>
              {line.description ? <p>{line.description}</p> : null}
              {line.acties.map((a, i) => (
                <article key={i} className="actie">
                  <h3>{a.title}</h3>
                  <p>{a.summary}</p>
                  <p className="meta">
                    <span className={`status s-${a.status}`}>{a.closure ? PLAIN_ACTIE_CLOSURE_TEXT[a.closure] : PLAIN_ACTIE_STATUS_TEXT[a.status]}</span>
                    <span className="bar" role="img" aria-label={`${a.progress} procent klaar`}>
                      <span style={{ width: `${a.progress}%` }}></span>
                    </span>
                    <span>{a.progress}% klaar</span>
                  </p>
                </article>
              ))}
            </section>
          ))}
        </>
      );
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
