import type { Story, StoryAudience } from '@verbinder/stories/core';

/**
 * Story pages and feeds revalidate on every view: a withdrawn story (consent withdrawn, taken
 * offline) must disappear at once, and the ETag makes the revalidation a cheap 304. A CDN in
 * front must purge the region's story URLs on `story.unpublished` (see docs/stories.md).
 */
export const STORY_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** How many stories the region home shows (the stories page has all of them). */
export const HOME_STORIES = 3;

const AUDIENCE_TEXT: Record<StoryAudience, string> = { OUDERS: 'ouders', LEERLINGEN: 'leerlingen', BEDRIJVEN: 'bedrijven', DOCENTEN: 'docenten' };

/** The language picker: each language in its own name (Dutch is the original). */
export const LANGUAGE_NAMES: Record<string, string> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  pl: 'Polski',
  uk: 'Українська',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  so: 'Soomaali',
  ti: 'ትግርኛ',
};

export const OG_LOCALES: Record<string, string> = { nl: 'nl_NL', en: 'en_GB', ar: 'ar_AR', tr: 'tr_TR', pl: 'pl_PL', uk: 'uk_UA', de: 'de_DE', fr: 'fr_FR', es: 'es_ES', so: 'so_SO', ti: 'ti_ER' };

/** "1 december 2026" (Amsterdam time). */
export function dutchDate(instant: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(instant);
}

/** "Voor ouders en leerlingen". */
export function audienceText(audience: readonly StoryAudience[]): string {
  const words = audience.map((a) => AUDIENCE_TEXT[a]);
  if (words.length === 0) return 'Voor iedereen';
  return `Voor ${words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} en ${words[words.length - 1]}`}`;
}

/** When the story went public (the publication moment). */
export function publishedOn(story: Story): Date {
  return story.publishedAt ?? story.publishAt ?? story.updatedAt;
}

/** Newest first. */
export function newestFirst(stories: readonly Story[]): Story[] {
  return [...stories].sort((a, b) => publishedOn(b).getTime() - publishedOn(a).getTime());
}

export function storyPath(regionSlug: string, storySlug: string): string {
  return `/publiek/${encodeURIComponent(regionSlug)}/verhalen/${encodeURIComponent(storySlug)}`;
}

/** The first image of a (sanitised) body, for og:image; bodies only hold our own image URLs. */
export function firstImage(body: string): { src: string; alt: string } | null {
  const img = /<img\b[^>]*>/i.exec(body);
  if (!img) return null;
  const src = /\ssrc="([^"]*)"/i.exec(img[0])?.[1];
  const alt = /\salt="([^"]*)"/i.exec(img[0])?.[1] ?? '';
  return src ? { src: decodeEntities(src), alt: decodeEntities(alt) } : null;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A story as a card in a list (the region home, the stories page, search results). */
export function StoryCard({ regionSlug, story, heading: Heading }: { regionSlug: string; story: Story; heading: 'h2' | 'h3' }) {
  const published = publishedOn(story);
  return (
    <article className="line">
      <Heading>
        <a href={storyPath(regionSlug, story.slug)}>{story.title}</a>
      </Heading>
      <p className="meta">
        <time dateTime={published.toISOString()}>{dutchDate(published)}</time> <span>{audienceText(story.audience)}</span>
      </p>
      <p>{story.lead}</p>
    </article>
  );
}
