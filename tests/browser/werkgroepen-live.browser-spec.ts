// The werkgroepen list is live (issue #18, item 5). The demo docent keeps the list of Noord-West
// Veluwe open in Chromium while the demo verbinder, signed in on her own session, posts in a group
// they share and adds the docent to a group and removes him again: the unread count, the new group
// and its disappearance show on the docent's open page without a reload.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSuite, expectText, SCREENSHOTS, screenshotsOnFailure, signedInPage } from '../support/browser';
import { signedIn } from '../support/fixtures';
import type { GraphqlHttpClient } from '../support/graphql-client';
import { demoAndWerkgroepIds } from '../support/werkgroepen-fixtures';

const ENGELS = 'Interscolaire vakgroep Engels';
const TECHNIEK = 'Vakgroep techniek';

describe('werkgroepen list, live', () => {
  let engelsId: string;
  let techniekId: string;
  let docentId: string;
  let verbinder: GraphqlHttpClient;
  const suite = browserSuite({
    setup: async (api) => {
      const ids = await demoAndWerkgroepIds(await signedIn(api.url, 'beheerder'));
      engelsId = ids.engelsWerkgroepId;
      techniekId = ids.techniekWerkgroepId;
      docentId = ids.personId;
      verbinder = await signedIn(api.url, 'verbinder');
      // The verbinder joins the Engels group, so she can post where the docent is a member.
      const sanne = (await verbinder.request<{ viewer: { person: { id: string } } }>('{ viewer { person { id } } }')).viewer.person.id;
      await verbinder.request('mutation($w: ID!, $p: ID!) { upsertWerkgroepMember(input: { werkgroepId: $w, personId: $p, role: LID }) { personId } }', { w: engelsId, p: sanne });
      // The docent starts with nothing unread in the Engels group.
      const docent = await signedIn(api.url, 'docent');
      await docent.request('mutation($w: ID!) { markWerkgroepRead(werkgroepId: $w) }', { w: engelsId });
    },
  });

  const post = (werkgroepId: string, body: string) => verbinder.request('mutation($input: WerkgroepPostInput!) { createWerkgroepPost(input: $input) { id } }', { input: { werkgroepId, body } });
  const setMember = (werkgroepId: string, member: boolean) =>
    member
      ? verbinder.request('mutation($w: ID!, $p: ID!) { upsertWerkgroepMember(input: { werkgroepId: $w, personId: $p, role: LID }) { personId } }', { w: werkgroepId, p: docentId })
      : verbinder.request('mutation($w: ID!, $p: ID!) { removeWerkgroepMember(werkgroepId: $w, personId: $p) }', { w: werkgroepId, p: docentId });

  /** Waits up to 10 s until `check` holds. */
  async function until(what: string, check: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting until ${what}`);
  }

  it('updates unread counts and shows groups the docent is added to or removed from, without a reload', async () => {
    const page: Page = await signedInPage(suite.browser, suite.api.url, 'Docent');
    await screenshotsOnFailure({ 'werkgroepen-live-docent': page }, async () => {
      await page.goto(`${suite.api.url}/regio/noord-west-veluwe/werkgroepen`);
      const list = page.getByRole('list', { name: 'Werkgroepen' });
      const card = (name: string) => list.getByRole('article', { name });
      await card(ENGELS).waitFor();
      expect(await card(TECHNIEK).count()).toBe(0);
      expect(await card(ENGELS).textContent()).not.toContain('ongelezen');
      // A mark that a reload would wipe out.
      await page.evaluate('window.__sameDocument = true');
      // Give the socket time to connect and follow the listed groups.
      await new Promise((r) => setTimeout(r, 1500));

      // A new post in a group the docent is in: the unread count appears and goes up.
      await post(engelsId, 'Wie neemt de notulen van woensdag?');
      await expectText(card(ENGELS), '1 ongelezen');
      await post(engelsId, 'En wie neemt koffie mee?');
      await expectText(card(ENGELS), '2 ongelezen');

      // Added to a members-only group: it shows up, and its posts count as unread from then on.
      await setMember(techniekId, true);
      await card(TECHNIEK).waitFor({ timeout: 10_000 });
      expect(await card(TECHNIEK).textContent()).toContain('lid');
      await new Promise((r) => setTimeout(r, 500));
      await post(techniekId, 'Welkom in de vakgroep techniek!');
      await expectText(card(TECHNIEK), '1 ongelezen');
      await page.screenshot({ path: join(SCREENSHOTS, 'werkgroepen-live.png'), fullPage: true });

      // Removed again: the group disappears.
      await setMember(techniekId, false);
      await until('the removed group has left the list', async () => (await card(TECHNIEK).count()) === 0);
      await expectText(card(ENGELS), '2 ongelezen');

      expect(await page.evaluate('window.__sameDocument === true')).toBe(true);
    });
    await page.context().close();
  }, 90_000);
});
