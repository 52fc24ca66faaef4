/** A small RFC 4180 reader/writer for the ';'-separated CSV that Dutch spreadsheets use. */

export function parseCsv(text: string, separator = ';'): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

export function toCsv(rows: string[][], separator = ';'): string {
  const cell = (value: string) => (/[";\n\r]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  // Guard against formula injection when the file is opened in a spreadsheet.
  const safe = (value: string) => (/^[=+\-@\t]/.test(value) ? `'${value}` : value);
  return rows.map((r) => r.map((v) => cell(safe(v))).join(separator)).join('\r\n') + '\r\n';
}
