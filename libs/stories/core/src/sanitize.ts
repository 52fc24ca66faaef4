import sanitizeHtml from 'sanitize-html';

/** Where story images may come from: our own image URLs only. */
export const STORY_IMAGE_PREFIX = '/verhalen/afbeeldingen/';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'figure', 'figcaption', 'img', 'br'],
  allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed'],
  transformTags: {
    a: (tagName, attribs): sanitizeHtml.Tag => ({ tagName, attribs: attribs['href'] ? { href: attribs['href'], rel: 'noopener' } : ({} as sanitizeHtml.Attributes) }),
  },
  exclusiveFilter: (frame) => {
    if (frame.tag !== 'img') return false;
    const src = frame.attribs['src'] ?? '';
    const alt = (frame.attribs['alt'] ?? '').trim();
    return !src.startsWith(STORY_IMAGE_PREFIX) || src.includes('..') || alt.length === 0;
  },
};

/**
 * The story body as stored and served: a small set of tags, links only to http(s) and mailto
 * with rel="noopener", images only from our own image URLs and only with alt text; scripts,
 * styles, event handlers and javascript: URLs never survive.
 */
export function sanitizeStoryHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Images in the raw input that would be dropped because they lack alt text (refused, not silently removed). */
export function imagesWithoutAlt(html: string): number {
  let count = 0;
  sanitizeHtml(html, {
    allowedTags: ['img'],
    allowedAttributes: { img: ['alt', 'src'] },
    exclusiveFilter: (frame) => {
      if (frame.tag === 'img' && !(frame.attribs['alt'] ?? '').trim()) count += 1;
      return false;
    },
  });
  return count;
}

/** Plain text of a sanitised body (for length checks and summaries). */
export const plainText = (html: string): string => sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();

/** A URL slug from a title: lower case, ascii, hyphens. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'verhaal';
}

/** The public URL of a story image. */
export const storyImageUrl = (sha256: string): string => `${STORY_IMAGE_PREFIX}${sha256}`;

/** Whether a sanitised body shows the image (the sanitiser writes `src="…"` with double quotes). */
export const bodyUsesImage = (body: string, sha256: string): boolean => body.includes(`src="${storyImageUrl(sha256)}"`);

/** A sanitised body with the alt text of every use of the image replaced. */
export function withImageAlt(body: string, sha256: string, alt: string): string {
  const src = storyImageUrl(sha256);
  return sanitizeHtml(body, {
    ...OPTIONS,
    transformTags: {
      ...OPTIONS.transformTags,
      img: (tagName, attribs): sanitizeHtml.Tag => ({ tagName, attribs: attribs['src'] === src ? { ...attribs, alt } : attribs }),
    },
  }).trim();
}
