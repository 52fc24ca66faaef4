import type { Story } from '@verbinder/stories/core';
import { storiesAtom, StoriesFeedInput, storiesRss } from './feeds';

const story = (slug: string, title: string, publishedAt: string, updatedAt = publishedAt) =>
  ({ slug, title, lead: 'Lead & meer', body: '<p>Tekst</p>', audience: ['OUDERS'], publishedAt: new Date(publishedAt), publishAt: null, updatedAt: new Date(updatedAt) }) as unknown as Story;

const input = (stories: Story[]): StoriesFeedInput => ({
  region: { name: 'Noord & Zuid', updatedAt: new Date('2026-01-01T00:00:00Z') },
  stories,
  listUrl: 'https://verbinder.nl/publiek/nz/verhalen',
  storyUrl: (s) => `https://verbinder.nl/publiek/nz/verhalen/${s.slug}`,
  itemHtml: (s) => `<p>${s.lead.replace('&', '&amp;')}</p>${s.body}`,
});

describe('story feeds', () => {
  const stories = [story('nieuw', 'Nieuw', '2026-03-02T10:00:00Z', '2026-03-05T10:00:00Z'), story('oud', 'Oud', '2026-02-01T10:00:00Z')];

  it('writes RSS 2.0 with the channel, self link and one item per story, permalinks as guid', () => {
    const rss = storiesRss(input(stories));
    expect(rss.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(rss).toContain('<title>Verhalen uit Noord &amp; Zuid · Verbinder</title>');
    expect(rss).toContain('<atom:link href="https://verbinder.nl/publiek/nz/verhalen.rss" rel="self" type="application/rss+xml"/>');
    expect(rss).toContain('<guid isPermaLink="true">https://verbinder.nl/publiek/nz/verhalen/nieuw</guid>');
    expect(rss).toContain('<pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate>');
    expect(rss).toContain('<lastBuildDate>Mon, 02 Mar 2026 10:00:00 GMT</lastBuildDate>');
    expect(rss.indexOf('/nieuw<')).toBeLessThan(rss.indexOf('/oud<'));
  });

  it('writes Atom with the newest change as updated and the lead as summary', () => {
    const atom = storiesAtom(input(stories));
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(atom).toContain('<updated>2026-03-05T10:00:00.000Z</updated>');
    expect(atom).toContain('<link rel="self" href="https://verbinder.nl/publiek/nz/verhalen.atom"/>');
    expect(atom).toContain('<published>2026-03-02T10:00:00.000Z</published>');
    expect(atom).toContain('<summary type="html"><![CDATA[Lead & meer]]></summary>');
  });

  it('is the same for the same stories (ETags), also without stories', () => {
    expect(storiesRss(input([]))).toBe(storiesRss(input([])));
    expect(storiesAtom(input([]))).toContain('<updated>2026-01-01T00:00:00.000Z</updated>');
  });

  it('keeps a hostile title inside its CDATA section', () => {
    const hostile = story('x', 'a ]]> b ]]><script>alert(1)</script>', '2026-03-02T10:00:00Z');
    for (const xml of [storiesRss(input([hostile])), storiesAtom(input([hostile]))]) {
      expect(xml).not.toContain(']]><script>');
      expect(xml).toContain('a ]]&gt; b ]]&gt;<script>alert(1)</script>]]>');
    }
  });
});
