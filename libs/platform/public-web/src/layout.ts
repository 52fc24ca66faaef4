/**
 * The public site's page frame: server-rendered, no JavaScript, Dutch, readable on a phone.
 * Every dynamic value goes through `escapeHtml`.
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
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
  /** Extra head tags (already escaped), e.g. article:published_time, og:image, hreflang alternates. */
  head?: string;
  body: string;
}

const STYLES = `
:root { color-scheme: light; --ink:#1b1f24; --muted:#4b5563; --line:#d1d5db; --brand:#0b4f8a; --bg:#f6f7f9;
  --groen:#1f7a3a; --oranje:#a15c00; --rood:#b42318; --grijs:#4b5563; }
* { box-sizing: border-box; }
body { margin:0; font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
a { color: var(--brand); }
a:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.skip { position:absolute; left:-999px; } .skip:focus { left:1rem; top:1rem; background:#fff; padding:.5rem; }
header.site { background: var(--brand); color:#fff; padding: .9rem 1.2rem; }
header.site a { color:#fff; text-decoration:none; font-weight:700; font-size:1.15rem; }
main { max-width: 52rem; margin: 0 auto; padding: 1.2rem; }
h1 { font-size: 1.7rem; line-height:1.25; margin: .6rem 0; }
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
fieldset.line legend { font-weight: 700; padding: 0 .3rem; }
input, select, textarea { font: inherit; max-width: 100%; }
nav.regio { background:#fff; border-bottom:1px solid var(--line); padding:.5rem 1.2rem; }
nav.regio ul { list-style:none; margin:0 auto; padding:0; display:flex; flex-wrap:wrap; gap:.4rem 1.2rem; max-width:52rem; }
footer { max-width: 52rem; margin: 2rem auto; padding: 0 1.2rem 2rem; color: var(--muted); font-size: .9rem; }
`;

/** The site name in the title, og:site_name and the header. */
export const SITE_NAME = 'Verbinder';

/** The region's public pages: home, leerroutes, progress, activities and the business loket. */
function regionNav(slug: string): string {
  const base = `/publiek/${encodeURIComponent(slug)}`;
  return `<nav class="regio" aria-label="Regio"><ul>
<li><a href="${escapeHtml(base)}">Over de regio</a></li>
<li><a href="${escapeHtml(base)}/leerroutes">Leerroutes</a></li>
<li><a href="${escapeHtml(base)}/actieagenda">Voortgang</a></li>
<li><a href="${escapeHtml(base)}/verhalen">Verhalen</a></li>
<li><a href="${escapeHtml(base)}/activiteiten">Activiteiten</a></li>
<li><a href="${escapeHtml(base)}/loket">Bedrijvenloket</a></li>
</ul></nav>`;
}

export function renderPage(o: PageOptions): string {
  // On a translated page the frame (header, navigation, footer) stays Dutch: say so.
  const nl = o.lang && o.lang !== 'nl' ? ' lang="nl" dir="ltr"' : '';
  return `<!doctype html>
<html lang="${escapeHtml(o.lang ?? 'nl')}"${o.dir ? ` dir="${o.dir}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.title)} · ${SITE_NAME}</title>
<meta name="description" content="${escapeHtml(o.description)}">
<link rel="canonical" href="${escapeHtml(o.canonicalUrl)}">
<meta property="og:type" content="${escapeHtml(o.ogType ?? 'website')}">
<meta property="og:title" content="${escapeHtml(o.title)}">
<meta property="og:description" content="${escapeHtml(o.description)}">
<meta property="og:url" content="${escapeHtml(o.canonicalUrl)}">
<meta property="og:locale" content="${escapeHtml(o.ogLocale ?? 'nl_NL')}">
<meta property="og:site_name" content="${SITE_NAME}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${escapeHtml(o.title)}">
<meta name="twitter:description" content="${escapeHtml(o.description)}">
${o.head ?? ''}<style>${STYLES}</style>
</head>
<body>
<a class="skip" href="#inhoud"${nl}>Naar de inhoud</a>
<header class="site"${nl}><a href="${o.regionSlug ? `/publiek/${escapeHtml(encodeURIComponent(o.regionSlug))}` : '/publiek'}">${SITE_NAME}${o.regionName ? ` · ${escapeHtml(o.regionName)}` : ''}</a></header>
${o.regionSlug ? regionNav(o.regionSlug).replace('<nav ', `<nav${nl} `) : ''}
<main id="inhoud">
${o.body}
</main>
<footer${nl}><p>Verbinder verbindt vmbo en mbo in de regio: scholen werken samen aan doorlopende leerroutes voor leerlingen.</p>
<p><a href="/publiek">Alle regio's</a> · <a href="/toegankelijkheid">Toegankelijkheid</a></p></footer>
</body>
</html>`;
}

/** The Dutch 404 page for an unknown region (the same on every region page). */
export function regionNotFoundPage(canonicalUrl: string): string {
  return renderPage({
    title: 'Regio niet gevonden',
    description: 'Deze regio bestaat niet in Verbinder.',
    canonicalUrl,
    body: '<h1>Deze regio bestaat niet</h1><p>Controleer het adres. Misschien is de link verouderd.</p><p><a href="/publiek">Bekijk alle regio\'s</a></p>',
  });
}
