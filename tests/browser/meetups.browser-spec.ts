// A docent registers for a full workshop in the browser and lands on the waiting list; in a
// second browser context the verbinder who holds the only place cancels; the docent's page,
// never reloaded, shows the offered place ("Er is een plek vrij voor je") via socket.io.
//
// The demo's full workshop ("Workshop digitale geletterdheid", capacity 3) already has Jeroen
// first on its waiting list, and Jeroen is not a demo persona, so a freed place there goes to
// him. The test therefore creates its own workshop with capacity 1 through GraphQL (the
// verbinder registers for the only place) and checks the demo workshop only in the list.
import { join } from 'node:path';
import { browserSuite, expectText, SCREENSHOTS, screenshotsOnFailure, signedInPage } from '../support/browser';
import { demoIds, signedIn } from '../support/fixtures';
import type { GraphqlHttpClient } from '../support/graphql-client';

const WORKSHOP_TITLE = 'Browsertest: workshop met één plek';
const DEMO_WORKSHOP_TITLE = 'Workshop digitale geletterdheid';

describe('meetups in the browser', () => {
  let workshopId: string;
  const suite = browserSuite({
    setup: async (api) => {
      const { regionId } = await demoIds(await signedIn(api.url, 'beheerder'));
      workshopId = await createFullWorkshop(await signedIn(api.url, 'verbinder'), regionId);
    },
  });

  it('puts a docent on the waiting list of a full workshop and shows the offer live when the verbinder cancels', async () => {
    const { api, browser } = suite;
    const docent = await signedInPage(browser, api.url, 'Docent');
    const verbinder = await signedInPage(browser, api.url, 'Verbinder');
    await screenshotsOnFailure({ 'meetups-docent': docent, 'meetups-verbinder': verbinder }, async () => {
      // The region's list, reached through the menu: the demo workshop and ours are full.
      await docent.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Activiteiten' }).click();
      await docent.getByRole('heading', { level: 1, name: 'Activiteiten' }).waitFor();
      await expectText(docent.getByRole('listitem').filter({ hasText: DEMO_WORKSHOP_TITLE }), 'vol — wachtlijst');
      const ours = docent.getByRole('listitem').filter({ hasText: WORKSHOP_TITLE });
      await expectText(ours, 'vol — wachtlijst');
      await expectText(ours, 'Workshop');
      await docent.screenshot({ path: join(SCREENSHOTS, 'meetups-list.png'), fullPage: true });

      // Docent opens the full workshop and registers: waiting list, first in line.
      await ours.getByRole('link', { name: WORKSHOP_TITLE }).click();
      await docent.getByRole('heading', { level: 1, name: WORKSHOP_TITLE }).waitFor();
      const mine = docent.getByTestId('mijn-aanmelding');
      await expectText(mine, 'Deze activiteit is vol');
      await mine.getByRole('button', { name: 'Aanmelden' }).click();
      await expectText(mine, 'Je staat op de wachtlijst (plaats 1)');
      // Marks this document: it must survive until the offer shows (no reload, no navigation).
      await docent.evaluate(() => ((globalThis as unknown as { __sameDocument: boolean }).__sameDocument = true));

      // The verbinder holds the only place and cancels in the other context.
      await verbinder.goto(`${api.url}/activiteit/${workshopId}`);
      const theirs = verbinder.getByTestId('mijn-aanmelding');
      await expectText(theirs, 'Je bent aangemeld');
      await theirs.getByRole('button', { name: 'Afmelden' }).click();
      await expectText(theirs, 'Aanmelden');

      // The docent's page shows the offer without a reload.
      const offer = docent.getByTestId('aanbod');
      await expectText(offer, 'Er is een plek vrij voor je');
      await expectText(offer, 'De plek blijft voor je vrij tot');
      expect(await docent.evaluate(() => (globalThis as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      await docent.screenshot({ path: join(SCREENSHOTS, 'meetups-offer.png'), fullPage: true });
      // Accepting the offer in the app confirms the place.
      await offer.getByRole('button', { name: 'Plek aannemen' }).click();
      await expectText(mine, 'Je bent aangemeld');

      // The "Zet in je agenda" link serves the activity's iCalendar file with the session cookie.
      const href = await docent.getByRole('link', { name: 'Zet in je agenda (.ics)' }).getAttribute('href');
      expect(href).toBe(`/agenda/${workshopId}.ics`);
      const ics = await docent.evaluate(async (url) => {
        const response = await fetch(url);
        return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
      }, href as string);
      expect(ics.status).toBe(200);
      expect(ics.type).toContain('text/calendar');
      expect(ics.body).toContain('BEGIN:VCALENDAR');
      expect(ics.body).toContain(WORKSHOP_TITLE.slice(0, 20));

      // A personal calendar feed from the activities page: the secret link is shown once, works, and can be revoked.
      await docent.goto(`${api.url}/regio/noord-west-veluwe/activiteiten`);
      await docent.getByRole('button', { name: 'Agendalink maken: mijn activiteiten' }).click();
      const feedUrl = await docent.getByRole('textbox', { name: 'Agendalink', exact: true }).inputValue();
      expect(feedUrl).toMatch(/\/agenda\/feed\/[A-Za-z0-9_-]+\.ics$/);
      const feedPath = new URL(feedUrl).pathname;
      const feedBody = await docent.evaluate(async (url) => (await fetch(url)).text(), feedPath);
      expect(feedBody).toContain(WORKSHOP_TITLE.slice(0, 20));
      await docent.getByRole('list', { name: 'Je agendalinks' }).getByRole('button', { name: 'Intrekken' }).first().click();
      await docent.getByRole('dialog').getByRole('button', { name: 'Intrekken' }).click();
      await docent.getByRole('list', { name: 'Je agendalinks' }).waitFor({ state: 'detached' });
      // Bypass the browser's HTTP cache (the feed may be cached for five minutes); a string runs in the page.
      expect(await docent.evaluate(`fetch(${JSON.stringify(feedPath)}, { cache: 'no-store' }).then((response) => response.status)`)).toBe(404);
    });
  }, 120_000);
});

/** A workshop next week with one place, taken by the verbinder (Sanne): full, empty waiting list. */
async function createFullWorkshop(verbinder: GraphqlHttpClient, regionId: string): Promise<string> {
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const { createActivity } = await verbinder.request<{ createActivity: { id: string } }>('mutation($input: ActivityInput!) { createActivity(input: $input) { id } }', {
    input: {
      regionId,
      kind: 'WORKSHOP',
      title: WORKSHOP_TITLE,
      description: 'Aangemaakt door de browsertest.',
      address: 'Morgen College, Nunspeet',
      room: 'Lokaal 12',
      startsAt: `${day}T14:00:00+01:00`,
      endsAt: `${day}T16:00:00+01:00`,
      audience: ['DOCENTEN'],
      capacity: 1,
    },
  });
  const { registerForActivity } = await verbinder.request<{ registerForActivity: { status: string } }>('mutation($id: ID!) { registerForActivity(activityId: $id) { status } }', {
    id: createActivity.id,
  });
  if (registerForActivity.status !== 'CONFIRMED') throw new Error(`expected the verbinder's place to be CONFIRMED, got ${registerForActivity.status}`);
  return createActivity.id;
}
