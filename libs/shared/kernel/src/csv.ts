/**
 * The ';'-separated CSV that Dutch spreadsheets use (RFC 4180 quoting), on csv-parse and
 * csv-stringify. Exports are guarded against spreadsheet formula injection.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** A cell a spreadsheet would run as a formula (or that hides one behind a tab or carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that must be quoted: it holds a quote, separator or line break, or starts or ends with white space. */
const NEEDS_QUOTES = /[";\n\r]|^\s|\s$/;

/** Neutralises a cell a spreadsheet would run as a formula by prefixing an apostrophe (OWASP CSV injection). */
export const neutraliseFormula = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/**
 * Reads CSV text into rows of cells: a BOM is dropped, CRLF, LF and CR end a row, a quote only
 * opens a quoted cell at its start, rows may differ in length, and rows with only blank cells are
 * skipped. Throws on a quote that is not closed.
 */
export function parseCsv(text: string, separator = ';'): string[][] {
  const rows: string[][] = parse(text, {
    bom: true,
    delimiter: separator,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  return rows.filter((row) => row.some((cell) => cell.trim() !== ''));
}

/** Writes rows as CSV with CRLF line ends (a trailing one too), every cell passed through {@link neutraliseFormula}. */
export function toCsv(rows: string[][], separator = ';'): string {
  if (rows.length === 0) return '\r\n';
  const safe = rows.map((row) => row.map(neutraliseFormula));
  return stringify(safe, { delimiter: separator, record_delimiter: '\r\n', quoted_match: NEEDS_QUOTES, eof: true });
}
