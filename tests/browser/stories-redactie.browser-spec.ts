// The redactie in the browser: the redacteur (Bram) writes a story with a pupil of 14 in it and
// submits it; the verbinder (eindredacteur) approves it, sees publishing blocked with
// "Toestemming ontbreekt", records a parent's consent and publishes; then withdraws the consent
// (confirm dialog) and the story shows as offline with the reason in its history. On the way the
// redacteur uploads a photo with alt text (refused without it), which goes into the text; the
// photo is public only while the story is published.
import { join } from 'node:path';
import { browserSuite, expectText, SCREENSHOTS, signedInPage } from '../support/browser';
import { makePng } from '../support/images';

const TITLE = 'Browsertest: Mila bouwt mee in de werkplaats';

/** A birth date that makes someone 14 (and a few months) today. */
function fourteen(): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - 14);
  d.setUTCMonth(d.getUTCMonth() - 3);
  return d.toISOString().slice(0, 10);
}

describe('stories redactie in the browser', () => {
  const suite = browserSuite();

  it('blocks publishing without a parent consent, publishes once it is recorded, and goes offline when it is withdrawn', async () => {
    const { api, browser } = suite;
    const redacteur = await signedInPage(browser, api.url, 'Redacteur');
    const verbinder = await signedInPage(browser, api.url, 'Verbinder');
    try {
      // The redacteur reaches the list through the menu; the demo stories are there by status.
      await redacteur.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verhalen' }).click();
      await redacteur.getByRole('heading', { level: 1, name: 'Verhalen' }).waitFor();
      await redacteur.getByRole('link', { name: 'Een halve dag op de werkvloer van het mbo' }).waitFor();
      await redacteur.getByRole('button', { name: 'Nieuw verhaal' }).first().click();
      const form = redacteur.getByRole('form', { name: 'Nieuw verhaal' });
      await form.getByLabel('Titel').fill(TITLE);
      await form.getByLabel('Inleiding').fill('Een leerling van 14 draaide een middag mee op het mbo.');
      await form.getByLabel('Tekst').fill('<p>Mila zaagde, schuurde en <strong>bouwde</strong> mee.</p><script>alert(1)</script>');
      await form.getByRole('button', { name: 'Concept opslaan' }).click();
      await redacteur.waitForURL(/\/verhaal\/[0-9a-f-]+$/);
      const storyUrl = redacteur.url();
      await redacteur.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      // The preview shows the server's sanitised body: the script is gone.
      await expectText(redacteur.locator('.vb-story-body'), 'Mila zaagde, schuurde en bouwde mee.');
      expect(await redacteur.locator('.vb-story-body script').count()).toBe(0);

      // A photo: refused without alt text, then uploaded (with progress) and put into the text.
      const upload = redacteur.getByRole('form', { name: 'Afbeelding uploaden' });
      await upload.getByLabel('Afbeelding', { exact: true }).setInputFiles({ name: 'werkplaats.jpg', mimeType: 'image/jpeg', buffer: makePng(120, 80) });
      await upload.getByRole('button', { name: 'Afbeelding uploaden' }).click();
      await expectText(upload, 'De beschrijving (alt-tekst) is verplicht.');
      await upload.getByLabel('Beschrijving (alt-tekst)').fill('Mila schuurt een plank in de werkplaats');
      await upload.getByRole('button', { name: 'Afbeelding uploaden' }).click();
      await expectText(upload.getByRole('status'), 'is geüpload en onderaan in de tekst gezet');
      const bodyField = redacteur.getByRole('form', { name: 'Tekst van het verhaal' }).getByLabel('Tekst');
      expect(await bodyField.inputValue()).toMatch(/<figure><img src="\/verhalen\/afbeeldingen\/[0-9a-f]{64}" alt="Mila schuurt een plank in de werkplaats"><\/figure>$/);
      await redacteur.getByRole('form', { name: 'Tekst van het verhaal' }).getByRole('button', { name: 'Opslaan' }).click();
      const photo = redacteur.locator('.vb-story-body img');
      await photo.waitFor();
      expect(await photo.getAttribute('alt')).toBe('Mila schuurt een plank in de werkplaats');
      const imagePath = (await photo.getAttribute('src')) ?? '';
      // The redactie's preview loads the image through the session (natural size 120 × 80).
      await redacteur.waitForFunction("document.querySelector('.vb-story-body img')?.naturalWidth === 120");
      await expectText(redacteur.getByRole('listitem', { name: 'Mila schuurt een plank in de werkplaats' }), 'Staat in de tekst');
      expect((await fetch(`${api.url}${imagePath}`)).status).toBe(404);

      // A pupil of 14 appears in the story.
      await redacteur.getByRole('button', { name: 'Persoon toevoegen' }).click();
      const personForm = redacteur.getByRole('form', { name: 'Persoon toevoegen' });
      await personForm.getByLabel('Naam').fill('Mila');
      await personForm.getByLabel('Is een leerling').check();
      await personForm.getByLabel('Geboortedatum').fill(fourteen());
      await personForm.getByRole('button', { name: 'Persoon toevoegen' }).click();
      const mila = redacteur.getByRole('listitem', { name: 'Mila', exact: true });
      await expectText(mila, '14 jaar');
      await expectText(redacteur.getByRole('alert').filter({ hasText: 'Toestemming ontbreekt voor' }), 'Toestemming ontbreekt voor Mila');
      await redacteur.getByRole('button', { name: 'Ter review aanbieden' }).click();
      await expectText(redacteur.locator('.vb-page-header'), 'Ter review');

      // The eindredacteur approves; publishing and scheduling are blocked with the reason.
      await verbinder.goto(storyUrl);
      await verbinder.getByRole('button', { name: 'Goedkeuren' }).click();
      await expectText(verbinder.locator('.vb-page-header'), 'Goedgekeurd');
      const panel = verbinder.locator('.vb-story-blocked');
      await expectText(panel, 'Toestemming ontbreekt voor Mila');
      await expectText(panel, 'ouder');
      const publish = verbinder.getByRole('button', { name: 'Publiceren', exact: true });
      expect(await publish.isDisabled()).toBe(true);
      expect(await verbinder.getByRole('button', { name: 'Inplannen' }).isDisabled()).toBe(true);
      await expectText(verbinder.locator('#vb-story-blocked-reason'), 'Publiceren en inplannen kan niet: Toestemming ontbreekt voor Mila.');
      await verbinder.screenshot({ path: join(SCREENSHOTS, 'stories-blocked.png'), fullPage: true });

      // A parent's consent is recorded; the block is gone and the story goes live.
      const milaRow = verbinder.getByRole('listitem', { name: 'Mila', exact: true });
      await milaRow.getByRole('button', { name: 'Toestemming vastleggen' }).click();
      const consentForm = verbinder.getByRole('form', { name: 'Toestemming voor Mila' });
      expect(await consentForm.getByLabel('Relatie').inputValue()).toBe('OUDER');
      await consentForm.getByLabel('Wie gaf toestemming').fill('Anja de Boer (moeder)');
      await consentForm.getByRole('button', { name: 'Toestemming vastleggen' }).click();
      await panel.waitFor({ state: 'detached' });
      await expectText(milaRow, 'Toestemming van Anja de Boer (moeder)');
      await publish.click();
      await expectText(verbinder.locator('.vb-page-header'), 'Gepubliceerd');
      expect((await fetch(`${api.url}${imagePath}`)).status).toBe(200);

      // Withdrawing the consent (after a confirm that explains the consequence) takes it offline.
      await milaRow.getByRole('button', { name: 'Toestemming intrekken' }).click();
      const dialog = verbinder.getByRole('dialog');
      await expectText(dialog, 'direct offline');
      await dialog.getByLabel('Reden').fill('Moeder mailde dat het verhaal eraf moet');
      await dialog.getByRole('button', { name: 'Intrekken' }).click();
      await expectText(verbinder.locator('.vb-page-header'), 'Offline');
      await expectText(verbinder.getByRole('list', { name: 'Geschiedenis van het verhaal' }), 'Toestemming voor Mila ingetrokken: Moeder mailde dat het verhaal eraf moet');
      await expectText(verbinder.locator('.vb-story-blocked'), 'Toestemming ontbreekt voor Mila');
      expect((await fetch(`${api.url}${imagePath}`)).status).toBe(404);

      // The redacteur's list shows it under Offline.
      await redacteur.goto(`${api.url}/regio/noord-west-veluwe/verhalen`);
      const offline = redacteur.locator('section').filter({ has: redacteur.getByRole('heading', { name: /^Offline/ }) });
      await offline.getByRole('link', { name: TITLE }).waitFor();
    } finally {
      await redacteur.context().close();
      await verbinder.context().close();
    }
  }, 120_000);
});
