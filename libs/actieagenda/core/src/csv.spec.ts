import { parseCsv, toCsv } from './csv';

describe('CSV', () => {
  it('round-trips quotes, separators, newlines and a BOM', () => {
    const rows = [
      ['a', 'b;c', 'regel 1\nregel 2'],
      ['"citaat"', '', 'ë'],
    ];
    expect(parseCsv('\uFEFF' + toCsv(rows))).toEqual(rows);
  });

  it('reads CRLF and LF and skips empty lines', () => {
    expect(parseCsv('a;b\r\n\r\n1;2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses an unterminated quote', () => {
    expect(() => parseCsv('a;"b\n1;2')).toThrow();
  });

  it('neutralises spreadsheet formulas on export', () => {
    expect(toCsv([['=HYPERLINK("x")', '+31', 'gewoon']])).toBe(`'=HYPERLINK(""x"");'+31;gewoon\r\n`.replace(`'=HYPERLINK(""x"")`, `"'=HYPERLINK(""x"")"`));
  });
});
