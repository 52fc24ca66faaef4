import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/**
 * The public site's page frame: server-rendered React (`renderToStaticMarkup`: every value is
 * escaped unless a page hands over sanitised HTML on purpose), no JavaScript, Dutch, readable on a
 * phone.
 */

/**
 * HTML-escapes a value for markup written outside React (only `absolutize` needs it). Pages are
 * components: React escapes for them.
 */
function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Makes root-relative `src`/`href` values in sanitised HTML absolute (for feeds and previews). */
export function absolutize(html: string, publicUrl: string): string {
  return html.replace(/\s(src|href)="\/(?!\/)/g, (_m, attr: string) => ` ${attr}="${escapeHtml(publicUrl)}/`);
}

export interface PageOptions {
  title: string;
  description: string;
  /** Absolute URL (PUBLIC_URL + path): `<link rel="canonical">` and og:url. */
  canonicalUrl: string;
  /** Language of the page (BCP 47); Dutch unless a translated page says otherwise. */
  lang?: string;
  /** Writing direction; set `rtl` for a translated page in a right-to-left language (Arabic). */
  dir?: 'ltr' | 'rtl';
  /** og:locale, e.g. `nl_NL` (default) or `en_GB` for a translated page. */
  ogLocale?: string;
  regionName?: string;
  /** With a region: a navigation between the region's public pages. */
  regionSlug?: string;
  /** og:type; `website` unless given (`article` for a story). */
  ogType?: string;
  /** Extra head tags, e.g. article:published_time, og:image, hreflang alternates. */
  head?: ReactNode;
  body: ReactNode;
}

const STYLES = `
:root { color-scheme: light; --ink:#1b1f24; --muted:#4b5563; --line:#d1d5db; --brand:#0b4f8a; --bg:#f6f7f9;
  --groen:#1f7a3a; --oranje:#a15c00; --rood:#b42318; --grijs:#4b5563; }
* { box-sizing: border-box; }
body { margin:0; font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
a { color: var(--brand); }
a:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
/* Hidden until focused by clipping, not by moving it off screen: an element at left:-999px widens a right-to-left page. */
.skip { position:absolute; top:1rem; inset-inline-start:1rem; width:1px; height:1px; overflow:hidden; clip-path:inset(50%); white-space:nowrap; }
.skip:focus { width:auto; height:auto; overflow:visible; clip-path:none; background:#fff; padding:.5rem; z-index:10; }
header.site { background: var(--brand); color:#fff; padding: .9rem 1.2rem; }
header.site a { color:#fff; text-decoration:none; font-weight:700; font-size:1.15rem; }
main { max-width: 52rem; margin: 0 auto; padding: 1.2rem; overflow-wrap: anywhere; }
img, video, iframe, table, pre { max-width: 100%; }
nav.talen ul { list-style:none; padding:0; display:flex; flex-wrap:wrap; gap:.3rem 1rem; }
h1 { font-size: 1.7rem; line-height:1.25; margin: .6rem 0; hyphens: auto; }
h2 { font-size: 1.3rem; margin: 1.8rem 0 .6rem; }
.lead { color: var(--muted); font-size: 1.05rem; }
.line { background:#fff; border:1px solid var(--line); border-radius: 10px; padding: 1rem 1.1rem; margin: 1rem 0; }
.actie { border-top: 1px solid var(--line); padding: .8rem 0 .2rem; }
.actie:first-of-type { border-top: 0; }
.actie h3 { font-size: 1.05rem; margin: 0 0 .3rem; }
.meta { display:flex; flex-wrap:wrap; gap:.5rem 1rem; align-items:center; color: var(--muted); font-size:.95rem; }
.status { font-weight:700; padding:.1rem .55rem; border-radius: 999px; border:2px solid currentColor; font-size:.85rem; }
.s-OP_KOERS { color: var(--groen); } .s-RISICO { color: var(--oranje); } .s-ACHTER { color: var(--rood); } .s-GEPAUZEERD { color: var(--grijs); }
.bar { width: 10rem; height: .7rem; background: #e5e7eb; border-radius: 999px; overflow: hidden; }
.bar > span { display:block; height:100%; background: var(--brand); }
.focus { font-size:.85rem; background:#fff4d6; color:#6b4500; padding:.05rem .5rem; border-radius: 6px; }
.fout { color: var(--rood); font-weight: 600; }
.fouten { border-color: var(--rood); }
.hint { color: var(--muted); font-size: .9rem; }
.hp { position:absolute; left:-10000px; top:auto; width:1px; height:1px; overflow:hidden; }
fieldset { min-width: 0; }
textarea { width: 100%; }
fieldset.line legend { font-weight: 700; padding: 0 .3rem; }
input, select, textarea { font: inherit; max-width: 100%; }
nav.regio { background:#fff; border-bottom:1px solid var(--line); padding:.5rem 1.2rem; }
nav.regio ul { list-style:none; margin:0 auto; padding:0; display:flex; flex-wrap:wrap; gap:.4rem 1.2rem; max-width:52rem; }
footer { max-width: 52rem; margin: 2rem auto; padding: 0 1.2rem 2rem; color: var(--muted); font-size: .9rem; }
`;

/** The site name in the title, og:site_name and the header. */
export const SITE_NAME = 'Verbinder';

/** On a translated page the frame (header, navigation, footer) stays Dutch: it says so. */
type FrameLang = { lang?: 'nl'; dir?: 'ltr' };

/** The region's public pages in its navigation (the path below /publiek/<slug>, the link text): home, leerroutes, progress, stories, activities and the business loket. */
const REGION_PAGES: ReadonlyArray<readonly [suffix: string, label: string]> = [
  ['', 'Over de regio'],
  ['/leerroutes', 'Leerroutes'],
  ['/actieagenda', 'Voortgang'],
  ['/verhalen', 'Verhalen'],
  ['/activiteiten', 'Activiteiten'],
  ['/loket', 'Bedrijvenloket'],
];

/** The region's public pages: home, leerroutes, progress, stories, activities and the business loket. */
function RegionNav({ slug, frame }: { slug: string; frame: FrameLang }) {
  const base = `/publiek/${encodeURIComponent(slug)}`;
  return (
    <nav {...frame} className="regio" aria-label="Regio">
      <ul>
        {REGION_PAGES.map(([suffix, label]) => (
          <li key={suffix}>
            <a href={`${base}${suffix}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The whole document of a public page. */
export function Page(o: PageOptions) {
  const frame: FrameLang = o.lang && o.lang !== 'nl' ? { lang: 'nl', dir: 'ltr' } : {};
  return (
    <html lang={o.lang ?? 'nl'} dir={o.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${o.title} · ${SITE_NAME}`}</title>
        <meta name="description" content={o.description} />
        <link rel="canonical" href={o.canonicalUrl} />
        <meta property="og:type" content={o.ogType ?? 'website'} />
        <meta property="og:title" content={o.title} />
        <meta property="og:description" content={o.description} />
        <meta property="og:url" content={o.canonicalUrl} />
        <meta property="og:locale" content={o.ogLocale ?? 'nl_NL'} />
        <meta property="og:site_name" content={SITE_NAME} />
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={o.title} />
        <meta name="twitter:description" content={o.description} />
        {o.head}
        <style dangerouslySetInnerHTML={{ __html: STYLES }} />
      </head>
      <body>
        <a {...frame} className="skip" href="#inhoud">
          Naar de inhoud
        </a>
        <header {...frame} className="site">
          <a href={o.regionSlug ? `/publiek/${encodeURIComponent(o.regionSlug)}` : '/publiek'}>{o.regionName ? `${SITE_NAME} · ${o.regionName}` : SITE_NAME}</a>
        </header>
        {o.regionSlug ? <RegionNav slug={o.regionSlug} frame={frame} /> : null}
        <main id="inhoud">{o.body}</main>
        <footer {...frame}>
          <p>Verbinder verbindt vmbo en mbo in de regio: scholen werken samen aan doorlopende leerroutes voor leerlingen.</p>
          <p>
            <a href="/publiek">Alle regio&apos;s</a> · <a href="/toegankelijkheid">Toegankelijkheid</a>
          </p>
        </footer>
      </body>
    </html>
  );
}

/** A public page as HTML: the doctype and the rendered document. */
export function renderPage(o: PageOptions): string {
  return `<!doctype html>\n${renderToStaticMarkup(<Page {...o} />)}`;
}

/** The Dutch 404 page for an unknown region (the same on every region page). */
export function regionNotFoundPage(canonicalUrl: string): string {
  return renderPage({
    title: 'Regio niet gevonden',
    description: 'Deze regio bestaat niet in Verbinder.',
    canonicalUrl,
    body: (
      <>
        <h1>Deze regio bestaat niet</h1>
        <p>Controleer het adres. Misschien is de link verouderd.</p>
        <p>
          <a href="/publiek">Bekijk alle regio&apos;s</a>
        </p>
      </>
    ),
  });
}

export interface MessagePageOptions {
  title: string;
  description: string;
  canonicalUrl: string;
  /** The page's paragraphs under the title (text). */
  paragraphs: readonly string[];
  /** Reload the page after this many seconds (an outage page). */
  refreshSeconds?: number;
  /** Links under the paragraphs (where to go instead). */
  links?: ReadonlyArray<{ href: string; text: string }>;
}

/** A short page that is never indexed: a heading and a few sentences (refusals, outages). */
export function renderMessagePage(o: MessagePageOptions): string {
  return renderPage({
    title: o.title,
    description: o.description,
    canonicalUrl: o.canonicalUrl,
    head: (
      <>
        {o.refreshSeconds ? <meta httpEquiv="refresh" content={String(o.refreshSeconds)} /> : null}
        <meta name="robots" content="noindex" />
      </>
    ),
    body: (
      <>
        <h1>{o.title}</h1>
        {o.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        {o.links?.map((l) => (
          <p key={l.href}>
            <a href={l.href}>{l.text}</a>
          </p>
        ))}
      </>
    ),
  });
}
