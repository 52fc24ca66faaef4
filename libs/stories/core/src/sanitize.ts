import sanitizeHtml from 'sanitize-html';

/** Where story images may come from: our own image URLs only. */
export const STORY_IMAGE_PREFIX = '/verhalen/afbeeldingen/';

/**
 * The one shape of an image `src` that survives: exactly our own image URL as `storyImageUrl`
 * makes it (`/verhalen/afbeeldingen/<sha256 in lower-case hex>`), nothing before or after it.
 * No prefix test: `/verhalen/afbeeldingen/%2e%2e/…`, `..%2f`, backslashes, queries or double
 * encoding can then never reach another path.
 */
const STORY_IMAGE_SRC = /^\/verhalen\/afbeeldingen\/[0-9a-f]{64}$/;

/** Whether `src` is exactly the URL of one of our story images. */
export const isStoryImageSrc = (src: string): boolean => STORY_IMAGE_SRC.test(src);

/** How many times a link is percent-decoded when looking for traversal (double, triple encoding). */
const DECODE_ROUNDS = 4;

/**
 * Whether a link's target is safe to keep: `mailto:`, an absolute http(s) URL, or a path on our
 * own site (`/…`, not `//host`), and — decoded again and again, so `%2e%2e`, `%252e%252e` and
 * `..%2f` count — without a `..` or `.` path segment, a backslash or a control character.
 * Protocol-relative and bare relative links are dropped too (the latter resolve against the
 * story's own path).
 */
export function isSafeHref(href: string): boolean {
  const value = href.trim();
  if (/^mailto:/i.test(value)) return !hasControlCharacter(value);
  if (!/^https?:\/\/[^/\\]/i.test(value) && !/^\/(?![/\\])/.test(value)) return false;
  let decoded = value;
  for (let round = 0; round <= DECODE_ROUNDS; round++) {
    if (decoded.includes('\\') || hasControlCharacter(decoded) || /(^|[/?#])\.{1,2}([/?#]|$)/.test(decoded.replace(/^https?:\/\/[^/]*/i, ''))) return false;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return false; // a broken escape: nothing legitimate needs one
    }
    if (next === decoded) return true;
    decoded = next;
  }
  return false; // still encoded after every round: refuse rather than guess
}

const hasControlCharacter = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
};

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'figure', 'figcaption', 'img', 'br'],
  allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed'],
  transformTags: {
    // Runs before the scheme check below, which then drops javascript: and friends.
    a: (tagName, attribs): sanitizeHtml.Tag => ({ tagName, attribs: !attribs['href'] ? {} : isSafeHref(attribs['href']) ? { href: attribs['href'], rel: 'noopener' } : { rel: 'noopener' } }),
  },
  exclusiveFilter: (frame) => {
    if (frame.tag !== 'img') return false;
    const alt = (frame.attribs['alt'] ?? '').trim();
    return !isStoryImageSrc(frame.attribs['src'] ?? '') || alt.length === 0;
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
