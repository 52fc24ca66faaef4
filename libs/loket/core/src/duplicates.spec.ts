import { duplicateCompanyText, isDuplicate, periodsOverlap, similarTypes } from './duplicates';
import type { DuplicateCandidate } from './duplicates';

const base: DuplicateCandidate = { kvk: '12345678', contactEmail: 'rik@techniek.example', type: 'STAGEPLAATSEN', periodStart: '2027-02-01', periodEnd: '2027-06-30' };

describe('duplicate detection', () => {
  it('flags the same KvK number with a similar type and an overlapping period', () => {
    expect(isDuplicate({ ...base, contactEmail: 'ander@elders.example', type: 'BPV_LEERBEDRIJF', periodStart: '2027-05-01', periodEnd: '2027-09-01' }, base)).toBe(true);
  });

  it('flags the same e-mail domain under another KvK number', () => {
    expect(isDuplicate({ ...base, kvk: '87654321', contactEmail: 'hr@techniek.example' }, base)).toBe(true);
  });

  it('does not link companies through a free mail provider', () => {
    const a = { ...base, kvk: '11111111', contactEmail: 'jan@gmail.com' };
    expect(isDuplicate({ ...base, kvk: '22222222', contactEmail: 'piet@gmail.com' }, a)).toBe(false);
  });

  it('does not flag another kind of request', () => {
    expect(similarTypes('STAGEPLAATSEN', 'GASTLES')).toBe(false);
    expect(isDuplicate({ ...base, type: 'GASTLES' }, base)).toBe(false);
  });

  it('does not flag periods that do not overlap', () => {
    expect(isDuplicate({ ...base, periodStart: '2027-07-01', periodEnd: '2027-12-31' }, base)).toBe(false);
    expect(periodsOverlap({ periodStart: '2027-06-30', periodEnd: null }, base)).toBe(true);
  });

  it('treats a missing period as open', () => {
    expect(isDuplicate({ ...base, periodStart: null, periodEnd: null }, base)).toBe(true);
  });
});

describe('duplicateCompanyText', () => {
  it('says "hetzelfde bedrijf" only for the same KvK number', () => {
    expect(duplicateCompanyText({ kvk: '12345678', name: 'Techniek BV' }, { kvk: '12345678', name: 'Techniek B.V.' })).toBe('hetzelfde bedrijf (KvK-nummer 12345678)');
  });

  it('says "een bedrijf met dezelfde naam" for the same name under another KvK number', () => {
    const text = duplicateCompanyText({ kvk: '87654321', name: 'Techniek BV' }, { kvk: '12345678', name: ' techniek  bv' });
    expect(text).toBe('een bedrijf met dezelfde naam maar een ander KvK-nummer (12345678)');
    expect(text).not.toContain('hetzelfde bedrijf');
  });

  it('names the other company when only the e-mail domain matched', () => {
    const text = duplicateCompanyText({ kvk: '87654321', name: 'Techniek Noord' }, { kvk: '12345678', name: 'Techniek Zuid' });
    expect(text).toBe('een bedrijf met hetzelfde e-maildomein maar een ander KvK-nummer (Techniek Zuid, 12345678)');
  });
});
