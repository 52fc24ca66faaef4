// The demo docent uploads a document of a few MB to the Engels group in the browser and sees the
// upload progress bar move (the upload is slowed with Chromium's network throttling so the bar
// is observable every time), finds the document with Dutch search, uploads a second version and
// sees both versions in the history.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSuite, SCREENSHOTS, signedInPage } from '../support/browser';
import { signedIn } from '../support/fixtures';
import { demoEngels } from '../support/werkgroepen-fixtures';

const TITLE = 'Browsertest overstapdossier';

/** About 3 MB of text with a word to search for ("overstapdossiers"). */
function bigText(marker: string): Buffer {
  const lines: string[] = [];
  for (let i = 0; lines.join('\n').length < 50_000; i++) lines.push(`Regel ${i}: ${marker} over de overstapdossiers van vmbo naar mbo.`);
  const block = lines.join('\n') + '\n';
  return Buffer.from(block.repeat(Math.ceil((3 * 1024 * 1024) / block.length)));
}

describe('werkgroep documents in the browser', () => {
  let engelsId: string;
  const suite = browserSuite({
    setup: async (api) => {
      engelsId = (await demoEngels(await signedIn(api.url, 'beheerder'))).engelsId;
    },
  });

  const docentPage = () => signedInPage(suite.browser, suite.api.url, 'Docent', { defaultTimeoutMs: 30_000 });

  /** Records every value the upload progress bar shows (a MutationObserver in the page). */
  async function recordProgress(page: Page): Promise<void> {
    // A string, run in the page (the test's TypeScript has no DOM types).
    await page.evaluate(`(() => {
      window.__progress = [];
      const record = () => {
        for (const bar of document.querySelectorAll('[role="progressbar"]')) {
          const value = Number(bar.getAttribute('aria-valuenow'));
          if (window.__progress[window.__progress.length - 1] !== value) window.__progress.push(value);
        }
      };
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
    })()`);
  }

  /** Slows uploads to about 1 MB/s so the progress bar is seen moving, deterministically. */
  async function throttle(page: Page, on: boolean): Promise<void> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: on ? 20 : 0, downloadThroughput: -1, uploadThroughput: on ? 1024 * 1024 : -1 });
  }

  it('uploads with a visible progress bar, finds the document by search and shows both versions', async () => {
    const page = await docentPage();
    await page.goto(`${suite.api.url}/werkgroep/${engelsId}/documenten`);
    await page.getByRole('heading', { level: 2, name: 'Documenten', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Overdrachtsformulier vmbo-mbo: versies bekijken' }).waitFor();

    // Upload about 3 MB; the bar must show and report progress between 0 and 100.
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'overstapdossier.txt', mimeType: 'text/plain', buffer: bigText('eerste versie') });
    await page.getByLabel('Titel').fill(TITLE);
    await page.getByLabel('Toelichting bij deze versie').fill('Eerste versie uit de browsertest');
    await recordProgress(page);
    await throttle(page, true);
    await page.getByRole('button', { name: 'Uploaden', exact: true }).click();
    const bar = page.getByRole('progressbar', { name: 'Voortgang van het uploaden' });
    await bar.waitFor({ state: 'visible' });
    await page.getByText(/wordt geüpload: \d+%/).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'werkgroep-documents-upload-progress.png'), fullPage: true });
    await page.getByText(`“${TITLE}” is opgeslagen (versie 1).`).waitFor({ timeout: 60_000 });
    await throttle(page, false);
    const seen = await page.evaluate(() => (globalThis as unknown as { __progress: number[] }).__progress);
    expect(seen.some((v) => v > 0 && v < 100)).toBe(true);
    expect(await bar.count()).toBe(0);

    // Dutch search: "overstapdossier" finds "overstapdossiers".
    await page.getByRole('searchbox', { name: 'Zoek in de documenten' }).fill('overstapdossier');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const results = page.getByRole('list', { name: 'Zoekresultaten voor overstapdossier' });
    await results.getByRole('button', { name: TITLE }).waitFor();
    expect(await results.textContent()).toContain('overstapdossiers');
    await page.screenshot({ path: join(SCREENSHOTS, 'werkgroep-documents-search.png'), fullPage: true });

    // Version history, then a second version with a note: both versions are listed.
    await results.getByRole('button', { name: TITLE }).click();
    await page.getByRole('heading', { name: `Versies van “${TITLE}”` }).waitFor();
    await page.getByLabel('Bestand voor de nieuwe versie').setInputFiles({ name: 'overstapdossier-v2.txt', mimeType: 'text/plain', buffer: bigText('tweede versie') });
    await page.getByLabel('Wat is er veranderd?').fill('Tweede versie met aanvullingen');
    await page.getByRole('button', { name: 'Nieuwe versie uploaden' }).click();
    await page.getByText(`“${TITLE}” is opgeslagen (versie 2).`).waitFor({ timeout: 60_000 });
    const rows = page.getByTestId('document-version');
    await expect_count(rows, 2);
    expect(await rows.nth(0).textContent()).toContain('Versie 2');
    expect(await rows.nth(0).textContent()).toContain('Tweede versie met aanvullingen');
    expect(await rows.nth(1).textContent()).toContain('Versie 1');
    expect(await rows.nth(1).textContent()).toContain('Youssef El Amrani');
    await page.screenshot({ path: join(SCREENSHOTS, 'werkgroep-documents-versions.png'), fullPage: true });

    // The download link of version 1 serves the first file as an attachment.
    const href = await rows.nth(1).getByRole('link').getAttribute('href');
    const download = await page.evaluate(async (url) => {
      const response = await fetch(url as string);
      return { status: response.status, disposition: response.headers.get('content-disposition'), size: (await response.arrayBuffer()).byteLength };
    }, href);
    expect(download).toEqual({ status: 200, disposition: `attachment; filename="overstapdossier.txt"; filename*=UTF-8''overstapdossier.txt`, size: bigText('eerste versie').length });
    await page.context().close();
  }, 180_000);

  it('shows the draaiboek as Markdown, with its history and a diff marked with + and −', async () => {
    const page = await docentPage();
    await page.goto(`${suite.api.url}/werkgroep/${engelsId}/draaiboek`);
    await page.getByRole('heading', { level: 2, name: 'Draaiboek', exact: true }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Draaiboek interscolaire vakgroep Engels' }).waitFor();
    expect(await page.locator('.vb-markdown strong').first().textContent()).toBe('overlap');
    const diff = page.getByLabel('Verschil van versie 2 naar versie 3');
    await diff.waitFor();
    expect(await diff.textContent()).toContain('+Toegevoegd: - Notulen: Lotte Visser');
    await page.screenshot({ path: join(SCREENSHOTS, 'werkgroep-draaiboek.png'), fullPage: true });
    await page.context().close();
  }, 60_000);
});

async function expect_count(locator: ReturnType<Page['getByTestId']>, count: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if ((await locator.count()) === count) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${count} elements, saw ${await locator.count()}`);
}
