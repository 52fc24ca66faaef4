import { diffBodies, DIFF_MAX_EDITS, lineCount } from './draaiboek-diff';

const version = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} regel ${i}`).join('\n');

describe('diffBodies bounds', () => {
  it('keeps the common start and end and diffs only the middle', () => {
    const from = `${version('kop', 3)}\nB\n${version('staart', 3)}`;
    const to = `${version('kop', 3)}\nC\n${version('staart', 3)}`;
    const lines = diffBodies(from, to);
    expect(lines.filter((l) => l.kind !== 'SAME')).toEqual([
      { kind: 'REMOVED', text: 'B' },
      { kind: 'ADDED', text: 'C' },
    ]);
    expect(lines).toHaveLength(8);
  });

  it('shows versions with more changes than the cap as replaced, every line once', () => {
    const from = `start\n${version('a', DIFF_MAX_EDITS)}\neinde`;
    const to = `start\n${version('b', DIFF_MAX_EDITS)}\neinde`;
    const lines = diffBodies(from, to);
    expect(lines[0]).toEqual({ kind: 'SAME', text: 'start' });
    expect(lines.slice(1, 1 + DIFF_MAX_EDITS).every((l) => l.kind === 'REMOVED')).toBe(true);
    expect(lines.slice(1 + DIFF_MAX_EDITS, 1 + 2 * DIFF_MAX_EDITS).every((l) => l.kind === 'ADDED')).toBe(true);
    expect(lines[lines.length - 1]).toEqual({ kind: 'SAME', text: 'einde' });
    expect(lines).toHaveLength(2 * DIFF_MAX_EDITS + 2);
  });

  it('still diffs line by line within the cap', () => {
    // b→x and d→y are four changes (two removed, two added lines).
    const lines = diffBodies('a\nb\nc\nd', 'a\nx\nc\ny', 4);
    expect(lines.map((l) => `${l.kind[0]}${l.text}`)).toEqual(['Sa', 'Rb', 'Ax', 'Sc', 'Rd', 'Ay']);
  });

  it('counts lines like the diff shows them', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb'), lineCount('\n\n')]).toEqual([0, 1, 1, 2, 2]);
    for (const body of ['a\nb\n', '\n\n', 'x']) expect(lineCount(body)).toBe(diffBodies('', body).length);
  });
});
