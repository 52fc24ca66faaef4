// A parent on a phone (390×844) opens a public story: the link-preview tags WhatsApp reads
// (og:title, og:description, og:url, og:type), the language picker (links, no JavaScript needed)
// to the Arabic translation (rtl) and back, and the newsletter: subscribe, follow the confirmation
// link from the SMTP mail, confirm. The story is made through the GraphQL API.
import { browserSuite, newContext } from '../support/browser';
import { makeStory, STORY_REGION, storyClients } from '../support/stories-public-fixtures';

describe('public story on a phone', () => {
  let slug: string;

  const suite = browserSuite({
    mail: true,
    timeoutMs: 120_000,
    setup: async (api) => {
      slug = (
        await makeStory(await storyClients(api.url), {
          title: 'Van de Veluwe naar de zorg',
          lead: 'Fatima koos na het vmbo een opleiding in de zorg.',
          body: '<p>Ze liep twee weken mee in een verpleeghuis.</p>',
          audience: ['OUDERS'],
          translations: [
            { language: 'ar', title: 'من فيلوفه إلى الرعاية', lead: 'اختارت فاطمة تدريبا في الرعاية.', body: '<p>أمضت أسبوعين في دار رعاية.</p>' },
            { language: 'en', title: 'From the Veluwe to care', lead: 'Fatima chose a course in care.', body: '<p>She spent two weeks in a care home.</p>' },
          ],
        })
      ).slug;
    },
  });

  it('shows link-preview tags, switches language through the picker, and subscribes to the newsletter', async () => {
    const { api, browser, smtp } = suite;
    const context = await newContext(browser, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const path = `/publiek/${STORY_REGION}/verhalen/${slug}`;
      await page.goto(`${api.url}/publiek/${STORY_REGION}`);
      await page.getByRole('navigation', { name: 'Regio' }).getByRole('link', { name: 'Verhalen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Verhalen uit Noord-West Veluwe' }).waitFor();
      await page.getByRole('link', { name: 'Van de Veluwe naar de zorg' }).click();
      await page.getByRole('heading', { level: 1, name: 'Van de Veluwe naar de zorg' }).waitFor();
      expect(page.url()).toBe(`${api.url}${path}`);

      const og = async (key: string) => page.locator(`meta[property="${key}"]`).getAttribute('content');
      expect(await og('og:title')).toBe('Van de Veluwe naar de zorg');
      expect(await og('og:description')).toBe('Fatima koos na het vmbo een opleiding in de zorg.');
      expect(await og('og:url')).toBe(`${api.url}${path}`);
      expect(await og('og:type')).toBe('article');
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      // Fits the phone: no horizontal scrolling.
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);

      const picker = page.getByRole('navigation', { name: 'Taal' });
      await picker.getByRole('link', { name: 'العربية' }).click();
      await page.getByRole('heading', { level: 1, name: 'من فيلوفه إلى الرعاية' }).waitFor();
      expect(page.url()).toBe(`${api.url}${path}?taal=ar`);
      expect(await page.locator('html').getAttribute('lang')).toBe('ar');
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await og('og:url')).toBe(`${api.url}${path}?taal=ar`);
      expect(await og('og:title')).toBe('من فيلوفه إلى الرعاية');

      await picker.getByRole('link', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'From the Veluwe to care' }).waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBeNull();
      await picker.getByRole('link', { name: 'Nederlands' }).click();
      await page.getByRole('heading', { level: 1, name: 'Van de Veluwe naar de zorg' }).waitFor();
      expect(await page.locator('script').count()).toBe(0);

      // The newsletter: from the story list, subscribe, then the confirmation link from the mail.
      await page.getByRole('link', { name: /Meer verhalen uit/ }).click();
      await page.getByRole('link', { name: 'nieuwsbrief per e-mail' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwsbrief: verhalen uit Noord-West Veluwe' }).waitFor();
      await page.getByLabel('E-mailadres').fill('ouder@telefoon.example');
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kijk in je e-mail' }).waitFor();
      const [mail] = (await smtp.waitFor((m) => m.some((x) => x.to.includes('ouder@telefoon.example')))).filter((x) => x.to.includes('ouder@telefoon.example'));
      const raw = mail.raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
      const link = /(http:\/\/[^\s]+\/nieuwsbrief\/bevestigen\/[A-Za-z0-9_-]+)/.exec(raw)?.[1];
      if (!link) throw new Error(`no confirmation link in "${mail.subject}"`);
      await page.goto(link);
      await page.getByRole('button', { name: 'Bevestigen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Je bent aangemeld' }).waitFor();
    } finally {
      await context.close();
    }
  }, 60_000);
});
