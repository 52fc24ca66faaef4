import type { RequestType } from './loket.types';

/** Request types a company would see as "the same kind of thing". */
const FAMILIES: RequestType[][] = [['STAGEPLAATSEN', 'BPV_LEERBEDRIJF'], ['BEDRIJFSOPDRACHT', 'CHALLENGE_PARTNER'], ['EXCURSIE', 'OPEN_DAG', 'MEETUP'], ['GASTLES'], ['WERKGROEP']];

/** Free mail providers say nothing about the company behind an address. */
const FREE_MAIL = ['gmail.com', 'hotmail.com', 'outlook.com', 'live.nl', 'live.com', 'hotmail.nl', 'yahoo.com', 'icloud.com', 'ziggo.nl', 'kpnmail.nl', 'planet.nl', 'home.nl', 'xs4all.nl'];

export interface DuplicateCandidate {
  kvk: string;
  contactEmail: string;
  type: RequestType;
  /** Inclusive `YYYY-MM-DD` dates; null when not given. */
  periodStart: string | null;
  periodEnd: string | null;
}

export const similarTypes = (a: RequestType, b: RequestType): boolean => FAMILIES.some((f) => f.includes(a) && f.includes(b));

export function companyDomain(email: string): string | null {
  const domain = email.split('@')[1]?.toLowerCase() ?? null;
  return domain && !FREE_MAIL.includes(domain) ? domain : null;
}

/** Periods overlap when they intersect; an open or missing end counts as open. */
export function periodsOverlap(a: Pick<DuplicateCandidate, 'periodStart' | 'periodEnd'>, b: Pick<DuplicateCandidate, 'periodStart' | 'periodEnd'>): boolean {
  const aStart = a.periodStart ?? '0000-01-01';
  const aEnd = a.periodEnd ?? '9999-12-31';
  const bStart = b.periodStart ?? '0000-01-01';
  const bEnd = b.periodEnd ?? '9999-12-31';
  return aStart <= bEnd && bStart <= aEnd;
}

/**
 * A new request duplicates an open one when it comes from the same company (KvK number, or
 * the e-mail domain unless that is a free mail provider), is of a similar type, and the
 * periods overlap.
 */
export function isDuplicate(fresh: DuplicateCandidate, open: DuplicateCandidate): boolean {
  const domain = companyDomain(fresh.contactEmail);
  const sameCompany = fresh.kvk === open.kvk || (domain !== null && domain === companyDomain(open.contactEmail));
  return sameCompany && similarTypes(fresh.type, open.type) && periodsOverlap(fresh, open);
}

/** The company of a request, as far as duplicate detection looks at it. */
export interface DuplicateCompany {
  kvk: string;
  name: string;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ') === b.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

/**
 * How the company of a possible duplicate relates to the new request's, in words for the note:
 * only the same KvK number is "hetzelfde bedrijf"; under another KvK number it is a company with
 * the same name, or one with the same e-mail domain (how isDuplicate matched it).
 */
export function duplicateCompanyText(fresh: DuplicateCompany, open: DuplicateCompany): string {
  if (fresh.kvk === open.kvk) return `hetzelfde bedrijf (KvK-nummer ${open.kvk})`;
  if (sameName(fresh.name, open.name)) return `een bedrijf met dezelfde naam maar een ander KvK-nummer (${open.kvk})`;
  return `een bedrijf met hetzelfde e-maildomein maar een ander KvK-nummer (${open.name}, ${open.kvk})`;
}
