import { ageOn, consentCovers, missingConsents, requiredRelation, schoolYearOf } from './consent-rules';
import { imagesWithoutAlt, sanitizeStoryHtml, slugify } from './sanitize';
import type { StoryConsent, StoryPerson } from './stories.types';

describe('sanitizeStoryHtml', () => {
  it.each([
    ['script tag', '<p>Hoi</p><script>alert(1)</script>', '<p>Hoi</p>'],
    ['event handler', '<p onclick="alert(1)">Hoi</p>', '<p>Hoi</p>'],
    ['onerror on an image', '<img src="/verhalen/afbeeldingen/a.png" alt="Leerlingen" onerror="alert(1)">', '<img src="/verhalen/afbeeldingen/a.png" alt="Leerlingen" />'],
    ['javascript: URL', '<a href="javascript:alert(1)">klik</a>', '<a rel="noopener">klik</a>'],
    ['JaVaScRiPt with entities', '<a href="jav&#x61;script:alert(1)">klik</a>', '<a rel="noopener">klik</a>'],
    ['style attribute and tag', '<p style="color:red">x</p><style>p{}</style>', '<p>x</p>'],
    ['iframe', '<iframe src="https://evil.example"></iframe><p>ok</p>', '<p>ok</p>'],
    ['image from elsewhere', '<img src="https://evil.example/x.png" alt="x">', ''],
    ['image without alt', '<img src="/verhalen/afbeeldingen/a.png">', ''],
    ['data: image', '<img src="data:image/png;base64,AAAA" alt="x">', ''],
    ['link keeps https and gets noopener', '<a href="https://example.org" target="_blank">site</a>', '<a href="https://example.org" rel="noopener">site</a>'],
    ['mailto link', '<a href="mailto:info@example.org">mail</a>', '<a href="mailto:info@example.org" rel="noopener">mail</a>'],
    ['allowed structure', '<h2>Kop</h2><ul><li><strong>a</strong> <em>b</em></li></ul><blockquote>c</blockquote>', '<h2>Kop</h2><ul><li><strong>a</strong> <em>b</em></li></ul><blockquote>c</blockquote>'],
    ['disallowed h1 and div unwrap', '<h1>Titel</h1><div>tekst</div>', 'Titeltekst'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeStoryHtml(input)).toBe(expected);
  });

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
    id: 'c', regionId: 'r', subjectName: 'Noah', givenByName: 'Ouder', relation: 'OUDER', scope: 'THIS_STORY', storyId: 's', schoolYear: null,
    givenAt: new Date('2027-01-01'), expiresAt: null, withdrawnAt: null, withdrawnReason: null, recordedById: null, recordedByName: 'x', createdAt: at, ...patch,
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
