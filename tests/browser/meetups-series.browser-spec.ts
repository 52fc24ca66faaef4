// The verbinder, on a phone (390×844), manages activities in the browser: adds an activity and
// sees herself as its organiser ("Organisatie", not "Niet opgegeven"), edits it, creates a weekly
// series rotating between two schools, moves one occurrence to another day and time, and skips
// another. The forms refuse bad input with Dutch messages first. A docent sees the series but
// none of the editing controls. Nothing may scroll sideways at phone width.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { browserSuite, expectText, SCREENSHOTS, screenshotsOnFailure, signedInPage } from '../support/browser';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const ACTIVITY_TITLE = 'Browsertest: gastles techniek';
const SERIES_TITLE = 'Browsertest: ontbijt-meet-up op wisselende scholen';
const SANNE = 'Sanne de Vries';

const dayFormat = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "YYYY-MM-DD" `days` after today (UTC date; the app works in Amsterdam, a day's difference does not matter here). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** The next Thursday at least `days` from today. */
function thursdayFrom(days: number): string {
  const date = new Date(`${inDays(days)}T12:00:00Z`);
  while (date.getUTCDay() !== 4) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** "vrijdag 12 februari 2027", as the activity page writes a day. */
const longDay = (date: string) => dayFormat.format(new Date(`${date}T12:00:00Z`));

/** The description next to a term of the activity's details ("Wanneer", "Organisatie"…). */
const detail = (page: Page, term: string): Locator =>
  page
    .locator('.vb-dl__row')
    .filter({ has: page.locator('dt', { hasText: term }) })
    .locator('dd');

/** Waits up to 10 s until `locator` matches `count` elements. */
async function expectCount(locator: Locator, count: number) {
  const deadline = Date.now() + 10_000;
  let last = -1;
  while (Date.now() < deadline) {
    last = await locator.count();
    if (last === count) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${count} elements, saw ${last}`);
}

async function expectNoSidewaysScroll(page: Page) {
  // A string runs in the page (the test code has no DOM types).
  const { scrollWidth, clientWidth } = (await page.evaluate('({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })')) as {
    scrollWidth: number;
    clientWidth: number;
  };
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

describe('meetups: editing activities and series in the browser', () => {
  const suite = browserSuite();

  it('adds and edits an activity, creates a series, moves and skips an occurrence, at phone width', async () => {
    const { api, browser } = suite;
    const verbinder = await signedInPage(browser, api.url, 'Verbinder', PHONE);
    const docent = await signedInPage(browser, api.url, 'Docent');
    await screenshotsOnFailure({ 'meetups-series-verbinder': verbinder, 'meetups-series-docent': docent }, async () => {
      await verbinder.goto(`${api.url}/regio/noord-west-veluwe/activiteiten`);
      await verbinder.getByRole('heading', { level: 1, name: 'Activiteiten' }).waitFor();

      // --- A one-off activity: its creator is its organiser. ---
      await verbinder.getByRole('button', { name: 'Activiteit toevoegen' }).first().click();
      const addForm = verbinder.getByRole('form', { name: 'Activiteit toevoegen' });
      const day = inDays(40);
      await addForm.getByLabel('Titel').fill(ACTIVITY_TITLE);
      await addForm.getByLabel('Datum').fill(day);
      await addForm.getByLabel('Begintijd').fill('10:00');
      await addForm.getByLabel('Eindtijd').fill('11:00');
      await addForm.getByRole('button', { name: 'Activiteit toevoegen' }).click();
      await expectText(verbinder.getByRole('status').filter({ hasText: 'is toegevoegd' }), ACTIVITY_TITLE);
      await verbinder.getByRole('status').getByRole('link', { name: ACTIVITY_TITLE }).click();
      await verbinder.getByRole('heading', { level: 1, name: ACTIVITY_TITLE }).waitFor();
      await expectText(detail(verbinder, 'Organisatie'), SANNE);
      await expectText(detail(verbinder, 'Wanneer'), `${longDay(day)}, 10:00–11:00`);
      const activityUrl = verbinder.url();

      // --- Edit it: a bad title first, then a new title, time and room. ---
      await verbinder.getByRole('button', { name: 'Activiteit wijzigen' }).click();
      const editForm = verbinder.getByRole('form', { name: 'Activiteit wijzigen' });
      expect(await editForm.getByLabel('Titel').inputValue()).toBe(ACTIVITY_TITLE);
      expect(await editForm.getByLabel('Datum').inputValue()).toBe(day);
      expect(await editForm.getByLabel('Begintijd').inputValue()).toBe('10:00');
      await editForm.getByLabel('Titel').fill('');
      await editForm.getByLabel('Eindtijd').fill('09:00');
      await editForm.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await expectText(editForm, 'Geef de activiteit een titel.');
      await expectText(editForm, 'De eindtijd ligt na de begintijd.');
      await expectNoSidewaysScroll(verbinder);
      await editForm.screenshot({ path: join(SCREENSHOTS, 'meetups-edit-phone.png') });
      await editForm.getByLabel('Titel').fill(`${ACTIVITY_TITLE} (gewijzigd)`);
      await editForm.getByLabel('Eindtijd').fill('12:15');
      await editForm.getByLabel('Lokaal of zaal').fill('Techniekhal');
      await editForm.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await expectText(verbinder.getByRole('status').filter({ hasText: 'opgeslagen' }), 'De wijzigingen zijn opgeslagen.');
      await verbinder.getByRole('heading', { level: 1, name: `${ACTIVITY_TITLE} (gewijzigd)` }).waitFor();
      await expectText(detail(verbinder, 'Wanneer'), `${longDay(day)}, 10:00–12:15`);
      await expectText(detail(verbinder, 'Waar'), 'Lokaal of zaal: Techniekhal');
      // The edit sent no organisers: she still organises it.
      await expectText(detail(verbinder, 'Organisatie'), SANNE);

      // A docent sees the organiser but cannot edit.
      await docent.goto(activityUrl);
      await docent.getByRole('heading', { level: 1, name: `${ACTIVITY_TITLE} (gewijzigd)` }).waitFor();
      await expectText(detail(docent, 'Organisatie'), SANNE);
      expect(await docent.getByRole('button', { name: 'Activiteit wijzigen' }).count()).toBe(0);

      // --- A weekly series on Thursdays, rotating between two schools. ---
      await verbinder.goto(`${api.url}/regio/noord-west-veluwe/activiteiten`);
      await verbinder.getByRole('button', { name: 'Reeks toevoegen' }).click();
      const seriesForm = verbinder.getByRole('form', { name: 'Reeks toevoegen' });
      const first = thursdayFrom(35);
      const last = addDays(first, 21);
      await seriesForm.getByLabel('Begintijd').fill('08:00');
      await seriesForm.getByLabel('Eindtijd').fill('07:30');
      await seriesForm.getByRole('button', { name: 'Reeks toevoegen' }).click();
      await expectText(seriesForm, 'Geef de reeks een titel.');
      await expectText(seriesForm, 'De eindtijd ligt na de begintijd.');
      await expectText(seriesForm, 'Kies de eerste datum.');
      await seriesForm.getByLabel('Titel').fill(SERIES_TITLE);
      await seriesForm.getByLabel('Dag van de week').selectOption({ label: 'donderdag' });
      await seriesForm.getByLabel('Eindtijd').fill('09:30');
      await seriesForm.getByLabel('Eerste datum').fill(first);
      await seriesForm.getByLabel('Laatste datum').fill(last);
      await seriesForm.getByRole('checkbox', { name: 'Morgen College' }).check();
      await seriesForm.getByRole('checkbox', { name: 'Landstede MBO' }).check();
      await expectText(seriesForm.getByTestId('volgorde'), 'Morgen College → Landstede MBO');
      await expectText(seriesForm.getByTestId('reeks-samenvatting'), `4 keer: van ${longDay(first).replace(/^\S+ /, '')}`);
      await expectNoSidewaysScroll(verbinder);
      await seriesForm.screenshot({ path: join(SCREENSHOTS, 'meetups-series-form-phone.png') });
      await seriesForm.getByRole('button', { name: 'Reeks toevoegen' }).click();
      await expectText(verbinder.getByRole('status').filter({ hasText: 'is toegevoegd' }), `Reeks ${SERIES_TITLE}`);
      const occurrences = verbinder.getByRole('listitem').filter({ has: verbinder.getByRole('link', { name: SERIES_TITLE }) });
      await expectCount(occurrences, 4);
      await expectText(occurrences.nth(0), 'Morgen College');
      await expectText(occurrences.nth(1), 'Landstede MBO');
      await expectNoSidewaysScroll(verbinder);

      // --- Move the first occurrence to the Friday, 10:00–11:30. ---
      await occurrences.nth(0).getByRole('link', { name: SERIES_TITLE }).click();
      await verbinder.getByRole('heading', { level: 1, name: SERIES_TITLE }).waitFor();
      await expectText(detail(verbinder, 'Organisatie'), SANNE);
      await expectText(verbinder.getByTestId('reeks'), `Elke donderdag, 08:00–09:30, van ${longDay(first).replace(/^\S+ /, '')} tot en met ${longDay(last).replace(/^\S+ /, '')}`);
      await verbinder.getByRole('button', { name: 'Deze keer verplaatsen' }).click();
      const moveForm = verbinder.getByRole('form', { name: 'Deze keer verplaatsen' });
      expect(await moveForm.getByLabel('Nieuwe datum').inputValue()).toBe(first);
      await moveForm.getByRole('button', { name: 'Verplaatsen' }).click();
      await expectText(moveForm, 'Kies een andere datum of tijd');
      await moveForm.getByLabel('Nieuwe datum').fill(addDays(first, 1));
      await moveForm.getByLabel('Begintijd').fill('10:00');
      await moveForm.getByLabel('Eindtijd').fill('11:30');
      await expectNoSidewaysScroll(verbinder);
      await moveForm.screenshot({ path: join(SCREENSHOTS, 'meetups-move-phone.png') });
      await moveForm.getByRole('button', { name: 'Verplaatsen' }).click();
      await expectText(verbinder.getByRole('status').filter({ hasText: 'verplaatst' }), 'De activiteit is verplaatst.');
      await expectText(detail(verbinder, 'Wanneer'), `${longDay(addDays(first, 1))}, 10:00–11:30`);
      await expectText(verbinder.getByTestId('reeks'), 'Deze datum is los van de reeks gewijzigd.');

      // A docent sees the series, not the controls to change it.
      await docent.goto(verbinder.url());
      await expectText(docent.getByTestId('reeks'), 'Elke donderdag');
      expect(await docent.getByRole('button', { name: 'Deze keer overslaan' }).count()).toBe(0);
      expect(await docent.getByRole('button', { name: 'Deze keer verplaatsen' }).count()).toBe(0);

      // --- Skip the second week. ---
      await verbinder.getByRole('link', { name: 'Activiteiten Noord-West Veluwe' }).click();
      await expectCount(occurrences, 4);
      const second = addDays(first, 7);
      const secondItem = occurrences.filter({ hasText: 'Landstede MBO' }).first();
      await secondItem.getByRole('link', { name: SERIES_TITLE }).click();
      await expectText(detail(verbinder, 'Wanneer'), longDay(second));
      await verbinder.getByRole('button', { name: 'Deze keer overslaan' }).click();
      const dialog = verbinder.getByRole('dialog', { name: 'Deze keer overslaan?' });
      await expectText(dialog, `${longDay(second)}, 08:00–09:30 gaat niet door`);
      await verbinder.screenshot({ path: join(SCREENSHOTS, 'meetups-skip-phone.png') });
      await dialog.getByRole('button', { name: 'Overslaan' }).click();
      await verbinder.getByRole('heading', { level: 1, name: 'Activiteiten' }).waitFor();
      await expectText(verbinder.getByRole('status').filter({ hasText: 'overgeslagen' }), 'de reeks gaat daarna gewoon verder');
      await expectCount(occurrences, 3);
      await expectNoSidewaysScroll(verbinder);
      await verbinder.screenshot({ path: join(SCREENSHOTS, 'meetups-series-list-phone.png'), fullPage: true });
    });
  }, 150_000);
});
