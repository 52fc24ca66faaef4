// The beheerder links a werkgroep to a Teams channel in the browser: a Team id that is not a GUID
// is refused at the field with a Dutch explanation; on a server without the Microsoft app the
// success text says nothing is copied yet (not "worden nu ook gespiegeld" under a banner saying
// nothing is mirrored). The consent buttons of a tenant read as actions.
import { browserSuite, expectText, screenshotsOnFailure, signedInPage } from '../support/browser';
import { signedIn } from '../support/fixtures';
import { demoEngels } from '../support/werkgroepen-fixtures';

describe('linking a werkgroep to Teams in the browser', () => {
  const suite = browserSuite();

  it('refuses a Team id that is not a GUID, and does not promise mirroring that cannot happen', async () => {
    const { api, browser } = suite;
    const { engelsId } = await demoEngels(await signedIn(api.url, 'beheerder'));
    const page = await signedInPage(browser, api.url, 'Beheerder');
    await screenshotsOnFailure({ 'teams-link': page }, async () => {
      await page.goto(`${api.url}/werkgroep/${engelsId}/teams`);
      await page.getByText('er wordt niets naar Teams gekopieerd').waitFor();
      const form = page.locator('form').filter({ has: page.getByLabel('Team-id') });
      await form.getByLabel('Tenant (school)').selectOption({ index: 1 });
      await form.getByLabel('Team-id').fill('Vakgroep Engels');
      await form.getByLabel('Kanaal-id').fill('19:engels@thread.tacv2');
      await form.getByRole('button', { name: 'Koppelen' }).click();
      await page.getByText('De team-id is een GUID').waitFor();
      expect(await page.getByText('De werkgroep is gekoppeld', { exact: false }).count()).toBe(0);

      await form.getByLabel('Team-id').fill('9c1d2e3f-4a5b-4c6d-8e7f-0123456789ab');
      await form.getByRole('button', { name: 'Koppelen' }).click();
      await page.getByText('De werkgroep is aan het kanaal gekoppeld.').waitFor();
      await expectText(page.getByText('De werkgroep is aan het kanaal gekoppeld.'), 'Er wordt nog niets naar Teams gekopieerd');
      expect(await page.getByText('Bestaande documenten worden nu ook gespiegeld').count()).toBe(0);

      await page.goto(`${api.url}/regio/noord-west-veluwe/teams`);
      await page.getByRole('heading', { name: 'Microsoft 365-tenants' }).waitFor();
      const actions = page.getByRole('button', { name: /^Toestemming (vastleggen|intrekken)$/ });
      await actions.first().waitFor();
      expect(await page.getByRole('button', { name: /Toestemming (verleend|ingetrokken)/ }).count()).toBe(0);
    });
    await page.context().close();
  }, 90_000);
});
