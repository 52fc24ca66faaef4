// A verbinder posts a check-in in the browser and sees the line's progress change; a second
// browser context (another verbinder on the dashboard) sees it change live, without reloading.
import { join } from 'node:path';
import { browserSuite, expectText, SCREENSHOTS, screenshotsOnFailure, signedInPage } from '../support/browser';
import { demoIds, DemoIds, signedIn } from '../support/fixtures';

describe('actieagenda in the browser', () => {
  let ids: DemoIds;
  const suite = browserSuite({
    setup: async (api) => {
      ids = await demoIds(await signedIn(api.url, 'beheerder'));
    },
  });

  it('posts a check-in and shows the new progress of its line, live in a second context', async () => {
    const { api, browser } = suite;
    const watcher = await signedInPage(browser, api.url, 'Beheerder');
    const verbinder = await signedInPage(browser, api.url, 'Verbinder');
    await screenshotsOnFailure({ 'actieagenda-verbinder': verbinder, 'actieagenda-watcher': watcher }, async () => {
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
    });
  }, 90_000);
});
