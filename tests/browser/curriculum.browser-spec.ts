// The curriculum comparison in the browser: the docent (a member of the Engels group) opens
// the demo comparison, reads the summary against the one-year maximum, filters the pairs,
// decides a pair inline, sees a paste with a bad row refused per row, and sees a decision
// taken elsewhere appear live (socket.io), without reloading.
import { join } from 'node:path';
import { browserSuite, SCREENSHOTS, signedInPage } from '../support/browser';
import { signedIn } from '../support/fixtures';
import type { GraphqlHttpClient } from '../support/graphql-client';
import { demoEngels } from '../support/werkgroepen-fixtures';

describe('curriculum comparison in the browser', () => {
  let docentApi: GraphqlHttpClient;
  let engelsId: string;
  const suite = browserSuite({
    setup: async (api) => {
      engelsId = (await demoEngels(await signedIn(api.url, 'beheerder'))).engelsId;
      docentApi = await signedIn(api.url, 'docent');
    },
  });

  it('shows, filters, edits and refreshes the comparison live', async () => {
    const { api, browser } = suite;
    const page = await signedInPage(browser, api.url, 'Docent');
    try {
      await page.goto(`${api.url}/werkgroep/${engelsId}/vergelijking`);
      await page.getByRole('heading', { level: 2, name: 'Vergelijking PTA en OER', exact: true }).waitFor();
      await page.getByText('110 uur van de hoogstens 1.600 uur').waitFor();
      const bar = page.getByRole('progressbar', { name: /maximale verkorting/ });
      expect(await bar.getAttribute('aria-valuenow')).toBe('7');
      await page.getByText('Leesvaardigheid ERK B1').first().waitFor();
      await page.getByText('Engels op niveau B1/B2').first().waitFor();

      const pairs = page.getByRole('table', { name: 'Koppelingen tussen vo- en mbo-onderdelen' });
      expect(await pairs.locator('tbody tr').count()).toBe(6);
      await page.getByRole('radio', { name: 'Zonder besluit' }).check();
      await page.getByText('2 koppelingen getoond van 6.').waitFor();
      expect(await pairs.locator('tbody tr').count()).toBe(2);

      // Decide the FIT pair inline.
      await page.getByRole('button', { name: 'Koppeling EN-PTA-KLV en GEN-EN-N4 bewerken' }).click();
      const form = page.getByRole('form', { name: 'Koppeling EN-PTA-KLV en GEN-EN-N4 bewerken' });
      await form.getByLabel('Besluit').selectOption({ label: 'Verdiepen' });
      await form.getByRole('button', { name: 'Koppeling opslaan' }).click();
      await page.getByText('1 koppeling getoond van 6.').waitFor();
      await page.getByRole('radio', { name: 'Alle' }).check();
      await pairs.locator('tbody tr', { hasText: 'EN-PTA-KLV' }).getByText('Verdiepen').waitFor();

      // A paste with a bad row: every problem per row, nothing stored.
      await page.getByText('Regels plakken uit een spreadsheet').click();
      await page.getByLabel('CSV-regels').fill('kant;soort;code;titel;omschrijving;school;studie-uren\nvo;keuzedeel;EN-X;Verkeerde kant;;Landstede MBO;veel');
      await page.getByRole('button', { name: 'Geplakte regels inlezen' }).click();
      const rowErrors = page.getByRole('table', { name: 'Fouten per rij' });
      await rowErrors.waitFor();
      expect(await rowErrors.locator('tbody tr').count()).toBe(3);
      await rowErrors.getByText(/Rij 2: een keuzedeel hoort niet aan de vo-kant/).waitFor();

      // A decision taken elsewhere shows up live.
      const { curriculum } = await docentApi.request<{ curriculum: { pairs: Array<{ id: string; voItem: { id: string; code: string }; mboItem: { id: string } }> } }>(
        'query($w: ID!) { curriculum(werkgroepId: $w) { pairs { id voItem { id code } mboItem { id } } } }',
        { w: engelsId },
      );
      const open = curriculum.pairs.find((p) => p.voItem.code === 'MVT/K/8') as (typeof curriculum.pairs)[number];
      await docentApi.request('mutation($input: CurriculumPairInput!) { saveCurriculumPair(input: $input) { id } }', {
        input: { id: open.id, werkgroepId: engelsId, voItemId: open.voItem.id, mboItemId: open.mboItem.id, relation: 'OVERLAP', decision: 'VERSNELLEN', hoursFreed: 90 },
      });
      await page.getByText('200 uur van de hoogstens 1.600 uur').waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, 'curriculum.png'), fullPage: true });
    } finally {
      await page.context().close();
    }
  }, 120_000);
});
