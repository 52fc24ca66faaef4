// A verbinder posts a check-in in the browser and sees the line's progress change; a second
// browser context (another verbinder on the dashboard) sees it change live, without reloading.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type ApiHandle, REPO_ROOT, startApi } from '../support/api-process';
import { demoIds, DemoIds, signedIn } from '../support/fixtures';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(REPO_ROOT, 'tmp', 'screenshots');

describe('actieagenda in the browser', () => {
  let api: ApiHandle;
  let browser: Browser;
  let ids: DemoIds;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: .ci/run installs it (apt-get install -y chromium).`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    api = await startApi();
    ids = await demoIds(await signedIn(api.url, 'beheerder'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      timeout: 60_000,
    });
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  }, 60_000);

  async function signedInPage(persona: 'verbinder' | 'beheerder'): Promise<Page> {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(`${api.url}/inloggen`);
    await page.getByRole('button', { name: persona === 'verbinder' ? 'Inloggen als Verbinder' : 'Inloggen als Beheerder' }).click();
    await page.waitForURL((url) => url.pathname !== '/inloggen');
    return page;
  }

  it('posts a check-in and shows the new progress of its line, live in a second context', async () => {
    const watcher = await signedInPage('beheerder');
    const verbinder = await signedInPage('verbinder');
    try {
      await watcher.goto(`${api.url}/regio/noord-west-veluwe/actieagenda`);
      await watcher.getByRole('heading', { level: 1, name: 'Actieagenda' }).waitFor();
      const watchedLine = watcher.getByTestId('lijn-1-voortgang');
      await expectText(watchedLine, '90%');

      await verbinder.goto(`${api.url}/actie/${ids.actieId}`);
      const form = verbinder.getByRole('form', { name: /^Check-in voor / });
      await form.getByLabel('Status').selectOption('OP_KOERS');
      await form.getByLabel('Voortgang in procenten').fill('100');
      await form.getByLabel('Wat is er gebeurd?').fill('Het rooster voor het hele jaar staat.');
      await form.getByRole('button', { name: 'Check-in opslaan' }).click();
      await verbinder.getByText('Het rooster voor het hele jaar staat.').first().waitFor();

      await verbinder.goto(`${api.url}/regio/noord-west-veluwe/actieagenda`);
      await expectText(verbinder.getByTestId('lijn-1-voortgang'), '100%');
      // The verbinders' dashboard also flags the werkgroep that meets weekly but does little in between.
      const signal = verbinder.locator('section', { has: verbinder.getByRole('heading', { name: 'Signaal schijnsamenwerking' }) });
      await expectText(signal, 'Vakgroep techniek');
      expect(await signal.textContent()).not.toContain('Interscolaire vakgroep Engels');
      // The watcher never reloaded: the change arrived over socket.io.
      await expectText(watchedLine, '100%');
      await watcher.screenshot({ path: join(SCREENSHOTS, 'actieagenda-live.png'), fullPage: true });
    } catch (error) {
      await verbinder.screenshot({ path: join(SCREENSHOTS, 'actieagenda-verbinder-failure.png'), fullPage: true }).catch(() => undefined);
      await watcher.screenshot({ path: join(SCREENSHOTS, 'actieagenda-watcher-failure.png'), fullPage: true }).catch(() => undefined);
      throw error;
    }
  }, 90_000);
});

async function expectText(locator: ReturnType<Page['getByTestId']>, text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.textContent())?.trim() ?? '';
    if (last.includes(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected "${text}", saw "${last}"`);
}
