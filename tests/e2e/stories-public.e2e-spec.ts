// The public story pages over real HTTP against the built API: visible only when published and
// its consents valid; withdrawal → 410 Gone and out of the feeds at once; ETag/304; OpenGraph and
// hreflang tags; RSS 2.0 and Atom (read by rss-parser, an independent feed reader, and checked
// structurally with htmlparser2 in XML mode); Dutch full-text search with stemming; the newsletter
// (double opt-in, digest once per story, unsubscribe, rate limit) over real SMTP. Stories are
// made through the GraphQL API (tests/support/stories-public-fixtures.ts).
import { Parser } from 'htmlparser2';
import FeedParser from 'rss-parser';
import { apiSuite } from '../support/api-suite';
import { mailBody, type ReceivedMail } from '../support/smtp';
import { signedIn } from '../support/fixtures';
import { makeStory, STORY_REGION, StoryClients, storyClients } from '../support/stories-public-fixtures';

const R = `/publiek/${STORY_REGION}`;
/** The shape of our story image URLs (the sanitiser keeps no other img src); no image needs to exist for og:image. */
const MILA_IMAGE = `/verhalen/afbeeldingen/${'c0ffee'.repeat(10)}abcd`;
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1] ?? null;
const meta = (html: string, key: string) => attr(html, new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"/?>`));
const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&(?:apos|#39);/g, "'")
    .replace(/&amp;/g, '&');

interface XmlElement {
  name: string;
  selfClosing?: boolean;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * Parses XML with htmlparser2 (xmlMode) and fails on anything a strict parser would refuse:
 * implied (missing) end tags, stray end tags, text outside the root, entities other than the
 * five predefined ones and numeric references, a raw `<` or `&` in text.
 */
function parseXml(xml: string): XmlElement {
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')) throw new Error('xml: no declaration');
  // CDATA sections (the feed library writes titles and HTML in them) hold raw text by definition.
  const raw = xml
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .replace(/<[^>]+>/g, '');
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(raw)) throw new Error('xml: unescaped &');
  const root: XmlElement = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: XmlElement = { name, attrs, children: [], text: '', selfClosing: xml[parser.endIndex - 1] === '/' };
        stack[stack.length - 1].children.push(el);
        stack.push(el);
      },
      ontext(text) {
        if (stack.length === 1 && text.trim()) throw new Error(`xml: text outside the root: ${text}`);
        stack[stack.length - 1].text += text;
      },
      onclosetag(name, isImplied) {
        const el = stack.pop();
        if (isImplied && !el?.selfClosing) throw new Error(`xml: <${name}> not closed`);
        if (el?.name !== name) throw new Error(`xml: </${name}> closes <${el?.name}>`);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('xml: not one root element');
  return root.children[0];
}
const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);
const children = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

describe('public story pages', () => {
  const suite = apiSuite({ mail: true, start: {} });
  let c: StoryClients;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${suite.api.url}${path}`, { headers, redirect: 'manual' });

  beforeAll(async () => {
    c = await storyClients(suite.api.url);
  }, 90_000);

  it('shows a published story with OG and hreflang tags, its translations, and a 304 on revalidation', async () => {
    const story = await makeStory(c, {
      title: 'Stage bij de bakker & "De Korenschoof"',
      lead: 'Mila liep stage <en> vond haar opleiding.',
      body: `<p>Een week meedraaien.</p><img src="${MILA_IMAGE}" alt="Mila in de bakkerij">`,
      audience: ['OUDERS', 'LEERLINGEN'],
      translations: [
        { language: 'en', title: 'An internship at the bakery', lead: 'Mila did an internship.', body: '<p>A week at work.</p>' },
        { language: 'ar', title: 'تدريب في المخبز', lead: 'قامت ميلا بتدريب.', body: '<p>أسبوع في العمل.</p>' },
      ],
    });
    const path = `${R}/verhalen/${story.slug}`;
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Stage bij de bakker &amp; &quot;De Korenschoof&quot;</h1>');
    expect(html).toContain('Mila liep stage &lt;en&gt; vond haar opleiding.');
    expect(html).toContain('<p>Een week meedraaien.</p>');
    expect(html).toContain('Voor ouders en leerlingen');
    expect(html).toMatch(/<time dateTime="[^"]+">\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}<\/time>/);
    expect(html).not.toContain('<script');
    expect(meta(html, 'og:type')).toBe('article');
    expect(decode(meta(html, 'og:title') ?? '')).toBe('Stage bij de bakker & "De Korenschoof"');
    expect(meta(html, 'og:url')).toBe(`${suite.api.url}${path}`);
    expect(meta(html, 'og:image')).toBe(`${suite.api.url}${MILA_IMAGE}`);
    expect(new Date(meta(html, 'article:published_time') ?? '').getTime()).toBeGreaterThan(Date.now() - 120_000);
    for (const l of ['nl', 'en', 'ar']) expect(html).toContain(`<link rel="alternate" hrefLang="${l}" href="${suite.api.url}${path}${l === 'nl' ? '' : `?taal=${l}`}"/>`);
    expect(html).toContain(`<a href="${path}?taal=ar" hrefLang="ar" lang="ar">العربية</a>`);

    const ar = await (await get(`${path}?taal=ar`)).text();
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain('<h1>تدريب في المخبز</h1>');
    expect(attr(ar, /<link rel="canonical" href="([^"]*)"\/?>/)).toBe(`${suite.api.url}${path}?taal=ar`);
    expect(meta(ar, 'og:locale')).toBe('ar_AR');
    const en = await (await get(`${path}?taal=en`)).text();
    expect(en).toContain('<html lang="en">');
    expect(en).not.toContain('dir="rtl"');

    const etag = res.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const again = await get(path, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    // A translation added while the page is in the server's page cache shows at once.
    await c.verbinder.request('mutation($i: StoryTranslationInput!) { setStoryTranslation(input: $i) { language } }', {
      i: { storyId: story.id, language: 'pl', title: 'Praktyka w piekarni', lead: 'Mila odbyła praktykę.', body: '<p>Tydzień w pracy.</p>' },
    });
    const withPolish = await get(path, { 'If-None-Match': etag });
    expect(withPolish.status).toBe(200);
    expect(await withPolish.text()).toContain(`hrefLang="pl" href="${suite.api.url}${path}?taal=pl"`);

    const home = await (await get(R)).text();
    expect(home).toContain('Verhalen uit de regio');
    expect(home).toContain(`href="${path}"`);
    const sitemap = await (await get('/sitemap.xml')).text();
    expect(sitemap).toContain(`<loc>${suite.api.url}${path}</loc>`);
    expect(sitemap).toContain(`<loc>${suite.api.url}${R}/verhalen</loc>`);
  });

  it('shows nothing before publication (404), and 410 Gone once the consent is withdrawn — feeds drop it at once', async () => {
    const approved = await makeStory(c, { title: 'Nog niet gepubliceerd verhaal', lead: 'Wacht.', body: '<p>Nog even geduld.</p>', publish: false });
    expect((await get(`${R}/verhalen/${approved.slug}`)).status).toBe(404);
    expect(await (await get(`${R}/verhalen`)).text()).not.toContain(approved.slug);
    expect((await get(`${R}/verhalen/bestaat-niet`)).status).toBe(404);
    expect((await get('/publiek/geen-regio/verhalen')).status).toBe(404);

    const story = await makeStory(c, { title: 'Meester Jansen vertelt', lead: 'Over de overstap.', body: '<p>Een docent over zijn werk.</p>', person: 'Meester Jansen' });
    const path = `${R}/verhalen/${story.slug}`;
    const first = await get(path);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') ?? '';
    expect(await (await get(`${R}/verhalen.rss`)).text()).toContain(story.slug);
    const atomBefore = await get(`${R}/verhalen.atom`);
    const atomEtag = atomBefore.headers.get('etag') ?? '';

    await c.verbinder.request('mutation($id: ID!, $r: String!) { withdrawStoryConsent(id: $id, reason: $r) { consent { id } } }', { id: story.consentId, r: 'E-mail van meester Jansen' });
    const gone = await get(path, { 'If-None-Match': etag });
    expect(gone.status).toBe(410);
    expect(gone.headers.get('etag')).not.toBe(etag);
    const goneHtml = await gone.text();
    expect(goneHtml).toContain('<html lang="nl">');
    expect(goneHtml).toContain('Dit verhaal staat niet meer online');
    expect(goneHtml).not.toContain('Een docent over zijn werk');
    expect(await (await get(`${R}/verhalen.rss`)).text()).not.toContain(story.slug);
    const atomAfter = await get(`${R}/verhalen.atom`, { 'If-None-Match': atomEtag });
    expect(atomAfter.status).toBe(200);
    expect(await atomAfter.text()).not.toContain(story.slug);
    expect(await (await get(`${R}/verhalen`)).text()).not.toContain(story.slug);
    expect(await (await get('/sitemap.xml')).text()).not.toContain(story.slug);
    expect(await (await get(`${R}/zoeken?q=docent`)).text()).not.toContain(story.slug);
  });

  it('publishes RSS 2.0 and Atom with content types, absolute URLs, dates and escaped content', async () => {
    const story = await makeStory(c, { title: 'Feed <test> & "quotes"', lead: 'Lead & meer', body: '<p>Lees <a href="/publiek">verder</a>.</p>' });
    const link = `${suite.api.url}${R}/verhalen/${story.slug}`;

    const rssRes = await get(`${R}/verhalen.rss`);
    expect(rssRes.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(rssRes.headers.get('etag')).toMatch(/^"/);
    const rss = parseXml(await rssRes.text());
    expect(rss.name).toBe('rss');
    expect(rss.attrs.version).toBe('2.0');
    const channel = child(rss, 'channel');
    if (!channel) throw new Error('no channel');
    expect(child(channel, 'link')?.text).toBe(`${suite.api.url}${R}/verhalen`);
    expect(child(channel, 'atom:link')?.attrs.href).toBe(`${suite.api.url}${R}/verhalen.rss`);
    const items = children(channel, 'item');
    const item = items.find((i) => child(i, 'link')?.text === link);
    if (!item) throw new Error('story not in the RSS feed');
    expect(items[0]).toBe(item); // newest first
    expect(child(item, 'title')?.text).toBe('Feed <test> & "quotes"');
    expect(child(item, 'guid')?.text).toBe(link);
    // RFC 822 in UTC (`GMT` and `+0000` are the same zone).
    expect(child(item, 'pubDate')?.text).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (GMT|\+0000)$/);
    expect(Date.now() - Date.parse(child(item, 'pubDate')?.text ?? '')).toBeLessThan(120_000);
    expect(child(item, 'description')?.text).toBe(`<p>Lead &amp; meer</p><p>Lees <a href="${suite.api.url}/publiek" rel="noopener">verder</a>.</p>`);

    const atomRes = await get(`${R}/verhalen.atom`);
    expect(atomRes.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const atom = parseXml(await atomRes.text());
    expect(atom.name).toBe('feed');
    expect(atom.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(children(atom, 'link').find((l) => l.attrs.rel === 'self')?.attrs.href).toBe(`${suite.api.url}${R}/verhalen.atom`);
    expect(child(atom, 'updated')?.text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const entry = children(atom, 'entry').find((e) => child(e, 'id')?.text === link);
    if (!entry) throw new Error('story not in the Atom feed');
    expect(child(entry, 'title')?.text).toBe('Feed <test> & "quotes"');
    expect(child(entry, 'link')?.attrs.href).toBe(link);
    expect(child(entry, 'published')?.text).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(child(entry, 'content')?.attrs.type).toBe('html');
    expect(child(entry, 'content')?.text).toContain(`<a href="${suite.api.url}/publiek" rel="noopener">verder</a>`);
    expect((await get('/publiek/geen-regio/verhalen.rss')).status).toBe(404);

    // An independent feed reader (rss-parser, as used by feed aggregators) reads both feeds.
    const reader = new FeedParser();
    for (const path of [`${R}/verhalen.rss`, `${R}/verhalen.atom`]) {
      const feed = await reader.parseString(await (await get(path)).text());
      expect(feed.link ?? feed.feedUrl).toBeTruthy();
      const read = feed.items.find((i) => i.link === link);
      expect(read).toMatchObject({ title: 'Feed <test> & "quotes"', link });
      expect(Date.parse(read?.isoDate ?? '')).toBeGreaterThan(Date.now() - 120_000);
    }
  });

  it('searches the public stories in Dutch with stemming', async () => {
    const story = await makeStory(c, { title: 'Snuffelen in de zorg', lead: 'Drie leerlingen op bezoek.', body: '<p>Ze deden een stage in het verpleeghuis en gingen elke dag fietsen.</p>' });
    const hidden = await makeStory(c, { title: 'Verborgen stage', lead: 'Niet publiek.', body: '<p>Een stage.</p>', publish: false });
    const search = async (q: string) => (await get(`${R}/zoeken?q=${encodeURIComponent(q)}`)).text();
    const stages = await search('stages');
    expect(stages).toContain(`/verhalen/${story.slug}"`);
    expect(stages).not.toContain(hidden.slug);
    expect(await search('fietsen verpleeghuis')).toContain(story.slug); // every word must match
    expect(await search('fietsen ziekenhuis')).not.toContain(story.slug);
    expect(await search('leerling')).toContain(story.slug); // lead, plural
    expect(await search('ziekenhuis')).toContain('Geen verhalen gevonden voor “ziekenhuis”');
    const escaped = await search('<b>stage</b>');
    expect(escaped).toContain('&lt;b&gt;stage&lt;/b&gt;');
    expect(escaped).not.toContain('<b>stage</b>');
    const empty = await get(`${R}/zoeken`);
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain('<input type="search" id="q" maxLength="200" name="q" value=""/>');
  });

  describe('newsletter', () => {
    const post = (path: string, form: Record<string, string> = {}) =>
      fetch(`${suite.api.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString(), redirect: 'manual' });
    const mailsTo = (to: string) => suite.smtp.messages.filter((m) => m.to.includes(to));
    const linkIn = (mail: ReceivedMail, kind: 'bevestigen' | 'afmelden') => {
      const m = new RegExp(`${suite.api.url.replace(/[.:/]/g, '\\$&')}(/publiek/${STORY_REGION}/nieuwsbrief/${kind}/[A-Za-z0-9_.-]+)`).exec(mailBody(mail));
      if (!m) throw new Error(`no ${kind} link in "${mail.subject}"`);
      return m[1];
    };
    const settle = () => new Promise((r) => setTimeout(r, 1500));

    it('subscribes with double opt-in, sends a digest once per story, and unsubscribes in one step', async () => {
      const form = await get(`${R}/nieuwsbrief`);
      expect(form.status).toBe(200);
      expect(form.headers.get('cache-control')).toBe('no-store');
      expect(await form.text()).toContain('<label for="email">E-mailadres</label>');

      const bad = await post(`${R}/nieuwsbrief`, { email: 'geen-adres' });
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain('Vul een geldig e-mailadres in.');

      const reader = 'lezer@ouders.example';
      const answer = await post(`${R}/nieuwsbrief`, { email: reader });
      expect(answer.status).toBe(200);
      const answerHtml = await answer.text();
      expect(answerHtml).toContain('Kijk in je e-mail');
      const [confirmMail] = await suite.smtp.waitFor(() => mailsTo(reader).length === 1).then(() => mailsTo(reader));
      expect(confirmMail.subject).toBe('Bevestig je aanmelding voor de verhalen uit Noord-West Veluwe');
      const confirmPath = linkIn(confirmMail, 'bevestigen');
      expect(linkIn(confirmMail, 'afmelden')).toMatch(/afmelden\/[0-9a-f-]{36}\./);

      // Not confirmed yet: a published story sends nothing.
      await makeStory(c, { title: 'Voor de bevestiging', lead: 'Nog niet.', body: '<p>Nog niet.</p>' });
      await settle();
      expect(mailsTo(reader)).toHaveLength(1);

      // The link from the mail shows a button (scanners change nothing); the POST confirms, once.
      const page = await get(confirmPath);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<button type="submit">Bevestigen</button>');
      const confirmed = await post(confirmPath);
      expect(confirmed.status).toBe(200);
      expect(await confirmed.text()).toContain('Je bent aangemeld');
      expect((await post(confirmPath)).status).toBe(404);

      // Enumeration-safe: a confirmed address gets the same answer and no mail.
      const again = await post(`${R}/nieuwsbrief`, { email: reader.toUpperCase() });
      expect(await again.text()).toBe(answerHtml);

      // A newly published story: one digest, with the story link and the unsubscribe link.
      const story = await makeStory(c, { title: 'Digest: een dag in de keuken', lead: 'Koken op het mbo.', body: '<p>Ze maakten soep.</p>' });
      const digests = await suite.smtp.waitFor(() => mailsTo(reader).length === 2).then(() => mailsTo(reader));
      const digest = digests[1];
      expect(digest.subject).toBe('Nieuw verhaal uit Noord-West Veluwe: Digest: een dag in de keuken');
      expect(mailBody(digest)).toContain(`${suite.api.url}${R}/verhalen/${story.slug}`);
      expect(mailBody(digest)).toContain('Ze maakten soep.');
      const unsubscribePath = linkIn(digest, 'afmelden');
      // RFC 8058 one-click unsubscribe headers, for the mail program's own "Afmelden" button.
      const header = (mail: ReceivedMail, name: string) =>
        new RegExp(`^${name}:(.*(?:\r?\n[ \t].*)*)`, 'im')
          .exec(mail.raw)?.[1]
          .replace(/\r?\n[ \t]+/g, ' ')
          .trim();
      expect(header(digest, 'List-Unsubscribe')).toContain(`<${suite.api.url}${unsubscribePath}>`);
      expect(header(digest, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(header(confirmMail, 'List-Unsubscribe')).toMatch(/<http:\/\/127\.0\.0\.1:\d+\/publiek\/noord-west-veluwe\/nieuwsbrief\/afmelden\/[0-9a-f-]{36}\.[A-Za-z0-9_-]+>/);

      // Offline and back online: no second digest for the same story.
      await c.verbinder.request('mutation($id: ID!) { unpublishStory(id: $id) { id } }', { id: story.id });
      await c.redacteur.request('mutation($id: ID!) { submitStory(id: $id) { id } }', { id: story.id });
      await c.verbinder.request('mutation($id: ID!) { approveStory(id: $id) { id } }', { id: story.id });
      await c.verbinder.request('mutation($id: ID!) { publishStory(id: $id) { id } }', { id: story.id });
      await settle();
      expect(mailsTo(reader)).toHaveLength(2);

      // Unsubscribe: a button, then gone; a tampered link does nothing.
      expect((await get(unsubscribePath.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A')))).status).toBe(404);
      expect(await (await get(unsubscribePath)).text()).toContain('<button type="submit">Afmelden</button>');
      const gone = await post(unsubscribePath, { 'List-Unsubscribe': 'One-Click' });
      expect(gone.status).toBe(200);
      expect(await gone.text()).toContain('Je bent afgemeld');
      await makeStory(c, { title: 'Na het afmelden', lead: 'Niet meer.', body: '<p>Niet meer.</p>' });
      await settle();
      expect(mailsTo(reader)).toHaveLength(2);
    }, 60_000);

    it('lets the region beheerder see and erase an address (AVG inzage and erasure), nobody else', async () => {
      const address = 'wis.mij@ouders.example';
      expect((await post(`${R}/nieuwsbrief`, { email: address })).status).toBe(200);
      const beheerder = await signedIn(suite.api.url, 'beheerder');
      const Q = 'query($r: ID!, $e: String!) { newsletterSubscriptionsOf(regionId: $r, email: $e) { email status confirmedAt } }';
      const seen = await beheerder.request<{ newsletterSubscriptionsOf: Array<{ email: string; status: string; confirmedAt: string | null }> }>(Q, { r: c.regionId, e: 'Wis.Mij@Ouders.example' });
      expect(seen.newsletterSubscriptionsOf).toEqual([{ email: address, status: 'PENDING', confirmedAt: null }]);
      const denied = await c.redacteur.query(Q, { r: c.regionId, e: address });
      expect(denied.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

      const erased = await beheerder.request<{ eraseNewsletterSubscriptionsOf: number }>('mutation($r: ID!, $e: String!) { eraseNewsletterSubscriptionsOf(regionId: $r, email: $e) }', {
        r: c.regionId,
        e: address,
      });
      expect(erased.eraseNewsletterSubscriptionsOf).toBe(1);
      expect((await beheerder.request<{ newsletterSubscriptionsOf: unknown[] }>(Q, { r: c.regionId, e: address })).newsletterSubscriptionsOf).toEqual([]);
    });

    it('rate-limits subscriptions per address', async () => {
      const address = 'veel@ouders.example';
      for (let i = 0; i < 10; i += 1) expect((await post(`${R}/nieuwsbrief`, { email: address })).status).toBe(200);
      const limited = await post(`${R}/nieuwsbrief`, { email: address });
      expect(limited.status).toBe(429);
      expect(await limited.text()).toContain('Te veel aanmeldingen in korte tijd.');
      expect((await post('/publiek/geen-regio/nieuwsbrief', { email: 'a@b.example' })).status).toBe(404);
    }, 30_000);
  });
});
