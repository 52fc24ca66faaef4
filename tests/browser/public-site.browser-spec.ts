// Every public page type in Chromium, checked with axe-core against WCAG 2.1 A and AA on a
// phone (390×844) and on a desktop, and the region home with JavaScript disabled; on the phone
// every page type, and the story in every language it can be translated into (Arabic right to
// left), fits the screen and shows its main heading in the first screen. A loket status page is
// made for real: a request through the API, its link from the SMTP mail.
import { STORY_LANGUAGES } from '@verbinder/stories/core';
import type { BrowserContext } from 'playwright-core';
import { GraphqlHttpClient } from '../support/api-process';
import { browserSuite, type ContextOptions, newContext } from '../support/browser';
import { linkToken } from '../support/smtp';
import { makeStory, storyClients } from '../support/stories-public-fixtures';

const AXE = require.resolve('axe-core/axe.min.js');
const REGION = 'noord-west-veluwe';
const SUBMIT = 'mutation($input: LoketIntakeInput!) { submitLoketRequest(input: $input) { message } }';
/** A story title in every language a story can be translated into. */
const TITLES: Record<(typeof STORY_LANGUAGES)[number], string> = {
  en: 'An internship at the garage',
  ar: 'تدريب في المرآب',
  tr: 'Garajda staj',
  pl: 'Praktyki w warsztacie samochodowym',
  uk: 'Практика в автомайстерні',
  de: 'Ein Praktikum in der Autowerkstatt',
  fr: 'Un stage au garage',
  es: 'Prácticas en el taller',
  so: 'Tababar ka dhacay garaashka',
  ti: 'ልምምድ ኣብ ጋራጅ',
};
const VIEWPORTS = [
  { name: 'telefoon', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

function describeViolations(path: string, violations: AxeViolation[]): string {
  return violations.map((v) => `${path}: [${v.impact}] ${v.id} — ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`).join('\n')}`).join('\n');
}

describe('public site accessibility in the browser', () => {
  let statusPath: string;
  let storyPath: string;

  const pages = () => [
    '/publiek',
    `/publiek/${REGION}`,
    `/publiek/${REGION}/leerroutes`,
    `/publiek/${REGION}/actieagenda`,
    `/publiek/${REGION}/activiteiten`,
    `/publiek/${REGION}/loket`,
    `/publiek/${REGION}/loket/privacy`,
    statusPath,
    '/loket/inloggen',
    '/toegankelijkheid',
    '/publiek/bestaat-niet',
    `/publiek/${REGION}/verhalen`,
    storyPath,
    `${storyPath}?taal=ar`,
    `/publiek/${REGION}/zoeken?q=stages`,
    `/publiek/${REGION}/verhalen/bestaat-niet`,
    `/publiek/${REGION}/bestaat-niet`,
    `/publiek/${REGION}/nieuwsbrief`,
  ];

  const suite = browserSuite({
    mail: true,
    setup: async (api) => {
      // A real loket request, so there is a real status page to check.
      const anonymous = new GraphqlHttpClient(api.url);
      const formToken = (await anonymous.request<{ loketFormToken: string }>('{ loketFormToken }')).loketFormToken;
      await new Promise((r) => setTimeout(r, 3200)); // the form must be at least three seconds old
      await anonymous.request(SUBMIT, {
        input: {
          regionSlug: REGION,
          companyName: 'Toegankelijk Bouw B.V.',
          kvk: '1122 3344',
          contactName: 'Sanne Bouw',
          contactEmail: 'sanne@toegankelijk.example',
          type: 'GASTLES',
          consent: true,
          formToken,
        },
      });
      const [mail] = (await suite.smtp.waitFor((m) => m.some((x) => x.to.includes('sanne@toegankelijk.example')))).filter((x) => x.to.includes('sanne@toegankelijk.example'));
      statusPath = `/loket/status/${linkToken(mail, '/loket/status', 'status')}`;
      // A published story with an Arabic translation (right to left), made through the API.
      const story = await makeStory(await storyClients(api.url), {
        title: 'Een stage bij de garage',
        lead: 'Daan vertelt over zijn stage.',
        body: '<p>Hij leerde banden wisselen.</p><h2>Wat vond hij ervan?</h2><p>Leuk!</p>',
        translations: STORY_LANGUAGES.map((language) => ({ language, title: TITLES[language], lead: TITLES[language], body: `<p>${TITLES[language]}</p>` })),
      });
      storyPath = `/publiek/${REGION}/verhalen/${story.slug}`;
    },
  });

  async function withContext<T>(options: ContextOptions, run: (context: BrowserContext) => Promise<T>): Promise<T> {
    const context = await newContext(suite.browser, options);
    try {
      return await run(context);
    } finally {
      await context.close();
    }
  }

  it.each(VIEWPORTS)(
    'has no WCAG 2.1 A/AA violations on any public page type ($name)',
    async ({ viewport }) => {
      // axe is injected as an inline script, which the site's Content-Security-Policy (rightly) blocks.
      await withContext({ viewport, bypassCSP: true }, async (context) => {
        const page = await context.newPage();
        const problems: string[] = [];
        for (const path of pages()) {
          const response = await page.goto(`${suite.api.url}${path}`);
          expect([200, 404]).toContain(response?.status());
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.addScriptTag({ path: AXE });
          const { violations, passes } = (await page.evaluate(
            `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }).then((r) => ({ passes: r.passes.length, violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })) }))`,
          )) as { violations: AxeViolation[]; passes: number };
          expect(passes).toBeGreaterThan(5); // axe really checked the page
          if (violations.length) problems.push(describeViolations(path, violations));
        }
        if (problems.length) throw new Error(`axe-core found WCAG violations:\n${problems.join('\n')}`);
      });
    },
    120_000,
  );

  it('fits a phone (390×844) on every public page type and in every story language, with the main heading in the first screen', async () => {
    await withContext({ viewport: VIEWPORTS[0].viewport }, async (context) => {
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of [...pages(), ...STORY_LANGUAGES.map((l) => `${storyPath}?taal=${l}`)]) {
        await page.goto(`${suite.api.url}${path}`);
        const heading = page.getByRole('heading', { level: 1 }).first();
        await heading.waitFor();
        const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
        if (width > 390) problems.push(`${path}: ${width} px wide on a 390 px screen`);
        const box = await heading.boundingBox();
        if (!box || box.y < 0 || box.y + box.height > 844 || box.x < 0 || box.x + Math.min(box.width, 40) > 390) {
          problems.push(`${path}: the main heading is not in the first screen (${JSON.stringify(box)})`);
        }
      }
      expect(problems).toEqual([]);
    });
  }, 120_000);

  it('the activities page offers a registration form that works as plain HTML', async () => {
    await withContext({ viewport: VIEWPORTS[0].viewport, javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${suite.api.url}/publiek/${REGION}/activiteiten`);
      const form = page.locator('form[action*="/aanmelden"]').first();
      await form.getByLabel('Je naam').fill('Ouder Test');
      await form.getByLabel('Je e-mailadres').fill('ouder@toegankelijk.example');
      await form.getByRole('button', { name: 'Aanmelden' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kijk in je e-mail' }).waitFor();
    });
  }, 60_000);

  it('works without JavaScript: the region home, its navigation and the leerroutes', async () => {
    await withContext({ viewport: VIEWPORTS[0].viewport, javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${suite.api.url}/publiek`);
      await page.getByRole('link', { name: 'Noord-West Veluwe' }).click();
      await page.getByRole('heading', { level: 1, name: 'Van vmbo naar mbo in Noord-West Veluwe' }).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: 'De scholen', exact: true }).isVisible()).toBe(true);
      expect(await page.locator('script').count()).toBe(0);
      await page.getByRole('navigation', { name: 'Regio' }).getByRole('link', { name: 'Leerroutes' }).click();
      await page.getByRole('heading', { level: 1, name: 'Leerroutes in Noord-West Veluwe' }).waitFor();
      await page.getByRole('link', { name: 'Toegankelijkheid' }).click();
      await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    });
  }, 60_000);
});
