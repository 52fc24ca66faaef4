// Teams announcements in the browser: on a linked group's Teams page the beheerder turns
// announcements on with the Workflows webhook field (a wrong address shows the Dutch field
// error); the docent's page, never reloaded, follows the announcement live from "verzamelt nieuwe
// documenten" to "verstuurd op …" after an upload, and shows no webhook controls. The message
// arrives once in the HTTPS Teams fake.
import { join } from 'node:path';
import { SCREENSHOTS, signedInPage } from '../support/browser';
import { teamsBrowserSuite } from '../support/teams-browser';
import { type FakeSchool, fakeSchool, linkGroup, uploadDocument } from '../support/teams-mirror-fixtures';

describe('Teams announcements in the browser', () => {
  let school: FakeSchool;

  const suite = teamsBrowserSuite('verbinder-announce-browser-', {
    env: { TEAMS_ANNOUNCE_WINDOW_SECONDS: '5' },
    prepare: (fake) => {
      school = fakeSchool(fake);
    },
    setup: ({ beheerderApi, regionId, engels }) => linkGroup(beheerderApi, regionId, engels, school),
  });

  it('turns announcements on and shows the announcement live on a member’s page', async () => {
    const { api, browser, fake } = suite;
    const beheerder = await signedInPage(browser, api.url, 'Beheerder');
    const docent = await signedInPage(browser, api.url, 'Docent');
    try {
      await beheerder.goto(`${api.url}/werkgroep/${suite.engels}/teams`);
      const section = beheerder.getByRole('region', { name: 'Aankondigingen in het kanaal' });
      await section.getByText('Aankondigingen staan uit.').waitFor();
      await docent.goto(`${api.url}/werkgroep/${suite.engels}/teams`);
      const docentSection = docent.getByRole('region', { name: 'Aankondigingen in het kanaal' });
      await docentSection.getByText('Aankondigingen staan uit.').waitFor();
      expect(await docentSection.getByRole('button').count()).toBe(0);

      await section.getByRole('button', { name: 'Aankondigingen instellen' }).click();
      const field = section.getByLabel(/Webhook voor aankondigingen/);
      await field.fill('http://example.org/hook');
      await section.getByRole('button', { name: 'Opslaan' }).click();
      await section.getByText('Het webhookadres moet een volledig adres zijn dat begint met https://').waitFor();
      const hook = fake.createWebhook();
      await field.fill(hook.url);
      await section.getByRole('button', { name: 'Opslaan' }).click();
      await section.getByText('Aankondigingen staan aan.').waitFor();
      await section.getByText('nog geen aankondiging verstuurd').waitFor();

      // The docent's page, not reloaded, follows the upload's announcement.
      await docentSection.getByText('Nieuwe documenten worden in het kanaal aangekondigd.').waitFor({ timeout: 30_000 });
      await uploadDocument(api.url, suite.docentApi, suite.engels, { name: 'planning.txt', bytes: Buffer.from('Planning\n') }, { title: 'Planning projectweek' });
      await docentSection.getByText(/verzamelt nieuwe documenten \(1 document\), versturen om \d\d:\d\d/).waitFor({ timeout: 30_000 });
      await docentSection.getByText(/verstuurd op .* \(1 document\)/).waitFor({ timeout: 30_000 });
      expect(fake.webhooks.received(hook.hookId).map((p) => p.texts[0])).toEqual([expect.stringMatching(/^1 nieuw document in werkgroep /)]);
      await docent.screenshot({ path: join(SCREENSHOTS, 'teams-announcements.png'), fullPage: true });
    } finally {
      await beheerder.context().close();
      await docent.context().close();
    }
  }, 120_000);
});
