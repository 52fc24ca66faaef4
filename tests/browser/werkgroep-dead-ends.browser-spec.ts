// No dead ends for those who manage a werkgroep without being in it: the verbinder (not a member
// of the Engels group) opening its Documenten, Draaiboek, Vergelijking or Teams gets a Dutch explanation
// and a way on, not "Er ging iets mis" with a retry that cannot help; those tabs are not offered.
// The "Microsoft 365-tenants van de regio" link is only shown to beheerders, who can use it.
import { browserSuite, screenshotsOnFailure, signedInPage } from '../support/browser';
import { signedIn } from '../support/fixtures';
import { demoEngels } from '../support/werkgroepen-fixtures';

describe('werkgroep pages without dead ends', () => {
  let engelsId: string;
  const suite = browserSuite({
    setup: async (api) => {
      ({ engelsId } = await demoEngels(await signedIn(api.url, 'beheerder')));
    },
  });

  it('explains to a verbinder who is not a member why the content tabs are closed', async () => {
    const { api, browser } = suite;
    const page = await signedInPage(browser, api.url, 'Verbinder');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await screenshotsOnFailure({ 'werkgroep-dead-end': page }, async () => {
      // Teams too: the API shows the group's Teams link to its readers and the region's beheerders only.
      for (const tab of ['documenten', 'draaiboek', 'vergelijking', 'teams']) {
        await page.goto(`${api.url}/werkgroep/${engelsId}/${tab}`);
        await page.getByText('Je beheert deze werkgroep, maar je bent geen lid').waitFor();
        expect(await page.getByText('Er ging iets mis').count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(0);
        const tabs = page.getByRole('navigation', { name: 'Onderdelen van de werkgroep' });
        expect(await tabs.getByRole('link', { name: 'Documenten' }).count()).toBe(0);
        expect(await tabs.getByRole('link', { name: 'Teams' }).count()).toBe(0);
        expect(await tabs.getByRole('link', { name: 'Leden' }).count()).toBe(1);
      }
      await page.getByRole('link', { name: 'leden en voorzitters' }).click();
      await page.waitForURL((url) => url.pathname === `/werkgroep/${engelsId}/leden`);

      await page.goto(`${api.url}/regio/noord-west-veluwe/werkgroepen`);
      await page.getByRole('list', { name: 'Werkgroepen' }).waitFor();
      expect(await page.getByRole('link', { name: 'Microsoft 365-tenants van de regio' }).count()).toBe(0);
      expect(errors).toEqual([]);
    });
    await page.context().close();
  }, 90_000);

  it('shows the Microsoft 365-tenants link and the Teams tab to a beheerder, whom they serve', async () => {
    const { api, browser } = suite;
    const page = await signedInPage(browser, api.url, 'Beheerder');
    await page.goto(`${api.url}/werkgroep/${engelsId}/teams`);
    await page.getByRole('navigation', { name: 'Onderdelen van de werkgroep' }).getByRole('link', { name: 'Teams' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Teams', exact: true }).waitFor();
    await page.goto(`${api.url}/regio/noord-west-veluwe/werkgroepen`);
    await page.getByRole('link', { name: 'Microsoft 365-tenants van de regio' }).click();
    await page.getByRole('heading', { name: 'Microsoft 365-tenants' }).waitFor();
    await page.context().close();
  }, 60_000);
});
