import { wholeWord } from './glossary.service';

describe('wholeWord (glossary terms in a post)', () => {
  it('matches case-insensitively as a whole word', () => {
    expect(wholeWord('Stage').test('De stage begint in maart.')).toBe(true);
    expect(wholeWord('PTA').test('Staat dat in het pta?')).toBe(true);
  });

  it('does not match inside a longer word, also with accented letters around it', () => {
    expect(wholeWord('Stage').test('De stages beginnen in maart.')).toBe(false);
    expect(wholeWord('Stage').test('snuffelstage')).toBe(false);
    expect(wholeWord('stage').test('stageé')).toBe(false);
  });

  it('takes terms with punctuation literally', () => {
    expect(wholeWord('bpv (mbo)').test('Zie bpv (mbo) voor meer.')).toBe(true);
    expect(wholeWord('a.b').test('axb')).toBe(false);
  });
});
