import { Feed, type Item } from 'feed';
import type { Region } from '@verbinder/regions/core';
import type { Story } from '@verbinder/stories/core';
import { publishedOn } from './stories';

export interface StoriesFeedInput {
  region: Pick<Region, 'name' | 'updatedAt'>;
  /** Newest first. */
  stories: readonly Story[];
  /** Absolute URL of the region's stories page. */
  listUrl: string;
  /** Absolute URL of one story. */
  storyUrl: (story: Story) => string;
  /** The item's HTML: the lead and the sanitised body with absolute links and images. */
  itemHtml: (story: Story) => string;
}

/**
 * The `feed` library writes CDATA sections and splits only the first `]]>` of a value, so a
 * second one (a hostile title) would end the section early and put markup into the feed. Our
 * values are text or HTML that feed readers decode: `]]&gt;` reads the same and cannot end one.
 */
const cdataSafe = (value: string): string => value.replace(/]]>/g, ']]&gt;');

function storiesFeed(input: StoriesFeedInput, format: 'rss' | 'atom'): Feed {
  const { region, stories, listUrl } = input;
  const feed = new Feed({
    id: listUrl,
    title: `Verhalen uit ${region.name} · Verbinder`,
    description: `Verhalen over de overstap van vmbo naar mbo in ${region.name}.`,
    link: listUrl,
    language: 'nl',
    generator: false,
    // The same bytes for the same stories (the ETag depends on it): never "now".
    updated: format === 'rss' ? (stories.length ? publishedOn(stories[0]) : region.updatedAt) : stories.length ? stories.map((s) => s.updatedAt).reduce((a, b) => (a > b ? a : b)) : region.updatedAt,
    feedLinks: format === 'rss' ? { rss: `${listUrl}.rss` } : { atom: `${listUrl}.atom` },
    author: { name: `Verbinder ${region.name}` },
  });
  for (const s of stories) {
    const published = publishedOn(s);
    const html = cdataSafe(input.itemHtml(s));
    const item: Item = {
      title: cdataSafe(s.title),
      link: input.storyUrl(s),
      date: s.updatedAt > published ? s.updatedAt : published,
      published,
      category: s.audience.map((a) => ({ name: a.toLowerCase() })),
      ...(format === 'rss' ? { description: html } : { description: cdataSafe(s.lead), content: html }),
    };
    feed.addItem(item);
  }
  return feed;
}

/** The feeds' XML declaration as our other XML documents write it. */
const declaration = (xml: string): string => xml.replace(/^<\?xml version="1.0" encoding="utf-8"\?>/, '<?xml version="1.0" encoding="UTF-8"?>');

/** RSS 2.0 of a region's published stories. */
export function storiesRss(input: StoriesFeedInput): string {
  return `${declaration(storiesFeed(input, 'rss').rss2())}\n`;
}

/** Atom 1.0 of a region's published stories. */
export function storiesAtom(input: StoriesFeedInput): string {
  return `${declaration(storiesFeed(input, 'atom').atom1())}\n`;
}
