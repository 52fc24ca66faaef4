import { Controller, Get, Inject, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { Region, RegionsService } from '@verbinder/regions/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import { isDomainError } from '@verbinder/shared/kernel';
import { plainText, PublicStoriesService, RTL_LANGUAGES, Story, StoryTranslation } from '@verbinder/stories/core';
import { sendPublic } from '../public-site/http';
import { escapeHtml, regionNotFoundPage, renderPage } from '../public-site/layout';
import { absolutize, audienceText, dutchDate, firstImage, LANGUAGE_NAMES, newestFirst, OG_LOCALES, publishedOn, rfc822, STORY_CACHE_CONTROL, storyCard, storyPath } from '../public-site/stories';
import { HttpFaultFilter } from './http-fault.filter';

/**
 * The public story pages (server-rendered, no JavaScript): the region's stories, one story with
 * its translations (`?taal=en`), and the RSS 2.0 and Atom feeds. Everything comes from
 * `PublicStoriesService.publishedStories` / `publicStoryPage`, so only what may be public *now* is
 * shown: nothing before its time, nothing after a withdrawal (410 Gone).
 */
@UseFilters(HttpFaultFilter)
@Controller()
export class StoriesSiteController {
  constructor(
    private readonly stories: PublicStoriesService,
    private readonly regions: RegionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('publiek/:slug/verhalen')
  async list(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await this.region(req, res, slug, '/verhalen');
    if (!region) return;
    const { stories: published, validUntil } = await this.stories.publishedStories(region.slug);
    const stories = newestFirst(published);
    const base = `/publiek/${encodeURIComponent(region.slug)}/verhalen`;
    const body = `<h1>Verhalen uit ${escapeHtml(region.name)}</h1>
<p class="lead">Leerlingen, ouders, docenten en bedrijven vertellen over de overstap van het vmbo naar het mbo.</p>
${stories.length ? stories.map((s) => storyCard(region.slug, s, 'h2')).join('\n') : '<p>Er zijn nog geen verhalen.</p>'}
<p><a href="/publiek/${escapeHtml(encodeURIComponent(region.slug))}/zoeken">Zoeken in de verhalen</a></p>
<p>Volg de verhalen: <a href="/publiek/${escapeHtml(encodeURIComponent(region.slug))}/nieuwsbrief">nieuwsbrief per e-mail</a> · <a href="${escapeHtml(base)}.rss">RSS</a> · <a href="${escapeHtml(base)}.atom">Atom</a></p>`;
    sendPublic(
      req,
      res,
      renderPage({
        title: `Verhalen uit ${region.name}`,
        description: `Verhalen over de overstap van vmbo naar mbo in ${region.name}.`,
        canonicalUrl: this.url(base),
        regionName: region.name,
        regionSlug: region.slug,
        head: `<link rel="alternate" type="application/rss+xml" title="Verhalen uit ${escapeHtml(region.name)} (RSS)" href="${escapeHtml(this.url(`${base}.rss`))}">
<link rel="alternate" type="application/atom+xml" title="Verhalen uit ${escapeHtml(region.name)} (Atom)" href="${escapeHtml(this.url(`${base}.atom`))}">
`,
        body,
      }),
      { cache: 'public', cacheControl: STORY_CACHE_CONTROL, serverCacheUntil: validUntil },
    );
  }

  @Get('publiek/:slug/verhalen.rss')
  async rss(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await this.region(req, res, slug, '/verhalen.rss');
    if (!region) return;
    const { stories: published, validUntil } = await this.stories.publishedStories(region.slug);
    const stories = newestFirst(published);
    const list = this.url(`/publiek/${encodeURIComponent(region.slug)}/verhalen`);
    const x = escapeHtml;
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${x(`Verhalen uit ${region.name} · Verbinder`)}</title>
<link>${x(list)}</link>
<description>${x(`Verhalen over de overstap van vmbo naar mbo in ${region.name}.`)}</description>
<language>nl</language>
<atom:link href="${x(`${list}.rss`)}" rel="self" type="application/rss+xml"/>
${stories.length ? `<lastBuildDate>${rfc822(publishedOn(stories[0]))}</lastBuildDate>\n` : ''}${stories
      .map((s) => {
        const link = this.url(storyPath(region.slug, s.slug));
        return `<item>
<title>${x(s.title)}</title>
<link>${x(link)}</link>
<guid isPermaLink="true">${x(link)}</guid>
<pubDate>${rfc822(publishedOn(s))}</pubDate>
${s.audience.map((a) => `<category>${x(a.toLowerCase())}</category>`).join('')}
<description>${x(this.feedHtml(s))}</description>
</item>`;
      })
      .join('\n')}
</channel>
</rss>
`;
    sendPublic(req, res, xml, { cache: 'public', cacheControl: STORY_CACHE_CONTROL, type: 'application/rss+xml; charset=utf-8', serverCacheUntil: validUntil });
  }

  @Get('publiek/:slug/verhalen.atom')
  async atom(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await this.region(req, res, slug, '/verhalen.atom');
    if (!region) return;
    const { stories: published, validUntil } = await this.stories.publishedStories(region.slug);
    const stories = newestFirst(published);
    const list = this.url(`/publiek/${encodeURIComponent(region.slug)}/verhalen`);
    const x = escapeHtml;
    const updated = stories.length ? stories.map((s) => s.updatedAt).reduce((a, b) => (a > b ? a : b)) : region.updatedAt;
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
<id>${x(list)}</id>
<title>${x(`Verhalen uit ${region.name} · Verbinder`)}</title>
<subtitle>${x(`Verhalen over de overstap van vmbo naar mbo in ${region.name}.`)}</subtitle>
<link rel="self" type="application/atom+xml" href="${x(`${list}.atom`)}"/>
<link rel="alternate" type="text/html" href="${x(list)}"/>
<updated>${updated.toISOString()}</updated>
<author><name>Verbinder ${x(region.name)}</name></author>
${stories
  .map((s) => {
    const link = this.url(storyPath(region.slug, s.slug));
    return `<entry>
<id>${x(link)}</id>
<title>${x(s.title)}</title>
<link rel="alternate" type="text/html" href="${x(link)}"/>
<published>${publishedOn(s).toISOString()}</published>
<updated>${(s.updatedAt > publishedOn(s) ? s.updatedAt : publishedOn(s)).toISOString()}</updated>
<summary>${x(s.lead)}</summary>
<content type="html">${x(this.feedHtml(s))}</content>
</entry>`;
  })
  .join('\n')}
</feed>
`;
    sendPublic(req, res, xml, { cache: 'public', cacheControl: STORY_CACHE_CONTROL, type: 'application/atom+xml; charset=utf-8', serverCacheUntil: validUntil });
  }

  /** Dutch full-text search (stemming) over the stories that are public now; a plain GET form. */
  @Get('publiek/:slug/zoeken')
  async search(@Param('slug') slug: string, @Query('q') q: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await this.region(req, res, slug, '/zoeken');
    if (!region) return;
    const query = typeof q === 'string' ? q.trim().slice(0, 200) : '';
    const hits = query ? await this.stories.searchPublished(region.slug, query) : [];
    const path = `/publiek/${encodeURIComponent(region.slug)}/zoeken`;
    const results = !query
      ? ''
      : `<section aria-labelledby="resultaten"><h2 id="resultaten">${hits.length === 0 ? `Geen verhalen gevonden voor “${escapeHtml(query)}”` : `${hits.length === 1 ? '1 verhaal' : `${hits.length} verhalen`} gevonden voor “${escapeHtml(query)}”`}</h2>
${hits.length ? hits.map((s) => storyCard(region.slug, s, 'h3')).join('\n') : '<p>Probeer een ander woord, of bekijk <a href="/publiek/' + escapeHtml(encodeURIComponent(region.slug)) + '/verhalen">alle verhalen</a>.</p>'}</section>`;
    const body = `<h1>Zoeken in de verhalen uit ${escapeHtml(region.name)}</h1>
<form method="get" action="${escapeHtml(path)}" role="search" class="line">
<p><label for="q">Zoekwoord</label><br><input type="search" id="q" name="q" value="${escapeHtml(query)}" maxlength="200"></p>
<p><button type="submit">Zoeken</button></p>
</form>
${results}`;
    sendPublic(
      req,
      res,
      renderPage({
        title: query ? `Zoeken: ${query}` : `Zoeken in de verhalen`,
        description: `Zoek in de verhalen uit ${region.name}.`,
        canonicalUrl: this.url(path),
        regionName: region.name,
        regionSlug: region.slug,
        head: query ? '<meta name="robots" content="noindex">\n' : '',
        body,
      }),
      { cache: 'public', cacheControl: STORY_CACHE_CONTROL },
    );
  }

  @Get('publiek/:slug/verhalen/:story')
  async story(@Param('slug') slug: string, @Param('story') storySlug: string, @Query('taal') taal: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const path = storyPath(slug, storySlug);
    const region = await this.region(req, res, slug, `/verhalen/${encodeURIComponent(storySlug)}`);
    if (!region) return;
    const found = await this.stories.publicStoryPage(region.slug, storySlug);
    const list = `/publiek/${encodeURIComponent(region.slug)}/verhalen`;
    if (found === 'GONE' || found === null) {
      const gone = found === 'GONE';
      const page = renderPage({
        title: gone ? 'Verhaal niet meer beschikbaar' : 'Verhaal niet gevonden',
        description: gone ? 'Dit verhaal staat niet meer online.' : 'Dit verhaal bestaat niet.',
        canonicalUrl: this.url(path),
        regionName: region.name,
        regionSlug: region.slug,
        body: gone
          ? `<h1>Dit verhaal staat niet meer online</h1><p>De school heeft dit verhaal offline gehaald. Dat kan bijvoorbeeld omdat iemand in het verhaal zijn toestemming heeft ingetrokken.</p><p><a href="${escapeHtml(list)}">Lees andere verhalen uit ${escapeHtml(region.name)}</a></p>`
          : `<h1>Dit verhaal bestaat niet</h1><p>Controleer het adres. Misschien is de link verouderd.</p><p><a href="${escapeHtml(list)}">Bekijk alle verhalen uit ${escapeHtml(region.name)}</a></p>`,
      });
      sendPublic(req, res, page, { cache: 'public', status: gone ? 410 : 404, cacheControl: STORY_CACHE_CONTROL });
      return;
    }
    const { story, translations, validUntil } = found;
    const translation: StoryTranslation | undefined = taal && taal !== 'nl' ? translations.find((t) => t.language === taal) : undefined;
    const lang = translation?.language ?? 'nl';
    const content = translation ?? story;
    const canonicalPath = lang === 'nl' ? path : `${path}?taal=${encodeURIComponent(lang)}`;
    const languages = ['nl', ...translations.map((t) => t.language).sort()];
    const hrefOf = (l: string) => (l === 'nl' ? path : `${path}?taal=${encodeURIComponent(l)}`);
    const image = firstImage(content.body);
    const published = publishedOn(story);
    const head = [
      `<meta property="article:published_time" content="${published.toISOString()}">`,
      `<meta property="article:modified_time" content="${story.updatedAt.toISOString()}">`,
      ...story.tags.map((t) => `<meta property="article:tag" content="${escapeHtml(t)}">`),
      ...(image ? [`<meta property="og:image" content="${escapeHtml(this.url(image.src))}">`, `<meta property="og:image:alt" content="${escapeHtml(image.alt)}">`] : []),
      ...languages.filter((l) => l !== lang).map((l) => `<meta property="og:locale:alternate" content="${OG_LOCALES[l] ?? l}">`),
      ...languages.map((l) => `<link rel="alternate" hreflang="${escapeHtml(l)}" href="${escapeHtml(this.url(hrefOf(l)))}">`),
      `<link rel="alternate" hreflang="x-default" href="${escapeHtml(this.url(path))}">`,
    ].join('\n');
    const picker =
      languages.length > 1
        ? `<nav class="talen" aria-label="Taal" lang="nl" dir="ltr"><p>Lees dit verhaal in:</p><ul>${languages
            .map((l) =>
              l === lang
                ? `<li><a href="${escapeHtml(hrefOf(l))}" hreflang="${escapeHtml(l)}" lang="${escapeHtml(l)}" aria-current="page">${escapeHtml(LANGUAGE_NAMES[l] ?? l)}</a></li>`
                : `<li><a href="${escapeHtml(hrefOf(l))}" hreflang="${escapeHtml(l)}" lang="${escapeHtml(l)}">${escapeHtml(LANGUAGE_NAMES[l] ?? l)}</a></li>`,
            )
            .join('\n')}</ul></nav>`
        : '';
    const body = `${picker}
<article>
<h1>${escapeHtml(content.title)}</h1>
<p class="meta" lang="nl" dir="ltr"><time datetime="${published.toISOString()}">${escapeHtml(dutchDate(published))}</time> <span>${escapeHtml(audienceText(story.audience))}</span></p>
<p class="lead">${escapeHtml(content.lead)}</p>
<div class="verhaal">${content.body}</div>
</article>
<p lang="nl" dir="ltr"><a href="${escapeHtml(list)}">Meer verhalen uit ${escapeHtml(region.name)}</a></p>`;
    sendPublic(
      req,
      res,
      renderPage({
        title: content.title,
        description: content.lead || plainText(content.body).slice(0, 200),
        canonicalUrl: this.url(canonicalPath),
        lang,
        dir: RTL_LANGUAGES.includes(lang) ? 'rtl' : undefined,
        ogLocale: OG_LOCALES[lang],
        ogType: 'article',
        regionName: region.name,
        regionSlug: region.slug,
        head: `${head}\n`,
        body,
      }),
      { cache: 'public', cacheControl: STORY_CACHE_CONTROL, serverCacheUntil: validUntil },
    );
  }

  /** The feed item's HTML: the lead and the sanitised body with absolute links and images. */
  private feedHtml(s: Story): string {
    return `<p>${escapeHtml(s.lead)}</p>${absolutize(s.body, this.config.publicUrl)}`;
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
