import { Controller, Get, Inject, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { Region, RegionsService } from '@verbinder/regions/core';
import { plainText, RTL_LANGUAGES, Story, PublicStoriesService, StoryTranslation } from '@verbinder/stories/core';
import { absolutize, HttpFaultFilter, orRegionNotFound, type PageOptions, renderPage, type SendOptions, sendPublic } from '@verbinder/platform/public-web';
import { storiesAtom, StoriesFeedInput, storiesRss } from './feeds';
import { audienceText, dutchDate, firstImage, LANGUAGE_NAMES, newestFirst, OG_LOCALES, publishedOn, STORY_CACHE_CONTROL, StoryCard, storyPath } from './stories';
import { renderToStaticMarkup } from 'react-dom/server';

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
    const regionPath = `/publiek/${encodeURIComponent(region.slug)}`;
    const body = (
      <>
        <h1>Verhalen uit {region.name}</h1>
        <p className="lead">Leerlingen, ouders, docenten en bedrijven vertellen over de overstap van het vmbo naar het mbo.</p>
        {stories.length ? stories.map((s) => <StoryCard key={s.id} regionSlug={region.slug} story={s} heading="h2" />) : <p>Er zijn nog geen verhalen.</p>}
        <p>
          <a href={`${regionPath}/zoeken`}>Zoeken in de verhalen</a>
        </p>
        <p>
          Volg de verhalen: <a href={`${regionPath}/nieuwsbrief`}>nieuwsbrief per e-mail</a> · <a href={`${base}.rss`}>RSS</a> · <a href={`${base}.atom`}>Atom</a>
        </p>
      </>
    );
    this.sendPage(req, res, region, {
      title: `Verhalen uit ${region.name}`,
      description: `Verhalen over de overstap van vmbo naar mbo in ${region.name}.`,
      path: base,
      head: (
        <>
          <link rel="alternate" type="application/rss+xml" title={`Verhalen uit ${region.name} (RSS)`} href={this.url(`${base}.rss`)} />
          <link rel="alternate" type="application/atom+xml" title={`Verhalen uit ${region.name} (Atom)`} href={this.url(`${base}.atom`)} />
        </>
      ),
      body,
      serverCacheUntil: validUntil,
    });
  }

  @Get('publiek/:slug/verhalen.rss')
  async rss(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const feed = await this.feedInput(req, res, slug, '/verhalen.rss');
    if (!feed) return;
    sendPublic(req, res, storiesRss(feed.input), { cache: 'public', cacheControl: STORY_CACHE_CONTROL, type: 'application/rss+xml; charset=utf-8', serverCacheUntil: feed.validUntil });
  }

  @Get('publiek/:slug/verhalen.atom')
  async atom(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const feed = await this.feedInput(req, res, slug, '/verhalen.atom');
    if (!feed) return;
    sendPublic(req, res, storiesAtom(feed.input), { cache: 'public', cacheControl: STORY_CACHE_CONTROL, type: 'application/atom+xml; charset=utf-8', serverCacheUntil: feed.validUntil });
  }

  /** What both feeds show: the stories public now, newest first; null after the Dutch 404 page. */
  private async feedInput(req: Request, res: Response, slug: string, suffix: string): Promise<{ input: StoriesFeedInput; validUntil: Date } | null> {
    const region = await this.region(req, res, slug, suffix);
    if (!region) return null;
    const { stories, validUntil } = await this.stories.publishedStories(region.slug);
    const input: StoriesFeedInput = {
      region,
      stories: newestFirst(stories),
      listUrl: this.url(`/publiek/${encodeURIComponent(region.slug)}/verhalen`),
      storyUrl: (s) => this.url(storyPath(region.slug, s.slug)),
      itemHtml: (s) => this.feedHtml(s),
    };
    return { input, validUntil };
  }

  /** Dutch full-text search (stemming) over the stories that are public now; a plain GET form. */
  @Get('publiek/:slug/zoeken')
  async search(@Param('slug') slug: string, @Query('q') q: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await this.region(req, res, slug, '/zoeken');
    if (!region) return;
    const query = typeof q === 'string' ? q.trim().slice(0, 200) : '';
    const hits = query ? await this.stories.searchPublished(region.slug, query) : [];
    const path = `/publiek/${encodeURIComponent(region.slug)}/zoeken`;
    const found = hits.length === 1 ? '1 verhaal' : `${hits.length} verhalen`;
    const results = !query ? null : (
      <section aria-labelledby="resultaten">
        <h2 id="resultaten">{hits.length === 0 ? `Geen verhalen gevonden voor “${query}”` : `${found} gevonden voor “${query}”`}</h2>
        {hits.length ? (
          hits.map((s) => <StoryCard key={s.id} regionSlug={region.slug} story={s} heading="h3" />)
        ) : (
          <p>
            Probeer een ander woord, of bekijk <a href={`/publiek/${encodeURIComponent(region.slug)}/verhalen`}>alle verhalen</a>.
          </p>
        )}
      </section>
    );
    const body = (
      <>
        <h1>Zoeken in de verhalen uit {region.name}</h1>
        <form method="get" action={path} role="search" className="line">
          <p>
            <label htmlFor="q">Zoekwoord</label>
            <br />
            <input type="search" id="q" name="q" defaultValue={query} maxLength={200} />
          </p>
          <p>
            <button type="submit">Zoeken</button>
          </p>
        </form>
        {results}
      </>
    );
    this.sendPage(req, res, region, {
      title: query ? `Zoeken: ${query}` : `Zoeken in de verhalen`,
      description: `Zoek in de verhalen uit ${region.name}.`,
      path,
      head: query ? <meta name="robots" content="noindex" /> : null,
      body,
    });
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
      this.sendPage(req, res, region, {
        title: gone ? 'Verhaal niet meer beschikbaar' : 'Verhaal niet gevonden',
        description: gone ? 'Dit verhaal staat niet meer online.' : 'Dit verhaal bestaat niet.',
        path,
        body: gone ? (
          <>
            <h1>Dit verhaal staat niet meer online</h1>
            <p>De school heeft dit verhaal offline gehaald. Dat kan bijvoorbeeld omdat iemand in het verhaal zijn toestemming heeft ingetrokken.</p>
            <p>
              <a href={list}>Lees andere verhalen uit {region.name}</a>
            </p>
          </>
        ) : (
          <>
            <h1>Dit verhaal bestaat niet</h1>
            <p>Controleer het adres. Misschien is de link verouderd.</p>
            <p>
              <a href={list}>Bekijk alle verhalen uit {region.name}</a>
            </p>
          </>
        ),
        status: gone ? 410 : 404,
      });
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
    const head = (
      <>
        <meta property="article:published_time" content={published.toISOString()} />
        <meta property="article:modified_time" content={story.updatedAt.toISOString()} />
        {story.tags.map((t) => (
          <meta key={`tag-${t}`} property="article:tag" content={t} />
        ))}
        {image ? <meta property="og:image" content={this.url(image.src)} /> : null}
        {image ? <meta property="og:image:alt" content={image.alt} /> : null}
        {languages
          .filter((l) => l !== lang)
          .map((l) => (
            <meta key={`locale-${l}`} property="og:locale:alternate" content={OG_LOCALES[l] ?? l} />
          ))}
        {languages.map((l) => (
          <link key={`alt-${l}`} rel="alternate" hrefLang={l} href={this.url(hrefOf(l))} />
        ))}
        <link rel="alternate" hrefLang="x-default" href={this.url(path)} />
      </>
    );
    const picker =
      languages.length > 1 ? (
        <nav className="talen" aria-label="Taal" lang="nl" dir="ltr">
          <p>Lees dit verhaal in:</p>
          <ul>
            {languages.map((l) => (
              <li key={l}>
                <a href={hrefOf(l)} hrefLang={l} lang={l} aria-current={l === lang ? 'page' : undefined}>
                  {LANGUAGE_NAMES[l] ?? l}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null;
    const body = (
      <>
        {picker}
        <article>
          <h1>{content.title}</h1>
          <p className="meta" lang="nl" dir="ltr">
            <time dateTime={published.toISOString()}>{dutchDate(published)}</time> <span>{audienceText(story.audience)}</span>
          </p>
          <p className="lead">{content.lead}</p>
          {/* The body is sanitised HTML (sanitize-html, our own image URLs only) when it is saved. */}
          <div className="verhaal" dangerouslySetInnerHTML={{ __html: content.body }} />
        </article>
        <p lang="nl" dir="ltr">
          <a href={list}>Meer verhalen uit {region.name}</a>
        </p>
      </>
    );
    this.sendPage(req, res, region, {
      title: content.title,
      description: content.lead || plainText(content.body).slice(0, 200),
      path: canonicalPath,
      lang,
      dir: RTL_LANGUAGES.includes(lang) ? 'rtl' : undefined,
      ogLocale: OG_LOCALES[lang],
      ogType: 'article',
      head,
      body,
      serverCacheUntil: validUntil,
    });
  }

  /** The feed item's HTML: the lead and the sanitised body with absolute links and images. */
  private feedHtml(s: Story): string {
    return `${renderToStaticMarkup(<p>{s.lead}</p>)}${absolutize(s.body, this.config.publicUrl)}`;
  }

  /** A page of the region's stories at `path`: public, revalidated on every view (STORY_CACHE_CONTROL), with the region's navigation. */
  private sendPage(
    req: Request,
    res: Response,
    region: Region,
    { path, status, serverCacheUntil, ...page }: Omit<PageOptions, 'canonicalUrl' | 'regionName' | 'regionSlug'> & { path: string } & Pick<SendOptions, 'status' | 'serverCacheUntil'>,
  ): void {
    sendPublic(req, res, renderPage({ ...page, canonicalUrl: this.url(path), regionName: region.name, regionSlug: region.slug }), {
      cache: 'public',
      cacheControl: STORY_CACHE_CONTROL,
      status,
      serverCacheUntil,
    });
  }

  private url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** The region of a slug, or null after sending the Dutch 404 page. */
  private region(req: Request, res: Response, slug: string, suffix: string): Promise<Region | null> {
    return orRegionNotFound(req, res, this.url(`/publiek/${encodeURIComponent(slug)}${suffix}`), () => this.regions.getRegion({ slug }));
  }
}
