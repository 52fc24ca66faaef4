// The "Mijn gegevens" card of Mijn account (/profiel) with an export prepared in the background
// (PERSON_EXPORT_INLINE_MAX_ROWS=5): once the person opened their data it shows the progress ("… van … onderdelen") and, without a reload, that
// the data are ready, with the download link; the download is their own data.
import { browserSuite, screenshotsOnFailure, signedInPage } from '../support/browser';

describe('Mijn gegevens: an export prepared in the background', () => {
  const suite = browserSuite({ start: { env: { PERSON_EXPORT_INLINE_MAX_ROWS: '5', OUTBOX_POLL_MS: '1500' } } });

  it('shows the progress on the account page and then the download', async () => {
    const { api, browser } = suite;
    const page = await signedInPage(browser, api.url, 'Verbinder');
    await screenshotsOnFailure({ 'person-data-export': page }, async () => {
      await page.goto(`${api.url}/profiel`);
      const card = page.locator('section.vb-card').filter({ has: page.getByRole('heading', { name: 'Mijn gegevens', exact: true }) });
      await card.getByRole('link', { name: 'Mijn gegevens bekijken' }).waitFor();

      // Opening the data starts the preparation: the page says so, with the progress.
      await page.goto(`${api.url}/privacy/mijn-gegevens`);
      expect(await page.getByText(/Je gegevens worden klaargezet: \d+ van \d+ onderdelen/).count()).toBe(1);

      // Back on the account page: the progress or already the result, then the download without a reload.
      await page.goto(`${api.url}/profiel`);
      await card.getByRole('status').waitFor();
      expect(await card.getByRole('status').textContent()).toMatch(/Je gegevens worden klaargezet: \d+ van \d+ onderdelen|Je gegevens staan klaar/);
      await card.getByText(/Je gegevens staan klaar tot/).waitFor({ timeout: 60_000 });
      const link = card.getByRole('link', { name: 'Download je klaargezette gegevens' });
      expect(await link.getAttribute('href')).toBe('/privacy/mijn-gegevens.json');
      const download = await page.request.get(`${api.url}/privacy/mijn-gegevens.json`);
      expect(download.status()).toBe(200);
      expect(((await download.json()) as { person: { email: string } }).person.email).toBe('sanne.devries@example.org');
    });
    await page.context().close();
  }, 120_000);
});
