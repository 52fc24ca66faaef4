// The web app's header on a phone (390×844): folded to one row (brand, notifications, "Menu"),
// so the page starts in the first screen; the Menu button opens the navigation and the account
// links, and choosing a page folds it again. On a desktop the menu is always shown.
import { browserSuite, screenshotsOnFailure, signedInPage } from '../support/browser';

const PHONE = { width: 390, height: 844 };

describe('the web app header on a phone', () => {
  const suite = browserSuite();

  it('takes at most a tenth of the screen, and opens and closes the menu', async () => {
    const { api, browser } = suite;
    const page = await signedInPage(browser, api.url, 'Verbinder', { viewport: PHONE });
    await screenshotsOnFailure({ 'phone-header': page }, async () => {
      for (const path of ['/regio/noord-west-veluwe', '/regio/noord-west-veluwe/actieagenda', '/regio/noord-west-veluwe/werkgroepen', '/regio/noord-west-veluwe/loket']) {
        await page.goto(`${api.url}${path}`);
        const heading = page.getByRole('heading', { level: 1 }).first();
        await heading.waitFor();
        const header = (await page.locator('header.vb-shell__header').boundingBox())!;
        expect({ path, headerFits: header.height <= PHONE.height / 10 }).toEqual({ path, headerFits: true });
        const box = (await heading.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
      }
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      expect(await menu.isVisible()).toBe(false);
      const toggle = page.getByRole('button', { name: 'Menu' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await page.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(true);
      await menu.getByRole('link', { name: 'Taalbrug' }).click();
      await page.waitForURL((url) => url.pathname === '/regio/noord-west-veluwe/taalbrug');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await menu.isVisible()).toBe(false);
    });
    await page.context().close();
  }, 90_000);

  it('shows the whole menu on a desktop, without a Menu button', async () => {
    const { api, browser } = suite;
    const page = await signedInPage(browser, api.url, 'Verbinder');
    await page.goto(`${api.url}/regio/noord-west-veluwe`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    await page.context().close();
  }, 60_000);
});
