// The web app as people use it: for every demo persona, sign in and follow every in-app link
// reachable from the start page, breadth-first, by clicking the link when the page shows it (else
// by its address). Pages are deduplicated by path with ids and region slugs made generic
// (/school/:id, /regio/:slug/loket), so each page type is visited a bounded number of times and
// the crawl ends in a few minutes. A page fails on an error box ("Er ging iets mis" or the app's ErrorMessage), on
// "Pagina niet gevonden" (a dead link), on an empty <main>, on a console error or on an uncaught
// page error. Every page type a persona reaches is checked with axe-core (WCAG 2.1 A and AA) at
// desktop width (1280×800) and again at phone width (390×844), where it must also fit the screen.
// CRAWL_VERBOSE=1 prints the page types each persona reached.
import { DEMO_PERSONAS } from '@verbinder/identity/core';
import type { Page } from 'playwright-core';
import { browserSuite, newContext, screenshotsOnFailure, signIn } from '../support/browser';

const AXE = require.resolve('axe-core/axe.min.js');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** Visits of one page type (path with ids made generic) per persona. */
const VISITS_PER_TYPE = 2;
/** Pages per persona, so the crawl stays within minutes. */
const MAX_PAGES = 50;
/** First path segments the API serves itself (public site, files, sign-in flows, feeds): not SPA routes. */
const SERVER_PREFIXES = new Set([
  'auth',
  'bestanden',
  'privacy',
  'publiek',
  'loket',
  'agenda',
  'aanmelden',
  'healthz',
  'readyz',
  'robots.txt',
  'sitemap.xml',
  'toegankelijkheid',
  'verhalen',
  'mijn-gegevens',
  'mijn-gegevens.json',
  'graphql',
  'socket.io',
  'assets',
]);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** `/school/3f6c…/bewerken` → `/school/:id/bewerken`, `/regio/assen/loket` → `/regio/:slug/loket`: one page type. */
function pageType(path: string): string {
  return path
    .split('/')
    .map((segment, i, all) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment) || /^\d+$/.test(segment) ? ':id' : i === 2 && all[1] === 'regio' ? ':slug' : segment))
    .join('/');
}

/**
 * Goes to `path` as a person would: by clicking its link when the page shows one (client-side
 * routing, with the state of the pages before), else by loading the address. The HTTP status when it loaded.
 */
async function goTo(page: Page, origin: string, path: string, problems: string[]): Promise<number | null> {
  const link = page.locator(`a[href=${JSON.stringify(path)}]:visible`).first();
  if ((await link.count()) > 0) {
    const from = new URL(page.url()).pathname;
    await link.click();
    const arrived = await page
      .waitForFunction(`location.pathname + location.search === ${JSON.stringify(path)}`, undefined, { timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (arrived) return null;
    // A link to a page that redirects (/ goes to the person's region) ends where loading it ends.
    const clickedTo = new URL(page.url());
    const response = await page.goto(`${origin}${path}`);
    await settle(page);
    const loaded = new URL(page.url());
    if (`${loaded.pathname}${loaded.search}` !== `${clickedTo.pathname}${clickedTo.search}`) {
      problems.push(`${from}: clicking the link to ${path} went to ${clickedTo.pathname}${clickedTo.search}, loading it to ${loaded.pathname}${loaded.search}`);
    }
    return response?.status() ?? null;
  }
  const response = await page.goto(`${origin}${path}`);
  return response?.status() ?? null;
}

// The functions below run in the page; they are strings because the tests compile without the DOM library.

/** Waits until the page has a <main> with text and no loading indicator (or 15 s pass), then a moment for late renders. */
async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(`(() => { const main = document.querySelector('main'); return !!main && (main.textContent || '').trim().length > 0 && !document.querySelector('.vb-loading'); })()`, undefined, {
      timeout: 15_000,
    })
    .catch(() => undefined);
  await page.waitForTimeout(300);
}

/** What is wrong with the page as shown now (nothing: []). */
async function pageProblems(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const problems = [];
    const main = document.querySelector('main');
    if (!main) problems.push('no <main>');
    else if ((main.textContent || '').trim() === '') problems.push('blank page: <main> has no text');
    for (const alert of document.querySelectorAll('.vb-alert--error')) {
      const text = (alert.textContent || '').trim();
      if (text) problems.push('error box: ' + text.slice(0, 200));
    }
    if (/Er ging iets mis/.test(document.body.textContent || '')) problems.push('"Er ging iets mis" on the page');
    const h1 = (document.querySelector('h1') || {}).textContent || '';
    if (/Pagina niet gevonden/.test(h1)) problems.push('dead link: "Pagina niet gevonden"');
    if (document.querySelector('.vb-loading')) problems.push('still loading after 15 s');
    return problems;
  })()`)) as string[];
}

/** Same-origin links to SPA routes on the page, as paths (with their query). */
async function appLinks(page: Page, origin: string): Promise<string[]> {
  const hrefs = (await page.evaluate(`Array.from(document.querySelectorAll('a[href]')).filter((a) => !a.hasAttribute('download')).map((a) => a.href)`)) as string[];
  const paths: string[] = [];
  for (const href of hrefs) {
    const url = new URL(href);
    if (url.origin !== origin) continue;
    const first = url.pathname.split('/')[1] ?? '';
    if (SERVER_PREFIXES.has(first) || /\.\w{2,4}$/.test(url.pathname)) continue;
    paths.push(`${url.pathname}${url.search}`);
  }
  return paths;
}

/** axe-core on the page as it is now (WCAG 2.1 A and AA), as readable lines. */
async function axe(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ path: AXE });
  const { violations, passes } = (await page.evaluate(
    `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }).then((r) => ({ passes: r.passes.length, violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })) }))`,
  )) as { violations: AxeViolation[]; passes: number };
  if (passes <= 5) return [`${where}: axe checked almost nothing (${passes} passes)`];
  return violations.map(
    (v) => `${where}: axe [${v.impact}] ${v.id} — ${v.help}\n${v.nodes.map((n) => `      ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\n/g, ' ')}`).join('\n')}`,
  );
}

describe('crawl of the web app per demo persona', () => {
  const suite = browserSuite();

  it.each(DEMO_PERSONAS.map((persona) => ({ label: persona.label, key: persona.key })))(
    '$label: every reachable page renders without errors and passes axe at desktop and phone width',
    async ({ label, key }) => {
      const origin = suite.api.url;
      // axe is injected as a script, which the app's Content-Security-Policy (rightly) blocks.
      const context = await newContext(suite.browser, { viewport: DESKTOP, bypassCSP: true, defaultTimeoutMs: 30_000 });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console error: ${message.text()} (${message.location().url})`);
      });
      try {
        await screenshotsOnFailure({ [`crawl-${key}`]: page }, async () => {
          await signIn(page, origin, label);
          await settle(page);
          const start = new URL(page.url());
          const queue: string[] = [`${start.pathname}${start.search}`];
          const seen = new Set<string>(queue.map((p) => p.split('?')[0]));
          const visitsPerType = new Map<string, number>();
          const checkedTypes = new Set<string>();
          const problems: string[] = [];
          let visited = 0;
          while (queue.length && visited < MAX_PAGES) {
            const path = queue.shift() as string;
            const type = pageType(path.split('?')[0]);
            if ((visitsPerType.get(type) ?? 0) >= VISITS_PER_TYPE) continue;
            visitsPerType.set(type, (visitsPerType.get(type) ?? 0) + 1);
            visited++;
            errors.length = 0;
            const status = await goTo(page, origin, path, problems);
            await settle(page);
            const here = `${label} ${path}`;
            if (status && status >= 400) problems.push(`${here}: HTTP ${status}`);
            problems.push(...(await pageProblems(page)).map((p) => `${here}: ${p}`));
            if (!checkedTypes.has(type)) {
              checkedTypes.add(type);
              problems.push(...(await axe(page, `${here} (desktop)`)));
              await page.setViewportSize(PHONE);
              await page.waitForTimeout(300);
              problems.push(...(await pageProblems(page)).map((p) => `${here} (phone): ${p}`));
              const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
              if (width > PHONE.width) problems.push(`${here} (phone): ${width} px wide on a ${PHONE.width} px screen`);
              problems.push(...(await axe(page, `${here} (phone)`)));
              await page.setViewportSize(DESKTOP);
            }
            problems.push(...errors.map((e) => `${here}: ${e}`));
            for (const link of await appLinks(page, origin)) {
              const linkPath = link.split('?')[0];
              if (seen.has(linkPath)) continue;
              seen.add(linkPath);
              queue.push(link);
            }
          }
          if (process.env['CRAWL_VERBOSE']) console.log(`${label}: ${visited} pages, page types:\n${[...checkedTypes].join('\n')}`);
          expect(visited).toBeGreaterThan(3); // the crawl really went somewhere
          if (problems.length) throw new Error(`${problems.length} problem(s) crawling as ${label} (${visited} pages, ${checkedTypes.size} page types):\n${problems.join('\n')}`);
        });
      } finally {
        await context.close();
      }
    },
    420_000,
  );
});
