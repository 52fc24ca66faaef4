import { missingConsents, nextConsentChange } from './consent-rules';
import type { StoryConsent, StoryPerson } from './stories.types';

const person = (over: Partial<StoryPerson> = {}): StoryPerson => ({
  id: 'p1',
  storyId: 's1',
  name: 'Mila',
  role: null,
  quote: null,
  inPhoto: true,
  isPupil: false,
  birthDate: null,
  consentId: 'c1',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  ...over,
});

const consent = (over: Partial<StoryConsent> = {}): StoryConsent => ({
  id: 'c1',
  regionId: 'r1',
  subjectName: 'Mila',
  givenByName: 'Mila',
  relation: 'ZELF',
  scope: 'THIS_STORY',
  storyId: 's1',
  schoolYear: null,
  givenAt: new Date('2026-11-01T00:00:00Z'),
  expiresAt: null,
  withdrawnAt: null,
  withdrawnReason: null,
  recordedById: null,
  recordedByName: 'Sanne',
  createdAt: new Date('2026-11-01T00:00:00Z'),
  ...over,
});

describe('nextConsentChange', () => {
  const now = new Date('2026-12-01T20:15:00Z');

  it('is the next UTC midnight when no consent starts or ends before it (birthdays and school years turn at a date)', () => {
    expect(nextConsentChange([person()], new Map([['c1', consent()]]), now).toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect(nextConsentChange([], new Map(), now).toISOString()).toBe('2026-12-02T00:00:00.000Z');
  });

  it('is a consent expiry or start earlier that day, after which the answer of missingConsents changes', () => {
    const expiresAt = new Date('2026-12-01T21:00:00Z');
    const consents = new Map([['c1', consent({ expiresAt })]]);
    const until = nextConsentChange([person()], consents, now);
    expect(until).toEqual(expiresAt);
    expect(missingConsents('s1', [person()], consents, new Date(until.getTime() - 1))).toHaveLength(0);
    expect(missingConsents('s1', [person()], consents, until)).toHaveLength(1);

    const later = new Map([['c1', consent({ givenAt: new Date('2026-12-01T22:00:00Z') })]]);
    expect(nextConsentChange([person()], later, now).toISOString()).toBe('2026-12-01T22:00:00.000Z');
  });

  it('ignores moments in the past and people without a consent', () => {
    const consents = new Map([['c1', consent({ expiresAt: new Date('2026-11-30T00:00:00Z') })]]);
    expect(nextConsentChange([person(), person({ id: 'p2', consentId: null })], consents, now).toISOString()).toBe('2026-12-02T00:00:00.000Z');
  });
});
