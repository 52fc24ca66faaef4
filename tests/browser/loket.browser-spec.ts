// A company submits the public loket form (server-rendered, no account), receives the
// confirmation e-mail through a real SMTP server and follows its private status link. In a
// second browser context the loket-medewerker (Ilse) opens the request from the live inbox and
// replies; the company's status page, never reloaded, shows the reply over graphql-ws. A school
// contact (the docent of Morgen College) gets their school's requests without the staff controls.
import { join } from 'node:path';
import { browserSuite, expectText, newPage, SCREENSHOTS, screenshotsOnFailure, signIn } from '../support/browser';
import { mailBody, type ReceivedMail, type SmtpHandle } from '../support/smtp';

const COMPANY = 'Browsertest Timmerwerken B.V.';
const CONTACT_EMAIL = 'anouk@timmerwerken.example';
const REPLY = 'Goed idee! Landstede MBO neemt deze week contact met je op over de gastles.';

describe('business loket in the browser', () => {
  const suite = browserSuite({ mail: true });

  it('lets a company submit the form, follow its status link and see a reply from the loket live', async () => {
    const { api, browser, smtp } = suite;
    const company = await newPage(browser);
    const medewerker = await newPage(browser);
    await screenshotsOnFailure({ 'loket-company': company, 'loket-medewerker': medewerker }, async () => {
      // The public form, as a company without an account.
      await company.goto(`${api.url}/publiek/noord-west-veluwe/loket`);
      await company.getByRole('heading', { level: 1 }).waitFor();
      const form = company.locator('form').filter({ has: company.locator('[name=companyName]') });
      await form.locator('[name=companyName]').fill(COMPANY);
      // A KvK number no company of the region has yet (a known one attaches to that company, keeping its name).
      await form.locator('[name=kvk]').fill('1357 9246');
      await form.locator('[name=sector]').fill('Bouw');
      await form.locator('[name=location]').fill('Ermelo');
      await form.locator('[name=contactName]').fill('Anouk Timmer');
      await form.locator('[name=contactEmail]').fill(CONTACT_EMAIL);
      await form.locator('[name=type]').selectOption('GASTLES');
      await form.locator('[name=message]').fill('Wij willen graag een gastles geven over houtbouw <b>voor vmbo-leerlingen</b>.');
      await form.locator('[name=consent]').check();
      // The honeypot is off-screen and hidden from assistive technology; people leave it empty.
      const honeypot = form.locator('[name=website]');
      expect((await honeypot.boundingBox())?.x ?? -1).toBeLessThan(0);
      expect(await honeypot.getAttribute('tabindex')).toBe('-1');
      // A form sent within three seconds of being shown counts as a bot.
      await company.waitForTimeout(3_300);
      await company.screenshot({ path: join(SCREENSHOTS, 'loket-form.png'), fullPage: true });
      await form.locator('button[type=submit]').click();
      await expectText(company.locator('main'), 'Bedankt');
      expect(await company.content()).not.toContain('/loket/status/');

      // The confirmation e-mail carries the private status link.
      const mail = await waitForMail(smtp, CONTACT_EMAIL);
      const link = /https?:\/\/[^\s"<>]+\/loket\/status\/[A-Za-z0-9_-]+/.exec(mailBody(mail))?.[0];
      if (!link) throw new Error(`no status link in "${mail.subject}"`);
      await company.goto(`${api.url}${new URL(link).pathname}`);
      await expectText(company.locator('#loket-status'), COMPANY);
      await expectText(company.locator('#loket-gesprek'), 'houtbouw <b>voor vmbo-leerlingen</b>');
      // Marks this document: it must survive until the reply shows (no reload, no navigation).
      await company.evaluate(() => ((globalThis as unknown as { __sameDocument: boolean }).__sameDocument = true));

      // The loket-medewerker finds it in the inbox and replies.
      await signIn(medewerker, api.url, 'Loket-medewerker');
      await medewerker.goto(`${api.url}/regio/noord-west-veluwe/loket`);
      await medewerker.getByRole('link', { name: COMPANY }).first().click();
      await medewerker.getByRole('heading', { level: 1 }).filter({ hasText: COMPANY }).waitFor();
      await medewerker.getByLabel('Antwoord').fill(REPLY);
      await medewerker.getByRole('button', { name: 'Versturen' }).click();
      await expectText(medewerker.locator('article[data-author="LOKET"]').last(), REPLY);
      await medewerker.screenshot({ path: join(SCREENSHOTS, 'loket-request.png'), fullPage: true });

      // The company's page shows the reply without a reload.
      await expectText(company.locator('#loket-gesprek article[data-author="LOKET"]').last(), REPLY);
      expect(await company.evaluate(() => (globalThis as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      await company.screenshot({ path: join(SCREENSHOTS, 'loket-status.png'), fullPage: true });
    });
  }, 120_000);

  it('gives a school contact the requests of their school, with the composer but without the staff controls', async () => {
    const { api, browser } = suite;
    const docent = await newPage(browser);
    await screenshotsOnFailure({ 'loket-school': docent }, async () => {
      // Youssef is a docent at Morgen College; the demo gastles request is split to his school.
      await signIn(docent, api.url, 'Docent');
      const nav = docent.getByRole('navigation', { name: 'Hoofdmenu' });
      await nav.getByRole('link', { name: 'Bedrijvencontact' }).waitFor();
      await nav.getByRole('link', { name: 'Loket', exact: true }).click();
      await docent.getByRole('heading', { level: 1, name: 'Aanvragen voor jouw school' }).waitFor();
      expect(await docent.getByRole('button', { name: 'Exporteer CSV' }).count()).toBe(0);
      expect(await docent.getByRole('link', { name: 'Rapportage' }).count()).toBe(0);
      expect(await docent.getByLabel('Behandelaar').count()).toBe(0);
      expect(await docent.getByRole('link', { name: 'Veluwe Techniek Installaties' }).count()).toBe(0);
      await docent.getByRole('link', { name: 'Zorggroep Noorderlicht' }).click();
      await docent.getByRole('heading', { level: 1 }).filter({ hasText: 'Zorggroep Noorderlicht' }).waitFor();
      expect(await docent.getByRole('button', { name: 'Status wijzigen' }).count()).toBe(0);
      expect(await docent.getByRole('button', { name: 'Toewijzing opslaan' }).count()).toBe(0);
      expect(await docent.getByLabel('Wacht op bedrijf').count()).toBe(0);
      await docent.getByLabel('Interne notitie (niet zichtbaar voor het bedrijf)').check();
      await docent.getByLabel('Antwoord').fill('Onze docent zorg kan op dinsdag.');
      await docent.getByRole('button', { name: 'Versturen' }).click();
      await expectText(docent.locator('article[data-author="NOTITIE"]').last(), 'Youssef El Amrani (Morgen College)');
      await docent.screenshot({ path: join(SCREENSHOTS, 'loket-school-request.png'), fullPage: true });
    });
  }, 120_000);

  it('hands a request over to another behandelaar without a reason: "Reden (optioneel)" is optional', async () => {
    const { api, browser } = suite;
    const medewerker = await newPage(browser);
    await screenshotsOnFailure({ 'loket-handover': medewerker }, async () => {
      await signIn(medewerker, api.url, 'Loket-medewerker');
      await medewerker.goto(`${api.url}/regio/noord-west-veluwe/loket`);
      await medewerker.getByRole('link', { name: 'Veluwe Techniek Installaties' }).first().click();
      await medewerker.getByRole('heading', { level: 1 }).filter({ hasText: 'Veluwe Techniek Installaties' }).waitFor();
      const form = medewerker.getByRole('form', { name: 'Toewijzen en splitsen' });
      const owner = form.getByLabel('Behandelaar');
      const notes = medewerker.locator('article[data-author="NOTITIE"]');
      /** Chooses a behandelaar other than the current one and saves with an empty reason; returns the name. */
      const handOver = async (): Promise<string> => {
        const current = await owner.inputValue();
        const options = await owner.locator('option').evaluateAll((all) =>
          all.map((o) => {
            // The test's TypeScript has no DOM types: an <option> read as what it is.
            const option = o as unknown as { value: string; textContent: string | null };
            return { value: option.value, label: option.textContent ?? '' };
          }),
        );
        const next = options.find((o) => o.value && o.value !== current);
        if (!next) throw new Error('no other behandelaar to choose');
        await owner.selectOption(next.value);
        expect(await form.getByText('Reden (optioneel)').count()).toBe(1);
        expect(await form.getByLabel(/^Reden/).inputValue()).toBe('');
        const before = await notes.count();
        await form.getByRole('button', { name: 'Toewijzing opslaan' }).click();
        const deadline = Date.now() + 10_000;
        while ((await notes.count()) === before && Date.now() < deadline) await medewerker.waitForTimeout(100);
        return next.label.trim();
      };
      // The first choice may be the first owner (no handover); the second is a handover for sure.
      await handOver();
      const name = await handOver();
      await expectText(notes.last(), `Toegewezen aan ${name}`);
      expect(await notes.last().textContent()).not.toContain('Reden:');
      expect(await form.getByText('Geef een reden').count()).toBe(0);
    });
    await medewerker.context().close();
  }, 120_000);
});

async function waitForMail(smtp: SmtpHandle, to: string): Promise<ReceivedMail> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const mail = smtp.messages.find((m) => m.to.includes(to));
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no e-mail to ${to} within 15 s`);
}
