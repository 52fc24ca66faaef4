// Helpers for the browser suites (tests/browser): Debian's chromium driven by playwright-core,
// Dutch browser contexts, signing in as a demo persona, and waiting for a text to show.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Locator, type Page } from 'playwright-core';
import { REPO_ROOT } from './api-process';

export const CHROMIUM = '/usr/bin/chromium';
/** Where the suites write their screenshots (made by launchChromium). */
export const SCREENSHOTS = join(REPO_ROOT, 'tmp', 'screenshots');

/** Launches headless chromium (and makes the screenshot folder); fails with how to install chromium when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found. The browser tests drive Debian's chromium; .ci/run installs it ` +
        `(apt-get install -y chromium). Install it the same way to run them locally.`,
    );
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
    last = (await locator.first().textContent().catch(() => null))?.trim() ?? '';
    if (last.includes(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected "${text}", saw "${last}"`);
}
