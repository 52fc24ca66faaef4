import type { ConsentRelation, MissingConsent, StoryConsent, StoryPerson } from './stories.types';

/** From this age a pupil consents themself (AVG art. 8, UAVG art. 5: below 16 a parent consents). */
export const CONSENT_AGE = 16;

/** How long a consent record is kept after it ended (withdrawn, expired, school year over). */
export const CONSENT_RETENTION_MONTHS = 12;

/** Age in whole years on `at` (birth date as yyyy-mm-dd, counted in UTC dates). */
export function ageOn(birthDate: string, at: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  let age = at.getUTCFullYear() - y;
  const month = at.getUTCMonth() + 1;
  if (month < m || (month === m && at.getUTCDate() < d)) age -= 1;
  return age;
}

/** Start year of the Dutch school year containing `at` (1 August to 31 July). */
export function schoolYearOf(at: Date): number {
  return at.getUTCMonth() >= 7 ? at.getUTCFullYear() : at.getUTCFullYear() - 1;
}

export const schoolYearLabel = (year: number) => `${year}-${year + 1}`;

/** Whose consent a person needs when the story goes out at `at`; null when the pupil's birth date is unknown. */
export function requiredRelation(person: Pick<StoryPerson, 'isPupil' | 'birthDate'>, at: Date): ConsentRelation | null {
  if (!person.isPupil) return 'ZELF';
  if (!person.birthDate) return null;
  return ageOn(person.birthDate, at) < CONSENT_AGE ? 'OUDER' : 'LEERLING';
}

/** Whether the consent covers this story at `at`: given, not withdrawn or expired, and in scope. */
export function consentCovers(consent: StoryConsent, storyId: string, at: Date): boolean {
  if (consent.withdrawnAt) return false;
  if (consent.givenAt.getTime() > at.getTime()) return false;
  if (consent.expiresAt && consent.expiresAt.getTime() <= at.getTime()) return false;
  if (consent.scope === 'THIS_STORY') return consent.storyId === storyId;
  return consent.schoolYear === schoolYearOf(at);
}

const RELATION_TEXT: Record<ConsentRelation, string> = {
  OUDER: 'toestemming van een ouder of verzorger',
  LEERLING: 'eigen toestemming van de leerling',
  ZELF: 'eigen toestemming',
};

/** Every person in the story who lacks a valid consent for publication at `at`. */
export function missingConsents(storyId: string, people: StoryPerson[], consents: Map<string, StoryConsent>, at: Date): MissingConsent[] {
  const missing: MissingConsent[] = [];
  for (const person of people) {
    const needed = requiredRelation(person, at);
    if (!needed) {
      missing.push({ storyPersonId: person.id, name: person.name, needed: 'GEBOORTEDATUM', message: `${person.name}: geboortedatum ontbreekt, dus niet te bepalen wie toestemming geeft` });
      continue;
    }
    const consent = person.consentId ? consents.get(person.consentId) : undefined;
    if (!consent || consent.relation !== needed || !consentCovers(consent, storyId, at)) {
      const why = !consent ? 'ontbreekt' : consent.withdrawnAt ? 'is ingetrokken' : consent.relation !== needed ? 'is van de verkeerde persoon' : 'is verlopen of geldt niet voor dit moment';
      missing.push({ storyPersonId: person.id, name: person.name, needed, message: `${person.name}: ${RELATION_TEXT[needed]} ${why}` });
    }
  }
  return missing;
}

/**
 * The first moment after `now` at which `missingConsents` may give another answer for these people
 * without anyone acting: a consent that starts or expires, or the next UTC date (a pupil's 16th
 * birthday changes whose consent counts; 1 August starts a new school year). Caches of public
 * pages keep a page no longer than this.
 */
export function nextConsentChange(people: StoryPerson[], consents: Map<string, StoryConsent>, now: Date): Date {
  let next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  for (const person of people) {
    const consent = person.consentId ? consents.get(person.consentId) : undefined;
    if (!consent) continue;
    for (const moment of [consent.givenAt, consent.expiresAt]) {
      if (moment && moment.getTime() > now.getTime() && moment.getTime() < next) next = moment.getTime();
    }
  }
  return new Date(next);
}
