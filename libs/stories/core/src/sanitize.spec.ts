import { ageOn, consentCovers, missingConsents, requiredRelation, schoolYearOf } from './consent-rules';
import { imagesWithoutAlt, isSafeHref, isStoryImageSrc, sanitizeStoryHtml, slugify, storyImageUrl } from './sanitize';
import type { StoryConsent, StoryPerson } from './stories.types';

const IMAGE = storyImageUrl('ab'.repeat(32));

describe('sanitizeStoryHtml', () => {
  it.each([
    ['script tag', '<p>Hoi</p><script>alert(1)</script>', '<p>Hoi</p>'],
    ['event handler', '<p onclick="alert(1)">Hoi</p>', '<p>Hoi</p>'],
    ['onerror on an image', `<img src="${IMAGE}" alt="Leerlingen" onerror="alert(1)">`, `<img src="${IMAGE}" alt="Leerlingen" />`],
    ['javascript: URL', '<a href="javascript:alert(1)">klik</a>', '<a rel="noopener">klik</a>'],
    ['JaVaScRiPt with entities', '<a href="jav&#x61;script:alert(1)">klik</a>', '<a rel="noopener">klik</a>'],
    ['style attribute and tag', '<p style="color:red">x</p><style>p{}</style>', '<p>x</p>'],
    ['iframe', '<iframe src="https://evil.example"></iframe><p>ok</p>', '<p>ok</p>'],
    ['image from elsewhere', '<img src="https://evil.example/x.png" alt="x">', ''],
    ['image without alt', `<img src="${IMAGE}">`, ''],
    ['data: image', '<img src="data:image/png;base64,AAAA" alt="x">', ''],
    ['link keeps https and gets noopener', '<a href="https://example.org" target="_blank">site</a>', '<a href="https://example.org" rel="noopener">site</a>'],
    ['mailto link', '<a href="mailto:info@example.org">mail</a>', '<a href="mailto:info@example.org" rel="noopener">mail</a>'],
    [
      'allowed structure',
      '<h2>Kop</h2><ul><li><strong>a</strong> <em>b</em></li></ul><blockquote>c</blockquote>',
      '<h2>Kop</h2><ul><li><strong>a</strong> <em>b</em></li></ul><blockquote>c</blockquote>',
    ],
    ['disallowed h1 and div unwrap', '<h1>Titel</h1><div>tekst</div>', 'Titeltekst'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeStoryHtml(input)).toBe(expected);
  });

  // Only the exact URL of one of our images survives as img src: no prefix match that a
  // traversal, an encoding trick or a different file name could slip through.
  it.each([
    ['a file name instead of a sha256', '/verhalen/afbeeldingen/a.png'],
    ['encoded traversal', '/verhalen/afbeeldingen/%2e%2e/%2e%2e/graphql'],
    ['encoded traversal after a real id', `${IMAGE}/%2e%2e/%2e%2e/bestanden/x`],
    ['..%2f', '/verhalen/afbeeldingen/..%2f..%2fgraphql'],
    ['%2e%2e%2f', '/verhalen/afbeeldingen/%2e%2e%2fgraphql'],
    ['plain traversal', '/verhalen/afbeeldingen/../../bestanden/werkgroepen/x'],
    ['backslashes', '/verhalen/afbeeldingen/..\\..\\graphql'],
    ['double encoding', '/verhalen/afbeeldingen/%252e%252e/%252e%252e/graphql'],
    ['upper-case hex (not what we generate)', storyImageUrl('AB'.repeat(32))],
    ['a query after the id', `${IMAGE}?x=1`],
    ['a fragment after the id', `${IMAGE}#x`],
    ['a trailing slash', `${IMAGE}/`],
    ['absolute URL of our path', `https://verbinder.example.org${IMAGE}`],
    ['protocol-relative', `//evil.example${IMAGE}`],
    ['leading whitespace', ` ${IMAGE}`],
    ['encoded id', IMAGE.replace('ab', '%61b')],
    ['too short', storyImageUrl('ab'.repeat(31))],
  ])('drops an image whose src is %s', (_name, src) => {
    expect(isStoryImageSrc(src)).toBe(false);
    expect(sanitizeStoryHtml(`<p>x</p><img src="${src.replace(/"/g, '&quot;')}" alt="Foto">`)).toBe('<p>x</p>');
  });

  it('keeps an image with our exact URL', () => {
    expect(isStoryImageSrc(IMAGE)).toBe(true);
    expect(sanitizeStoryHtml(`<figure><img src="${IMAGE}" alt="Foto"><figcaption>Bij</figcaption></figure>`)).toBe(`<figure><img src="${IMAGE}" alt="Foto" /><figcaption>Bij</figcaption></figure>`);
  });

  it.each([
    ['plain traversal in a site path', '/publiek/../graphql'],
    ['encoded traversal', '/publiek/%2e%2e/graphql'],
    ['..%2f', '/publiek/..%2fgraphql'],
    ['double encoding', '/publiek/%252e%252e/graphql'],
    ['triple encoding', '/publiek/%25252e%25252e/graphql'],
    ['backslash', '/publiek\\..\\graphql'],
    ['encoded backslash', '/publiek/%5c..%5cgraphql'],
    ['traversal in an absolute URL', 'https://verbinder.example.org/verhalen/afbeeldingen/%2e%2e/graphql'],
    ['encoded slash in the host part', 'https://example.org%2f..%2fgraphql'],
    ['a single-dot segment', '/publiek/./x'],
    ['protocol-relative', '//evil.example/x'],
    ['backslash protocol-relative', '/\\evil.example/x'],
    ['bare relative', '../x'],
    ['broken escape', '/publiek/%zz'],
    ['encoded NUL', '/publiek/%00x'],
  ])('keeps the link text but drops an href with %s', (_name, href) => {
    expect(isSafeHref(href)).toBe(false);
    expect(sanitizeStoryHtml(`<a href="${href}">meer</a>`)).toBe('<a rel="noopener">meer</a>');
  });

  it.each(['https://example.org/a/b?q=1..2#x', '/publiek/noord-west-veluwe/verhalen/stage-bij-de-bakker', 'mailto:info@example.org', 'https://example.org/zoek?q=een%20twee'])(
    'keeps the link %s',
    (href) => {
      expect(isSafeHref(href)).toBe(true);
    },
  );

  it('counts images without alt text (refused by the service)', () => {
    expect(imagesWithoutAlt('<img src="/verhalen/afbeeldingen/a.png"><img src="/verhalen/afbeeldingen/b.png" alt=" "><img src="x" alt="ok">')).toBe(2);
  });

  it('makes slugs', () => {
    expect(slugify('Techniek op de Veluwe: één dag meedraaien!')).toBe('techniek-op-de-veluwe-een-dag-meedraaien');
    expect(slugify('!!!')).toBe('verhaal');
  });
});

describe('consent rules', () => {
  const at = new Date('2027-03-01T10:00:00Z');
  const pupil = (birthDate: string | null): StoryPerson => ({ id: 'p', storyId: 's', name: 'Noah', role: null, quote: null, inPhoto: true, isPupil: true, birthDate, consentId: 'c', createdAt: at });
  const consent = (patch: Partial<StoryConsent>): StoryConsent => ({
    id: 'c',
    regionId: 'r',
    subjectName: 'Noah',
    givenByName: 'Ouder',
    relation: 'OUDER',
    scope: 'THIS_STORY',
    storyId: 's',
    schoolYear: null,
    givenAt: new Date('2027-01-01'),
    expiresAt: null,
    withdrawnAt: null,
    withdrawnReason: null,
    recordedById: null,
    recordedByName: 'x',
    createdAt: at,
    ...patch,
  });

  it('counts age on the publication day', () => {
    expect(ageOn('2011-03-01', at)).toBe(16);
    expect(ageOn('2011-03-02', at)).toBe(15);
  });

  it('needs a parent under 16, the pupil from 16, the adult themself', () => {
    expect(requiredRelation(pupil('2013-05-01'), at)).toBe('OUDER');
    expect(requiredRelation(pupil('2010-05-01'), at)).toBe('LEERLING');
    expect(requiredRelation({ isPupil: false, birthDate: null }, at)).toBe('ZELF');
    expect(requiredRelation(pupil(null), at)).toBeNull();
  });

  it('checks scope, expiry and withdrawal', () => {
    expect(consentCovers(consent({}), 's', at)).toBe(true);
    expect(consentCovers(consent({}), 'other', at)).toBe(false);
    expect(consentCovers(consent({ expiresAt: new Date('2027-02-01') }), 's', at)).toBe(false);
    expect(consentCovers(consent({ withdrawnAt: new Date('2027-02-01') }), 's', at)).toBe(false);
    expect(consentCovers(consent({ scope: 'SCHOOL_YEAR', storyId: null, schoolYear: schoolYearOf(at) }), 'other', at)).toBe(true);
    expect(consentCovers(consent({ scope: 'SCHOOL_YEAR', storyId: null, schoolYear: 2027 }), 's', at)).toBe(false);
  });

  it('reports a pupil of 14 whose consent came from the pupil as missing a parent', () => {
    const missing = missingConsents('s', [pupil('2013-01-01')], new Map([['c', consent({ relation: 'LEERLING' })]]), at);
    expect(missing).toEqual([expect.objectContaining({ needed: 'OUDER', name: 'Noah' })]);
    expect(missingConsents('s', [pupil('2013-01-01')], new Map([['c', consent({})]]), at)).toEqual([]);
  });
});
