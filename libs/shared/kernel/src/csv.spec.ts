import { neutraliseFormula, parseCsv, toCsv } from './csv';

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

describe('CSV edge cases', () => {
  it('neutralises every formula start: = + - @ tab and carriage return', () => {
    expect(['=1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', 'a=1'].map(neutraliseFormula)).toEqual(["'=1", "'+1", "'-1", "'@SUM(A1)", "'\t=1", "'\r=1", 'a=1']);
    expect(toCsv([['-5', ' a', 'b ', '']])).toBe(`'-5;" a";"b ";\r\n`);
  });

  it('writes CRLF line ends, a trailing one too', () => {
    expect(
      toCsv([
        ['kop', 'regel'],
        ['1', '2'],
      ]),
    ).toBe('kop;regel\r\n1;2\r\n');
    expect(toCsv([])).toBe('\r\n');
  });

  it('reads a quote inside an unquoted cell literally and lone CR as a line end', () => {
    expect(parseCsv('a"b;c\rd;e')).toEqual([
      ['a"b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('keeps rows of different lengths and skips rows of blank cells', () => {
    expect(parseCsv('a;b;c\n1\n ; \n2;3')).toEqual([['a', 'b', 'c'], ['1'], ['2', '3']]);
  });
});
