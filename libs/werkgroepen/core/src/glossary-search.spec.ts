import { glossarySearchPrefixes } from './glossary-search';

describe('glossarySearchPrefixes (taalbrug search)', () => {
  it('gives "stage" and "stages" the same prefix, so each finds the other', () => {
    expect(glossarySearchPrefixes('stage')).toEqual(['stag']);
    expect(glossarySearchPrefixes('Stages')).toEqual(['stag']);
    expect(glossarySearchPrefixes("pta's")).toEqual(['pta']);
  });

  it('drops Dutch plural endings but keeps short words and words without them', () => {
    expect(glossarySearchPrefixes('leerlingen keuzevakken bpv')).toEqual(['leerling', 'keuzevakk', 'bpv']);
    expect(glossarySearchPrefixes('begeleiding')).toEqual(['begeleiding']);
    expect(glossarySearchPrefixes('les')).toEqual(['les']);
  });

  it('keeps only letters and digits (no tsquery syntax gets through), once each', () => {
    expect(glossarySearchPrefixes(`"stage" & !stage | ':*' <-> stáges`)).toEqual(['stag', 'stág']);
    expect(glossarySearchPrefixes('&|!()')).toEqual([]);
  });
});
