// Helpers for the browser suites (tests/browser): Debian's chromium driven by playwright-core,
// the built API and chromium started and stopped around a suite, Dutch browser contexts, signing
// in as a demo persona, waiting for a text to show, and screenshots of the pages when a test fails.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Locator, type Page } from 'playwright-core';
import { REPO_ROOT } from './api-process';
import { apiSuite, type ApiSuite, type ApiSuiteOptions, SetLater } from './api-suite';

export const CHROMIUM = '/usr/bin/chromium';
/** Where the suites write their screenshots (made by launchChromium). */
export const SCREENSHOTS = join(REPO_ROOT, 'tmp', 'screenshots');

/** Launches headless chromium (and makes the screenshot folder); fails with how to install chromium when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found. The browser tests drive Debian's chromium; .ci/run installs it ` + `(apt-get install -y chromium). Install it the same way to run them locally.`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    timeout: 60_000,
  });
}

export interface ContextOptions extends BrowserContextOptions {
  /** Playwright's default timeout for every step in the context. */
  defaultTimeoutMs?: number;
}

/** A Dutch (nl-NL, Europe/Amsterdam) desktop context (1280×900 unless `options` say otherwise). */
export async function newContext(browser: Browser, { defaultTimeoutMs = 20_000, ...options }: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(defaultTimeoutMs);
  return context;
}

/** A page in a new context of its own (see newContext). */
export async function newPage(browser: Browser, options?: ContextOptions): Promise<Page> {
  return (await newContext(browser, options)).newPage();
}

/** Signs `page` in on the demo sign-in page with the button "Inloggen als `persona`" (e.g. 'Docent'). */
export async function signIn(page: Page, apiUrl: string, persona: string): Promise<void> {
  await page.goto(`${apiUrl}/inloggen`);
  await page.getByRole('button', { name: `Inloggen als ${persona}` }).click();
  await page.waitForURL((url) => url.pathname !== '/inloggen');
}

/** A page in a new context, signed in as the demo persona (see signIn). */
export async function signedInPage(browser: Browser, apiUrl: string, persona: string, options?: ContextOptions): Promise<Page> {
  const page = await newPage(browser, options);
  await signIn(page, apiUrl, persona);
  return page;
}

/** Waits up to 10 s until the first element of `locator` contains `text`; fails with what it saw last. */
export async function expectText(locator: Locator, text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last = '';
  while (Date.now() < deadline) {
    last =
      (
        await locator
          .first()
          .textContent()
          .catch(() => null)
      )?.trim() ?? '';
    if (last.includes(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected "${text}", saw "${last}"`);
}

export interface BrowserSuite extends ApiSuite {
  /** Headless chromium (set in beforeAll). */
  readonly browser: Browser;
}

/**
 * apiSuite (the SMTP server with `mail`, `before`, the built API, `setup`) and then headless
 * chromium, which closes again before the API stops. Read `api`, `browser` and `smtp` from the
 * returned object inside the tests.
 */
export function browserSuite({ setup, timeoutMs = 150_000, ...options }: ApiSuiteOptions = {}): BrowserSuite {
  const late = new SetLater<{ browser: Browser }>({ browser: 'chromium did not start' });
  const suite = apiSuite({
    ...options,
    timeoutMs,
    setup: async (api) => {
      await setup?.(api);
      late.values.browser = await launchChromium();
    },
    beforeStop: async () => {
      await late.values.browser?.close();
      await options.beforeStop?.();
    },
  });
  return late.on(suite);
}

/**
 * Runs `steps`; when they fail, saves a full-page screenshot of every page as
 * SCREENSHOTS/<name>-failure.png (`pages` maps names to pages) and rethrows the failure.
 */
export async function screenshotsOnFailure(pages: Record<string, Page>, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    for (const [name, page] of Object.entries(pages)) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-failure.png`), fullPage: true }).catch(() => undefined);
    }
    throw error;
  }
}

/**
 * Collects the Apollo Client warnings `page` logs, readable: "Cache data may be lost …" as the
 * development build says it, or the production build's coded form (a go.apollo.dev/c/err link
 * with the message number and its arguments, decoded here).
 */
export function apolloWarnings(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    const coded = /go\.apollo\.dev\/c\/err#(\S+)/.exec(text);
    if (text.includes('Cache data may be lost')) seen.push(text);
    else if (coded && message.type() !== 'error') {
      let decoded = coded[1];
      try {
        decoded = JSON.stringify(JSON.parse(decodeURIComponent(coded[1])));
      } catch {
        // keep the raw text
      }
      seen.push(`Apollo warning ${decoded}`);
    }
  });
  return seen;
}
