import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RollupService } from '@verbinder/actieagenda/core';
import { ActivitiesService } from '@verbinder/meetups/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { HttpFaultFilter, orRegionNotFound, renderPage, sendPublic } from '@verbinder/platform/public-web';
import { Region, RegionsService } from '@verbinder/regions/core';
import { PublicStoriesService } from '@verbinder/stories/core';
import { publishedOn, storyPath } from '@verbinder/stories/public';
import { ACCESSIBILITY_STATEMENT_DATE, AccessibilityStatement } from './accessibility';
import { LeerroutesPage, RegionHome, RegionList, sitemapXml } from './region-pages';

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
    const body = <RegionList regions={regions} />;
    sendPublic(
      req,
      res,
      renderPage({ title: "Regio's", description: 'Vmbo- en mbo-scholen werken per regio samen aan de overstap van vmbo naar mbo. Kies je regio.', canonicalUrl: this.url('/publiek'), body }),
      { cache: 'public' },
    );
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
    sendPublic(
      req,
      res,
      renderPage({
        title: `Van vmbo naar mbo in ${region.name}`,
        description: `Hoe vmbo- en mbo-scholen in ${region.name} samenwerken: leerroutes, activiteiten en voortgang.`,
        canonicalUrl: this.url(`/publiek/${encodeURIComponent(region.slug)}`),
        regionName: region.name,
        regionSlug: region.slug,
        body: <RegionHome region={region} schools={schools} leerlabs={leerlabs} routes={routes} activities={activities} progress={progress} stories={stories} />,
      }),
      { cache: 'public' },
    );
  }

  @Get('publiek/:slug/leerroutes')
  async leerroutes(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await this.region(req, res, slug, '/leerroutes');
    if (!region) return;
    const [schools, routes] = await Promise.all([this.regions.schoolsByRegionIds([region.id]), this.regions.leerroutesByRegionIds([region.id])]);
    const body = <LeerroutesPage region={region} schools={schools} routes={routes} />;
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
    const body = <AccessibilityStatement publicUrl={this.config.publicUrl} regions={regions} />;
    sendPublic(
      req,
      res,
      renderPage({
        title: 'Toegankelijkheidsverklaring',
        description: "Hoe toegankelijk de openbare pagina's van Verbinder zijn, hoe we dat testen en wat nog niet goed is.",
        canonicalUrl: this.url('/toegankelijkheid'),
        body,
      }),
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
    const entries: Array<{ path: string; lastmod?: Date | null }> = [
      { path: '/publiek', lastmod: latest(regions.map((r) => r.updatedAt)) },
      { path: '/toegankelijkheid', lastmod: new Date(`${ACCESSIBILITY_STATEMENT_DATE}T00:00:00Z`) },
    ];
    for (const region of regions) {
      const base = `/publiek/${encodeURIComponent(region.slug)}`;
      const [activities, progress, { stories }] = await Promise.all([
        this.meetups.publicActivities(region.slug),
        this.actieagenda.publicProgress(region.slug),
        this.stories.publishedStories(region.slug),
      ]);
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
    const xml = sitemapXml(entries.map((e) => ({ loc: this.url(e.path), lastmod: e.lastmod })));
    sendPublic(req, res, xml, { cache: 'public', type: 'application/xml; charset=utf-8' });
  }

  private url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** The region of a slug, or null after sending the Dutch 404 page. */
  private region(req: Request, res: Response, slug: string, suffix: string): Promise<Region | null> {
    return orRegionNotFound(req, res, this.url(`/publiek/${encodeURIComponent(slug)}${suffix}`), () => this.regions.getRegion({ slug }));
  }
}

function latest(dates: ReadonlyArray<Date | null | undefined>): Date | null {
  const times = dates.filter((d): d is Date => d instanceof Date && !Number.isNaN(d.getTime())).map((d) => d.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}
