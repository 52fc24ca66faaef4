import { diffBodies } from './draaiboek.service';

describe('diffBodies', () => {
  it('marks every line added, removed or the same', () => {
    expect(diffBodies('# Doel\nA\nB\n', '# Doel\nA\nC\nD\n')).toEqual([
      { kind: 'SAME', text: '# Doel' },
      { kind: 'SAME', text: 'A' },
      { kind: 'REMOVED', text: 'B' },
      { kind: 'ADDED', text: 'C' },
      { kind: 'ADDED', text: 'D' },
    ]);
  });

  it('treats version 0 as empty', () => {
    expect(diffBodies('', 'Eerste regel')).toEqual([{ kind: 'ADDED', text: 'Eerste regel' }]);
  });
});
