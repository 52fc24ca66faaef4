import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RollupService } from '@verbinder/actieagenda/core';
import { ActivitiesService, dutchDateTime } from '@verbinder/meetups/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { Leerroute, Region, RegionsService, ROUTE_TYPES, School } from '@verbinder/regions/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import { PublicStoriesService } from '@verbinder/stories/core';
import { isDomainError } from '@verbinder/shared/kernel';
import { sendPublic } from '../public-site/http';
import { escapeHtml, regionNotFoundPage, renderPage } from '../public-site/layout';
import { HOME_STORIES, newestFirst, publishedOn, storyCard, storyPath } from '../public-site/stories';
import {
  EXAM_SCOPE_TEXT,
  MBO_LEERWEG_TEXT,
  PHASE_TEXT,
  publicRoutes,
  ROUTE_TYPE_TEXT,
  SCHOOL_KIND_TEXT,
  shorteningText,
  VMBO_LEERWEG_TEXT,
} from '../public-site/plain-dutch';
import { HttpFaultFilter } from './http-fault.filter';

/** How many upcoming activities the region home shows (the activities page has all of them). */
const HOME_ACTIVITIES = 3;
/** The date of the accessibility statement below; change it when the statement changes. */
export const ACCESSIBILITY_STATEMENT_DATE = '2026-12-01';

type Progress = Awaited<ReturnType<RollupService['publicProgress']>>;

/**
 * The public site's frame pages (server-rendered, no JavaScript): the list of regions, a region's
 * home page and its leerroutes in plain Dutch, the accessibility statement, sitemap.xml and
 * robots.txt. The home page shows only what the domains already publish: schools and leerlabs
 * (regions), public activities (meetups), published acties (actieagenda).
 */
@UseFilters(HttpFaultFilter)
@Controller()
export class RegionSiteController {
  constructor(
    private readonly regions: RegionsService,
    private readonly meetups: ActivitiesService,
    private readonly actieagenda: RollupService,
    private readonly stories: PublicStoriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('publiek')
  async regionList(@Req() req: Request, @Res() res: Response): Promise<void> {
    const regions = [...(await this.regions.listRegions())].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const body = `<h1>Van vmbo naar mbo in jouw regio</h1>
<p class="lead">In deze regio's werken vmbo-scholen en mbo-scholen samen. Zo kunnen leerlingen makkelijker overstappen van het vmbo naar het mbo. Kies je regio.</p>
${
  regions.length
    ? `<ul class="regio-lijst">${regions
        .map((r) => `<li class="line"><h2><a href="/publiek/${escapeHtml(encodeURIComponent(r.slug))}">${escapeHtml(r.name)}</a></h2>${r.description ? `<p>${escapeHtml(r.description)}</p>` : ''}</li>`)
        .join('\n')}</ul>`
    : '<p>Er zijn nog geen regio\'s.</p>'
}`;
    sendPublic(req, res, renderPage({ title: "Regio's", description: 'Vmbo- en mbo-scholen werken per regio samen aan de overstap van vmbo naar mbo. Kies je regio.', canonicalUrl: this.url('/publiek'), body }), { cache: 'public' });
  }

  @Get('publiek/:slug')
  async home(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await this.region(req, res, slug, '');
    if (!region) return;
    const [schools, leerlabs, routes, activities, progress, { stories }] = await Promise.all([
      this.regions.schoolsByRegionIds([region.id]),
      this.regions.leerlabsByRegionIds([region.id]),
      this.regions.leerroutesByRegionIds([region.id]),
      this.meetups.publicActivities(region.slug),
      this.actieagenda.publicProgress(region.slug),
      this.stories.publishedStories(region.slug),
    ]);
    const base = `/publiek/${encodeURIComponent(region.slug)}`;
    const schoolById = new Map(schools.map((s) => [s.id, s]));
    const shown = publicRoutes(routes);

    const sections: string[] = [];
    sections.push(`<h1>Van vmbo naar mbo in ${escapeHtml(region.name)}</h1>
<p class="lead">In ${escapeHtml(region.name)} werken vmbo-scholen en het mbo samen. Ze zorgen dat leerlingen makkelijker overstappen van het vmbo naar het mbo. Op deze pagina lees je wat de scholen doen.</p>
${region.description ? `<p>${escapeHtml(region.description)}</p>` : ''}`);

    if (leerlabs.length) {
      sections.push(`<section aria-labelledby="leerlab"><h2 id="leerlab">Wat doet het leerlab?</h2>
<p>Een leerlab is een groep docenten en leiders van vmbo- en mbo-scholen. Ze bedenken samen nieuwe leerroutes. Ze proberen die uit met leerlingen en maken ze beter.</p>
${[...leerlabs]
  .sort((a, b) => a.round - b.round || a.name.localeCompare(b.name, 'nl'))
  .map((lab) => {
    const names = lab.schoolIds.map((id) => schoolById.get(id)?.name).filter((n): n is string => !!n);
    return `<article class="line"><h3>${escapeHtml(lab.name)}</h3>
${lab.theme ? `<p><strong>Thema:</strong> ${escapeHtml(lab.theme)}</p>` : ''}
${lab.description ? `<p>${escapeHtml(lab.description)}</p>` : ''}
${names.length ? `<p>Scholen: ${escapeHtml(names.join(', '))}</p>` : ''}
<p class="hint">Gestart in ${lab.startYear}</p></article>`;
  })
  .join('\n')}</section>`);
    }

    sections.push(`<section aria-labelledby="routes"><h2 id="routes">Leerroutes</h2>
${
  shown.length
    ? `<p>De scholen maken ${shown.length === 1 ? 'één leerroute' : `${shown.length} leerroutes`} van het vmbo naar het mbo.</p>
<ul>${ROUTE_TYPES.map((t) => [t, shown.filter((r) => r.routeType === t).length] as const)
        .filter(([, n]) => n > 0)
        .map(([t, n]) => `<li>${escapeHtml(ROUTE_TYPE_TEXT[t].name)}: ${n}</li>`)
        .join('')}</ul>`
    : '<p>De scholen hebben nog geen leerroutes gepubliceerd.</p>'
}
<p><a href="${escapeHtml(base)}/leerroutes">Lees wat de leerroutes betekenen voor leerlingen en ouders</a></p></section>`);

    const next = activities.activities.slice(0, HOME_ACTIVITIES);
    sections.push(`<section aria-labelledby="activiteiten"><h2 id="activiteiten">Binnenkort</h2>
${
  next.length
    ? `<ul>${next
        .map(({ activity: a }) => `<li><strong>${escapeHtml(a.title)}</strong><br><span class="hint">${escapeHtml(dutchDateTime(a.startsAt))}</span></li>`)
        .join('\n')}</ul>`
    : '<p>Er staan nu geen openbare activiteiten gepland.</p>'
}
<p><a href="${escapeHtml(base)}/activiteiten">Alle activiteiten en aanmelden</a></p></section>`);

    sections.push(`<section aria-labelledby="voortgang"><h2 id="voortgang">Hoe ver zijn de scholen?</h2>
<p>${escapeHtml(progressLine(progress))}</p>
<p><a href="${escapeHtml(base)}/actieagenda">Bekijk de voortgang</a></p></section>`);

    // The region's latest published stories (only what is public now; no section without any).
    const latestStories = newestFirst(stories).slice(0, HOME_STORIES);
    if (latestStories.length) {
      sections.push(`<section aria-labelledby="verhalen"><h2 id="verhalen">Verhalen uit de regio</h2>
${latestStories.map((s) => storyCard(region.slug, s, 'h3')).join('\n')}
<p><a href="${escapeHtml(base)}/verhalen">Alle verhalen</a></p></section>`);
    }

    if (schools.length) {
      sections.push(`<section aria-labelledby="scholen"><h2 id="scholen">De scholen</h2>
<ul>${[...schools]
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
        .map((s) => `<li>${schoolName(s)} <span class="hint">(${escapeHtml(SCHOOL_KIND_TEXT[s.kind])}${cities(s) ? `, ${escapeHtml(cities(s))}` : ''})</span></li>`)
        .join('\n')}</ul></section>`);
    }

    sections.push(`<section aria-labelledby="bedrijven"><h2 id="bedrijven">Voor bedrijven</h2>
<p>Wil je als bedrijf stageplaatsen bieden, een gastles geven of iets anders doen met de scholen? Het bedrijvenloket helpt je.</p>
<p><a href="${escapeHtml(base)}/loket">Naar het bedrijvenloket</a></p></section>`);

    sendPublic(
      req,
      res,
      renderPage({
        title: `Van vmbo naar mbo in ${region.name}`,
        description: `Hoe vmbo- en mbo-scholen in ${region.name} samenwerken: leerroutes, activiteiten en voortgang.`,
        canonicalUrl: this.url(base),
        regionName: region.name,
        regionSlug: region.slug,
        body: sections.join('\n'),
      }),
      { cache: 'public' },
    );
  }

  @Get('publiek/:slug/leerroutes')
  async leerroutes(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await this.region(req, res, slug, '/leerroutes');
    if (!region) return;
    const [schools, routes] = await Promise.all([this.regions.schoolsByRegionIds([region.id]), this.regions.leerroutesByRegionIds([region.id])]);
    const schoolById = new Map(schools.map((s) => [s.id, s]));
    const shown = publicRoutes(routes);
    const explain = `<section aria-labelledby="soorten"><h2 id="soorten">Drie soorten leerroutes</h2>
<dl>${ROUTE_TYPES.map((t) => `<dt><strong>${escapeHtml(ROUTE_TYPE_TEXT[t].name)}</strong></dt><dd>${escapeHtml(ROUTE_TYPE_TEXT[t].explanation)}</dd>`).join('\n')}</dl>
<p>Op het mbo kies je ook hoe je leert:</p>
<ul><li>${escapeHtml(MBO_LEERWEG_TEXT.BOL)}</li><li>${escapeHtml(MBO_LEERWEG_TEXT.BBL)}</li></ul>
<p>Het mbo heeft niveau 1 tot en met 4. Hoe hoger het niveau, hoe moeilijker de opleiding.</p></section>`;
    const groups = ROUTE_TYPES.map((t) => ({ type: t, routes: shown.filter((r) => r.routeType === t) }))
      .filter((g) => g.routes.length > 0)
      .map(
        (g) => `<section aria-labelledby="type-${g.type}"><h2 id="type-${g.type}">${escapeHtml(ROUTE_TYPE_TEXT[g.type].name)}</h2>
${g.routes.map((r) => routeCard(r, schoolById)).join('\n')}</section>`,
      )
      .join('\n');
    const body = `<h1>Leerroutes in ${escapeHtml(region.name)}</h1>
<p class="lead">Een leerroute is de weg van het vmbo naar een opleiding op het mbo. De scholen in ${escapeHtml(region.name)} maken samen leerroutes. Zo sluit het vmbo goed aan op het mbo.</p>
${explain}
${groups || '<p>De scholen hebben nog geen leerroutes gepubliceerd.</p>'}
<p>Vragen over een leerroute? Stel ze aan de decaan of mentor op school.</p>`;
    sendPublic(
      req,
      res,
      renderPage({
        title: `Leerroutes in ${region.name}`,
        description: `Van het vmbo naar het mbo in ${region.name}: welke leerroutes er zijn en wat ze betekenen voor leerlingen en ouders.`,
        canonicalUrl: this.url(`/publiek/${encodeURIComponent(region.slug)}/leerroutes`),
        regionName: region.name,
        regionSlug: region.slug,
        body,
      }),
      { cache: 'public' },
    );
  }

  @Get('toegankelijkheid')
  async accessibility(@Req() req: Request, @Res() res: Response): Promise<void> {
    const regions = [...(await this.regions.listRegions())].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const date = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${ACCESSIBILITY_STATEMENT_DATE}T00:00:00Z`));
    const body = `<h1>Toegankelijkheidsverklaring</h1>
<p class="lead">Iedereen moet deze website kunnen gebruiken. Ook als je slecht ziet, een schermlezer gebruikt, alleen een toetsenbord gebruikt of Nederlands niet goed leest.</p>
<section aria-labelledby="verklaring"><h2 id="verklaring">Over deze verklaring</h2>
<p>Deze verklaring gaat over de openbare pagina's van Verbinder: ${escapeHtml(this.config.publicUrl)}/publiek, de pagina's van elke regio, het bedrijvenloket en deze pagina. De norm is WCAG 2.1 niveau AA (de Europese norm EN 301 549).</p>
<p>Datum van deze verklaring: ${escapeHtml(date)}.</p></section>
<section aria-labelledby="status"><h2 id="status">Status</h2>
<p>Deze website voldoet gedeeltelijk aan WCAG 2.1 niveau AA. De automatische controle vindt geen fouten. Een volledig onderzoek door een deskundige is nog niet gedaan.</p></section>
<section aria-labelledby="getest"><h2 id="getest">Wat we testen en hoe</h2>
<p>Bij elke wijziging van de website controleren we automatisch elk soort openbare pagina met axe-core in de browser Chromium. We testen op de regels van WCAG 2.1 niveau A en AA. We testen op het scherm van een telefoon (390 bij 844 pixels) en van een computer. We controleren ook dat de pagina's werken zonder JavaScript.</p>
<p>Deze pagina's testen we:</p>
<ul><li>de lijst met regio's</li><li>de pagina van een regio</li><li>de leerroutes van een regio</li><li>de voortgang van de scholen</li><li>de activiteiten en het aanmeldformulier</li><li>het formulier van het bedrijvenloket en de privacyverklaring</li><li>de persoonlijke statuspagina van een aanvraag</li><li>inloggen bij het bedrijvenloket</li><li>deze toegankelijkheidsverklaring</li><li>de verhalen van een regio, een verhaal en een vertaling in het Arabisch (van rechts naar links)</li><li>zoeken in de verhalen</li><li>het aanmeldformulier van de nieuwsbrief</li></ul></section>
<section aria-labelledby="beperkingen"><h2 id="beperkingen">Wat nog niet goed is</h2>
<ul>
<li>Een automatische test vindt niet alle problemen. We hebben de pagina's nog niet laten controleren met een schermlezer door een deskundige.</li>
<li>Teksten die de scholen zelf schrijven, zoals de uitleg van een leerlab of een activiteit, zijn niet altijd in eenvoudige taal.</li>
<li>Alleen verhalen kunnen vertaald zijn. De andere pagina's en de menu's zijn alleen in het Nederlands.</li>
<li>Agendabestanden (.ics) zijn geen webpagina's en testen we niet op toegankelijkheid.</li>
</ul></section>
<section aria-labelledby="contact"><h2 id="contact">Contact</h2>
<p>Kun je iets niet lezen of niet gebruiken? Of zie je een fout? Laat het ons weten. Neem contact op met een school in je regio. De school geeft je vraag door aan de verbinder van de regio. Een bedrijf kan ook het bedrijvenloket van de regio gebruiken.</p>
${regions.length ? `<ul>${regions.map((r) => `<li><a href="/publiek/${escapeHtml(encodeURIComponent(r.slug))}#scholen">Scholen in ${escapeHtml(r.name)}</a></li>`).join('\n')}</ul>` : ''}</section>`;
    sendPublic(
      req,
      res,
      renderPage({ title: 'Toegankelijkheidsverklaring', description: 'Hoe toegankelijk de openbare pagina\'s van Verbinder zijn, hoe we dat testen en wat nog niet goed is.', canonicalUrl: this.url('/toegankelijkheid'), body }),
      { cache: 'public' },
    );
  }

  @Get('robots.txt')
  robots(@Req() req: Request, @Res() res: Response): void {
    const body = `User-agent: *
Disallow: /loket/status
Disallow: /loket/inloggen
Disallow: /loket/mijn-aanvragen
Disallow: /aanmelden
Disallow: /agenda/feed
Disallow: /graphql
Disallow: /bestanden

Sitemap: ${this.config.publicUrl}/sitemap.xml
`;
    sendPublic(req, res, body, { cache: 'public', type: 'text/plain; charset=utf-8' });
  }

  /** Every public page of every region, with lastmod where the data knows when it changed. */
  @Get('sitemap.xml')
  async sitemap(@Req() req: Request, @Res() res: Response): Promise<void> {
    const regions = [...(await this.regions.listRegions())].sort((a, b) => a.slug.localeCompare(b.slug));
    const routes = await this.regions.leerroutesByRegionIds(regions.map((r) => r.id));
    const entries: Array<{ path: string; lastmod?: Date | null }> = [{ path: '/publiek', lastmod: latest(regions.map((r) => r.updatedAt)) }, { path: '/toegankelijkheid', lastmod: new Date(`${ACCESSIBILITY_STATEMENT_DATE}T00:00:00Z`) }];
    for (const region of regions) {
      const base = `/publiek/${encodeURIComponent(region.slug)}`;
      const [activities, progress, { stories }] = await Promise.all([this.meetups.publicActivities(region.slug), this.actieagenda.publicProgress(region.slug), this.stories.publishedStories(region.slug)]);
      const routeDates = routes.filter((r) => r.regionId === region.id).map((r) => r.updatedAt);
      const actieDates = progress.lines.flatMap((l) => l.acties.map((a) => a.updatedAt));
      entries.push(
        { path: base, lastmod: latest([region.updatedAt, ...routeDates, ...actieDates]) },
        { path: `${base}/leerroutes`, lastmod: latest([region.updatedAt, ...routeDates]) },
        { path: `${base}/actieagenda`, lastmod: latest(actieDates) },
        { path: `${base}/activiteiten`, lastmod: latest(activities.activities.map((a) => a.activity.updatedAt)) },
        { path: `${base}/loket` },
        { path: `${base}/loket/privacy` },
        { path: `${base}/verhalen`, lastmod: latest(stories.map((s) => s.updatedAt)) },
        ...stories.map((s) => ({ path: storyPath(region.slug, s.slug), lastmod: s.updatedAt > publishedOn(s) ? s.updatedAt : publishedOn(s) })),
      );
    }
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries
  .map((e) => `<url><loc>${escapeHtml(this.url(e.path))}</loc>${e.lastmod ? `<lastmod>${e.lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`)
  .join('\n')}
</urlset>
`;
    sendPublic(req, res, xml, { cache: 'public', type: 'application/xml; charset=utf-8' });
  }

  private url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** The region of a slug, or null after sending the Dutch 404 page. */
  private async region(req: Request, res: Response, slug: string, suffix: string): Promise<Region | null> {
    try {
      return await this.regions.getRegion({ slug });
    } catch (error) {
      if (isDomainError(error) && error.code === ErrorCode.NOT_FOUND) {
        sendPublic(req, res, regionNotFoundPage(this.url(`/publiek/${encodeURIComponent(slug)}${suffix}`)), { cache: 'public', status: 404 });
        return null;
      }
      throw error;
    }
  }
}

/** The actieagenda in one line: how many published acties, and how they are doing. */
export function progressLine(progress: Progress): string {
  const acties = progress.lines.flatMap((l) => l.acties);
  if (!progress.agenda || acties.length === 0) return 'De scholen hebben nog geen voortgang gepubliceerd.';
  const done = acties.filter((a) => a.closure).length;
  const open = acties.filter((a) => !a.closure);
  const count = (status: string) => open.filter((a) => a.status === status).length;
  const parts = [
    [count('OP_KOERS'), 'gaat goed', 'gaan goed'],
    [count('RISICO'), 'vraagt aandacht', 'vragen aandacht'],
    [count('ACHTER'), 'loopt achter', 'lopen achter'],
    [count('GEPAUZEERD'), 'staat even stil', 'staan even stil'],
    [done, 'is afgerond', 'zijn afgerond'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return `De scholen werken aan ${acties.length === 1 ? '1 afspraak' : `${acties.length} afspraken`}: ${parts.join(', ')}.`;
}

function routeCard(r: Leerroute, schoolById: Map<string, School>): string {
  const vo = r.voSchoolId ? schoolById.get(r.voSchoolId) : undefined;
  const mbo = r.mboSchoolId ? schoolById.get(r.mboSchoolId) : undefined;
  return `<article class="line"><h3>${escapeHtml(r.name)}</h3>
<dl>
<dt>Van</dt><dd>${escapeHtml(VMBO_LEERWEG_TEXT[r.vmboLeerweg])}, profiel ${escapeHtml(r.vmboProfiel)}${vo ? `, op ${escapeHtml(vo.name)}` : ''}</dd>
<dt>Naar</dt><dd>mbo-opleiding ${escapeHtml(r.mboOpleiding)}, niveau ${r.mboNiveau}${mbo ? `, op ${escapeHtml(mbo.name)}` : ''}</dd>
<dt>Leren op het mbo</dt><dd>${escapeHtml(MBO_LEERWEG_TEXT[r.mboLeerweg])}</dd>
<dt>Duur</dt><dd>${escapeHtml(shorteningText(r.shorteningMonths))}</dd>
<dt>Examen</dt><dd>${escapeHtml(EXAM_SCOPE_TEXT[r.vmboExamScope])}</dd>
<dt>Stand</dt><dd>${escapeHtml(PHASE_TEXT[r.phase])}${r.startYear ? ` Start: schooljaar ${r.startYear}-${r.startYear + 1}.` : ''}</dd>
${r.targetGroup ? `<dt>Voor wie</dt><dd>${escapeHtml(r.targetGroup)}</dd>` : ''}
</dl>
${r.description ? `<p>${escapeHtml(r.description)}</p>` : ''}</article>`;
}

function schoolName(s: School): string {
  return s.website && /^https?:\/\//.test(s.website) ? `<a href="${escapeHtml(s.website)}">${escapeHtml(s.name)}</a>` : escapeHtml(s.name);
}

function cities(s: School): string {
  return [...new Set(s.locations.map((l) => l.city))].join(', ');
}

function latest(dates: ReadonlyArray<Date | null | undefined>): Date | null {
  const times = dates.filter((d): d is Date => d instanceof Date && !Number.isNaN(d.getTime())).map((d) => d.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}
