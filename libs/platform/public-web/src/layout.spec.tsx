import { regionNotFoundPage, renderMessagePage, renderPage } from './layout';

describe('the public page frame', () => {
  it('escapes every value, in text and in attributes', () => {
    const html = renderPage({
      title: '<b>"x"</b>',
      description: 'a & b',
      canonicalUrl: 'https://v.nl/p?a=1&b="2"',
      regionName: '<i>R</i>',
      regionSlug: 'r s',
      body: <p>{'<script>alert(1)</script>'}</p>,
    });
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<title>&lt;b&gt;&quot;x&quot;&lt;/b&gt; · Verbinder</title>');
    expect(html).toContain('<link rel="canonical" href="https://v.nl/p?a=1&amp;b=&quot;2&quot;"/>');
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html).toContain('<a href="/publiek/r%20s">Verbinder · &lt;i&gt;R&lt;/i&gt;</a>');
    expect(html).toContain('<a href="/publiek/r%20s/loket">Bedrijvenloket</a>');
    expect(html).not.toContain('<script');
  });

  it('keeps the frame Dutch on a translated page and sets the writing direction', () => {
    const html = renderPage({ title: 'قصة', description: 'd', canonicalUrl: 'https://v.nl/x', lang: 'ar', dir: 'rtl', ogLocale: 'ar_AR', regionSlug: 'r', body: null });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<header lang="nl" dir="ltr" class="site">');
    expect(html).toContain('<nav lang="nl" dir="ltr" class="regio" aria-label="Regio">');
    expect(html).toContain('<meta property="og:locale" content="ar_AR"/>');
  });

  it('has a Dutch 404 page for an unknown region and never-indexed message pages', () => {
    expect(regionNotFoundPage('https://v.nl/publiek/x')).toContain('<h1>Deze regio bestaat niet</h1>');
    const outage = renderMessagePage({ title: 'Even niet bereikbaar', description: 'd', canonicalUrl: '/x', refreshSeconds: 15, paragraphs: ['Probeer <het> later.'] });
    expect(outage).toContain('<meta http-equiv="refresh" content="15"/><meta name="robots" content="noindex"/>');
    expect(outage).toContain('<h1>Even niet bereikbaar</h1><p>Probeer &lt;het&gt; later.</p>');
  });
});
