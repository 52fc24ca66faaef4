// Smoke test of the web app served by the built API, in Debian's chromium driven by playwright-core.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

import type { BrowserContext, Page } from 'playwright-core';

import { browserSuite, newContext, SCREENSHOTS, screenshotsOnFailure } from '../support/browser';

const STEP_TIMEOUT_MS = 20_000;

describe('web app smoke (demo mode)', () => {
  const suite = browserSuite();
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    context = await newContext(suite.browser, { defaultTimeoutMs: STEP_TIMEOUT_MS });
  });

  async function onPage(name: string, run: (page: Page) => Promise<void>): Promise<void> {
    if (!context) throw new Error('browser or API did not start');
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The API's Content-Security-Policy must not block anything the pages need.
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    try {
      await screenshotsOnFailure({ [name]: page }, async () => {
        await run(page);
        expect(pageErrors).toEqual([]);
        expect(cspViolations).toEqual([]);
      });
    } finally {
      await page.close();
    }
  }

  it('sends a visitor to /inloggen and signs in as the demo Verbinder to the region page', async () => {
    await onPage('smoke-region', async (page) => {
      const url = suite.api.url;
      await page.goto(`${url}/`);
      await page.waitForURL((current) => current.pathname === '/inloggen');

      await page.getByRole('button', { name: 'Inloggen als Verbinder' }).click();

      const heading = page.getByRole('heading', { level: 1, name: 'Noord-West Veluwe' });
      // Generous: on a loaded CI machine the first page after sign-in can take a while (speed is benchmarked, not tested).
      await heading.waitFor({ state: 'visible', timeout: 60_000 });
      expect(await heading.textContent()).toContain('Noord-West Veluwe');

      const screenshot = join(SCREENSHOTS, 'smoke-region.png');
      rmSync(screenshot, { force: true });
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(statSync(screenshot).size).toBeGreaterThan(1_000);

      const session = (await page.context().cookies(url)).find((cookie) => cookie.name === 'vb_session');
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    });
  }, 90_000);

  it('shows the public region page under the Content-Security-Policy', async () => {
    await onPage('smoke-public', async (page) => {
      const response = await page.goto(`${suite.api.url}/publiek/noord-west-veluwe`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
      // The embedded stylesheet applies (inline styles are allowed, inline scripts are not).
      expect(await page.evaluate('getComputedStyle(document.body).fontSize')).toBe('17px');
    });
  }, 60_000);
});
