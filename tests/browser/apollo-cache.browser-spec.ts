// Apollo works without warnings (issue #18, item 13d): a group's permissions, fetched in parts by
// the list and by the tabs, merge in the cache ("Cache data may be lost when replacing the
// permissions field of a Werkgroep object"), and the story editor refetches only queries that are
// on screen ("Unknown query named RedactieStories requested in refetchQueries"). Any Apollo
// warning, readable or in the production build's coded form, fails the test.
import { apolloWarnings, browserSuite, expectText, screenshotsOnFailure, signedInPage } from '../support/browser';
import { signedIn } from '../support/fixtures';
import { demoEngels } from '../support/werkgroepen-fixtures';

const REGION = '/regio/noord-west-veluwe';

describe('Apollo cache without merge warnings', () => {
  let engelsId: string;
  const suite = browserSuite({
    setup: async (api) => {
      engelsId = (await demoEngels(await signedIn(api.url, 'beheerder'))).engelsId;
    },
  });

  it('opens the tabs of a werkgroep and goes back to the list without cache warnings', async () => {
    const page = await signedInPage(suite.browser, suite.api.url, 'Docent');
    const warnings = apolloWarnings(page);
    await screenshotsOnFailure({ 'apollo-cache-werkgroep': page }, async () => {
      // Each tab opened on its own: the group's header query selects all permissions, the tab's
      // own query (loaded after it) a part of them.
      for (const [tab, heading] of [
        ['documenten', 'Documenten'],
        ['vergelijking', 'Vergelijking PTA en OER'],
        ['leden', 'Leden'],
      ]) {
        await page.goto(`${suite.api.url}/werkgroep/${engelsId}/${tab}`);
        await page.getByRole('heading', { level: 2, name: heading }).first().waitFor();
        await page.waitForLoadState('networkidle');
      }
      // And through the app: the list, a group, its tabs and back.
      await page.goto(`${suite.api.url}${REGION}/werkgroepen`);
      await page.getByRole('link', { name: 'Interscolaire vakgroep Engels' }).click();
      await page.getByRole('heading', { level: 1, name: 'Interscolaire vakgroep Engels' }).waitFor();
      await page.getByRole('link', { name: 'Documenten', exact: true }).first().click();
      await page.getByRole('heading', { level: 2, name: 'Documenten' }).first().waitFor();
      await page.goBack();
      await page.goBack();
      await page.getByRole('list', { name: 'Werkgroepen' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(warnings).toEqual([]);
    });
    await page.context().close();
  }, 90_000);

  it('creates a story and edits its text in the redactie without Apollo warnings', async () => {
    const page = await signedInPage(suite.browser, suite.api.url, 'Redacteur');
    const warnings = apolloWarnings(page);
    await screenshotsOnFailure({ 'apollo-cache-redactie': page }, async () => {
      await page.goto(`${suite.api.url}${REGION}/verhalen`);
      await page.getByRole('heading', { level: 1, name: 'Verhalen' }).waitFor();
      await page.getByRole('link', { name: 'Een halve dag op de werkvloer van het mbo' }).click();
      await page.getByRole('heading', { level: 1, name: 'Een halve dag op de werkvloer van het mbo' }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Verhalen' }).waitFor();
      await page.getByRole('button', { name: 'Nieuw verhaal' }).first().click();
      const form = page.getByRole('form', { name: 'Nieuw verhaal' });
      await form.getByLabel('Titel').fill('Cachetest: een middag in de werkplaats');
      await form.getByLabel('Inleiding').fill('Een korte inleiding.');
      await form.getByLabel('Tekst').fill('<p>Tekst.</p>');
      await form.getByRole('button', { name: 'Concept opslaan' }).click();
      await page.waitForURL(/\/verhaal\/[0-9a-f-]+$/);
      await page.getByRole('heading', { level: 1, name: 'Cachetest: een middag in de werkplaats' }).waitFor();
      // Saving the text refetches the story (and used to name the list, which is not on screen).
      const text = page.getByRole('form', { name: 'Tekst van het verhaal' });
      await text.getByLabel('Tekst').fill('<p>Tekst, nu langer.</p>');
      await text.getByRole('button', { name: 'Opslaan' }).click();
      await expectText(page.locator('.vb-story-body'), 'Tekst, nu langer.');
      await page.waitForLoadState('networkidle');
      await page.goto(`${suite.api.url}${REGION}/verhalen`);
      await page.getByRole('link', { name: 'Cachetest: een middag in de werkplaats' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(warnings).toEqual([]);
    });
    await page.context().close();
  }, 90_000);
});
