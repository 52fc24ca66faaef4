// The Teams pages in the browser, against the built API and the HTTPS fake Graph server: the
// beheerder sees the region's demo tenant and the Engels group's "not linked yet" page, links the
// group to a channel with the form, and — without reloading — sees the existing documents become
// "gespiegeld"; the history of a document shows what happened. A member (the docent) sees the
// statuses but no link form.
import { join } from 'node:path';
import { SCREENSHOTS, signedInPage } from '../support/browser';
import { teamsBrowserSuite } from '../support/teams-browser';
import { demoTenantTeam } from '../support/teams-mirror-fixtures';

describe('Teams pages in the browser', () => {
  let teamId: string;
  let channelId: string;

  const suite = teamsBrowserSuite('verbinder-teams-browser-', {
    prepare: (fake) => {
      ({ teamId, channelId } = demoTenantTeam(fake));
    },
  });

  it('links a group to a channel and shows the documents mirrored live, with their history', async () => {
    const { api, browser } = suite;
    const beheerder = await signedInPage(browser, api.url, 'Beheerder');
    const docent = await signedInPage(browser, api.url, 'Docent');
    try {
      await beheerder.goto(`${api.url}/regio/noord-west-veluwe/teams`);
      await beheerder.getByRole('heading', { name: 'Microsoft 365-tenants' }).waitFor();
      await beheerder.getByText('Demo vmbo (Microsoft 365)').waitFor();

      await beheerder.goto(`${api.url}/werkgroep/${suite.engels}/teams`);
      await beheerder.getByText('Deze werkgroep is nog niet aan Teams gekoppeld.').waitFor();
      await docent.goto(`${api.url}/werkgroep/${suite.engels}/teams`);
      await docent.getByText('Deze werkgroep is nog niet aan Teams gekoppeld.').waitFor();
      expect(await docent.getByRole('heading', { name: 'Koppelen aan een Teams-kanaal' }).count()).toBe(0);

      await beheerder.getByLabel('Tenant (school)').selectOption({ label: 'Demo vmbo (Microsoft 365) (toestemming aangevraagd)' });
      await beheerder.getByLabel('Team-id').fill(teamId);
      await beheerder.getByLabel('Kanaal-id').fill('kanaal met spaties');
      await beheerder.getByRole('button', { name: 'Koppelen' }).click();
      await beheerder.getByText('De kanaal-id mag geen spaties of / bevatten').waitFor();
      await beheerder.getByLabel('Kanaal-id').fill(channelId);
      await beheerder.getByRole('button', { name: 'Koppelen' }).click();
      await beheerder.getByText('De werkgroep is gekoppeld.').waitFor();

      // The docent's page was not reloaded: the live event brings the link and the statuses.
      await docent.getByText('Overdrachtsformulier vmbo-mbo').first().waitFor({ timeout: 30_000 });
      await docent
        .getByText(/gespiegeld \(versie 2\)/)
        .first()
        .waitFor({ timeout: 30_000 });
      await docent.getByText('toestemming verleend').first().waitFor({ timeout: 30_000 });
      const row = docent.locator('li').filter({ hasText: 'Overdrachtsformulier vmbo-mbo' }).first();
      await row.getByRole('button', { name: 'Geschiedenis' }).click();
      await row
        .getByRole('list', { name: 'Spiegelgeschiedenis' })
        .getByText(/gekoppeld \(versie 2\) — gespiegeld\. Versie 2 geüpload/)
        .waitFor();
      await docent.screenshot({ path: join(SCREENSHOTS, 'teams-mirror.png'), fullPage: true });
    } finally {
      await beheerder.context().close();
      await docent.context().close();
    }
  }, 120_000);
});
