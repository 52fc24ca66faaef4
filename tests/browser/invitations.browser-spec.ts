// Invitations in the browser: a beheerder of another region (Assen) invites the demo docent; the
// docent sees the banner, opens "Uitnodigingen", accepts one invitation and declines another, and
// ends with the empty state. The membership exists only after "Accepteren".
import { browserSuite, expectText, screenshotsOnFailure, signedInPage } from '../support/browser';
import { demoIds, signedIn } from '../support/fixtures';

describe('invitations in the browser', () => {
  let docentId: string;
  let assenId: string;

  const suite = browserSuite({
    setup: async (api) => {
      const admin = await signedIn(api.url, 'beheerder');
      const ids = await demoIds(admin);
      docentId = ids.personId;
      assenId = ids.otherRegionId;
      const { schools } = (await admin.request<{ region: { schools: Array<{ id: string }> } }>('query($r: ID!) { region(id: $r) { schools { id } } }', { r: assenId })).region;
      for (const input of [
        { personId: docentId, regionId: assenId, role: 'DOCENT', layer: 'PROFESSIONEEL' },
        { personId: docentId, schoolId: schools[0].id, role: 'DECAAN', layer: 'PROFESSIONEEL' },
      ]) {
        await admin.request('mutation($input: InviteToRegionInput!) { inviteToRegion(input: $input) { id } }', { input });
      }
    },
  });

  it('shows the banner, accepts one invitation, declines the other, and ends with the empty state', async () => {
    const { api, browser } = suite;
    const page = await signedInPage(browser, api.url, 'Docent');
    try {
      await screenshotsOnFailure({ invitations: page }, async () => {
        await expectText(page.getByRole('status').filter({ hasText: 'uitnodiging' }), 'Je hebt 2 uitnodigingen');
        await page.getByRole('link', { name: 'Bekijk en beantwoord' }).click();
        await page.waitForURL((url) => url.pathname === '/uitnodigingen');
        await expectText(page.getByRole('heading', { level: 1 }), 'Uitnodigingen');

        const regionCard = page.locator('section.vb-card').filter({ has: page.getByRole('heading', { name: 'Assen', exact: true }) });
        await regionCard.getByRole('button', { name: 'Accepteren' }).click();
        await expectText(page.getByRole('status').filter({ hasText: 'uitnodiging' }), 'Je hebt een uitnodiging');
        await page.getByRole('button', { name: 'Weigeren' }).click();
        await expectText(page.locator('.vb-empty'), 'Je hebt geen openstaande uitnodigingen.');

        const docent = await signedIn(api.url, 'docent');
        const { person } = await docent.request<{ person: { memberships: Array<{ role: string; region: { id: string } }> } }>(
          'query($id: ID!) { person(id: $id) { memberships { role region { id } } } }',
          { id: docentId },
        );
        expect(person.memberships.filter((m) => m.region.id === assenId).map((m) => m.role)).toEqual(['DOCENT']);
      });
    } finally {
      await page.context().close();
    }
  }, 90_000);
});
