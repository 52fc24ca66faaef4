// A link from an e-mail to a page of the web app (/loketaanvraag/<id>) opened while signed out:
// the sign-in page remembers it, and after signing in with a password or as a demo persona the
// browser lands on that page, not on the region. A return path that leaves the site
// (//evil.example, https://evil.example, /\evil) is ignored: the browser stays on this origin.
// (The OIDC sign-in carries the same return path through /auth/oidc/login; tests/e2e/oidc.)
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@verbinder/identity/core';
import { browserSuite, newPage, screenshotsOnFailure } from '../support/browser';
import { demoIds, signedIn } from '../support/fixtures';

const ILSE = 'ilse.hoekstra@example.org';

describe('deep links survive signing in', () => {
  let request: { id: string; reference: string };

  const suite = browserSuite({
    setup: async (api) => {
      const loket = await signedIn(api.url, 'loket');
      const { regionId } = await demoIds(await signedIn(api.url, 'beheerder'));
      const { loketRequests } = await loket.request<{ loketRequests: Array<{ id: string; reference: string }> }>('query($r: ID!) { loketRequests(regionId: $r) { id reference } }', { r: regionId });
      request = loketRequests[0];
    },
  });

  async function openSignedOut(page: Page, path: string): Promise<void> {
    await page.goto(`${suite.api.url}${path}`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij Verbinder' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/inloggen');
  }

  async function expectRequestPage(page: Page): Promise<void> {
    await page.waitForURL((url) => url.pathname === `/loketaanvraag/${request.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(request.reference) }).waitFor();
  }

  it('returns to the request after signing in with e-mail address and password', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 390, height: 844 } });
    await screenshotsOnFailure({ 'deep-link-password': page }, async () => {
      await openSignedOut(page, `/loketaanvraag/${request.id}`);
      await page.getByLabel('E-mailadres').fill(ILSE);
      await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await expectRequestPage(page);
    });
    await page.context().close();
  }, 60_000);

  it('returns to the request after signing in as a demo persona', async () => {
    const page = await newPage(suite.browser);
    await screenshotsOnFailure({ 'deep-link-demo': page }, async () => {
      await openSignedOut(page, `/loketaanvraag/${request.id}`);
      await page.getByRole('button', { name: 'Inloggen als Loket-medewerker' }).click();
      await expectRequestPage(page);
    });
    await page.context().close();
  }, 60_000);

  it.each(['//evil.example', 'https://evil.example', '/\\evil', '/\\/evil.example'])(
    'ignores a return path off the site (%s) and stays on this origin',
    async (target) => {
      const page = await newPage(suite.browser);
      await screenshotsOnFailure({ 'deep-link-evil': page }, async () => {
        await page.goto(`${suite.api.url}/inloggen?naar=${encodeURIComponent(target)}`);
        await page.getByRole('button', { name: 'Inloggen als Loket-medewerker' }).click();
        await page.waitForURL((url) => url.pathname !== '/inloggen');
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        expect(new URL(page.url()).origin).toBe(suite.api.url);
      });
      await page.context().close();
    },
    60_000,
  );
});
